package io.mutualplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The id table a plan keeps of its milestones and stakeholders. */
class IdPositionsTest {
  /** Blocks whose concatenations of equal count share a String hash ("Aa" and "BB" do). */
  private static final String[] COLLIDING_BLOCKS = {"Aa", "BB"};

  private static IdPositions of(List<String> ids) {
    return IdPositions.of(ids, Function.identity());
  }

  /** A copy that is equal but not the same object, so a lookup cannot succeed by identity. */
  private static String copy(String id) {
    return new String(id.toCharArray());
  }

  @Test
  void findsThePositionOfEveryId() {
    List<String> ids = List.of("security-review", "legal", "signature", "kickoff", "go-live");
    IdPositions positions = of(ids);

    for (int i = 0; i < ids.size(); i++) {
      assertThat(positions.positionOf(ids.get(i))).as(ids.get(i)).isEqualTo(i);
      assertThat(positions.positionOf(copy(ids.get(i)))).as("copy of " + ids.get(i)).isEqualTo(i);
    }
  }

  @Test
  void answersAbsentForAnIdNotInTheList() {
    IdPositions positions = of(List.of("legal", "signature"));

    assertThat(positions.positionOf("procurement")).isEqualTo(IdPositions.ABSENT);
    assertThat(positions.positionOf("Legal")).isEqualTo(IdPositions.ABSENT);
    assertThat(positions.positionOf("legal ")).isEqualTo(IdPositions.ABSENT);
    assertThat(positions.positionOf("")).isEqualTo(IdPositions.ABSENT);
  }

  @Test
  void answersTheFirstPositionWhenAnIdRepeats() {
    IdPositions positions = of(List.of("a", "legal", "b", "legal", "legal", "a"));

    assertThat(positions.positionOf("legal")).isEqualTo(1);
    assertThat(positions.positionOf(copy("legal"))).isEqualTo(1);
    assertThat(positions.positionOf("a")).isEqualTo(0);
    assertThat(positions.positionOf("b")).isEqualTo(2);
  }

  @Test
  void tellsApartIdsWhoseHashesCollide() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode())
        .isEqualTo("AaBB".hashCode()).isEqualTo("BBAa".hashCode());
    IdPositions positions = of(List.of("BBBB", "Aa", "AaBB", "BB", "BBAa"));

    assertThat(positions.positionOf(copy("BBBB"))).isEqualTo(0);
    assertThat(positions.positionOf(copy("Aa"))).isEqualTo(1);
    assertThat(positions.positionOf(copy("AaBB"))).isEqualTo(2);
    assertThat(positions.positionOf(copy("BB"))).isEqualTo(3);
    assertThat(positions.positionOf(copy("BBAa"))).isEqualTo(4);
  }

  @Test
  void answersAbsentForAnIdWhoseHashCollidesWithAPresentOne() {
    IdPositions positions = of(List.of("Aa", "AaAa", "BBBB"));

    assertThat(positions.positionOf("BB")).isEqualTo(IdPositions.ABSENT);
    assertThat(positions.positionOf("AaBB")).isEqualTo(IdPositions.ABSENT);
    assertThat(positions.positionOf("BBAa")).isEqualTo(IdPositions.ABSENT);
  }

  @Test
  void keepsTheFirstPositionOfARepeatAmongCollidingIds() {
    IdPositions positions = of(List.of("BB", "Aa", "BB", "Aa", "AaAa", "BBBB", "AaAa"));

    assertThat(positions.positionOf("BB")).isEqualTo(0);
    assertThat(positions.positionOf("Aa")).isEqualTo(1);
    assertThat(positions.positionOf("AaAa")).isEqualTo(4);
    assertThat(positions.positionOf("BBBB")).isEqualTo(5);
  }

  @Test
  void findsAnIdWhoseHashIsZero() {
    // A slot of 0 means empty: an id hashing to 0 at position 0 must still be found.
    assertThat("".hashCode()).isZero();
    assertThat("\0".hashCode()).isZero();
    IdPositions positions = of(List.of("", "\0", "x"));

    assertThat(positions.positionOf(copy(""))).isEqualTo(0);
    assertThat(positions.positionOf(copy("\0"))).isEqualTo(1);
    assertThat(positions.positionOf("\0\0")).isEqualTo(IdPositions.ABSENT);
  }

  @Test
  void anEmptyListHasNoIds() {
    IdPositions positions = of(List.of());

    assertThat(positions.positionOf("legal")).isEqualTo(IdPositions.ABSENT);
    assertThat(positions.positionOf("")).isEqualTo(IdPositions.ABSENT);
  }

  @Test
  void readsTheIdsOfAnyItems() {
    List<Milestone> milestones = TestPlans.plan().milestones();
    IdPositions positions = IdPositions.of(milestones, milestone -> milestone.id().value());

    assertThat(positions.positionOf(TestPlans.SECURITY.value())).isEqualTo(0);
    assertThat(positions.positionOf(TestPlans.LEGAL.value())).isEqualTo(1);
    assertThat(positions.positionOf(TestPlans.SIGNATURE.value())).isEqualTo(2);
  }

  /**
   * Invariant: for any list of ids (of any length, with repeats, with ids whose hashes collide,
   * with negative and zero hashes) and any id, {@code positionOf} is the id's first index in the
   * list, or {@link IdPositions#ABSENT} when the list does not hold it: the same answer as a
   * {@code HashMap} filled with {@code putIfAbsent}. Every id is looked up through an equal copy,
   * and ids not in the list, many of them colliding with ones that are, are looked up too. A
   * failure names the seed that replays it.
   */
  @Test
  void agreesWithAMapOfFirstPositionsOnRandomLists() {
    for (long seed = 0; seed < 2_000; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int size = random.nextInt(8) == 0 ? random.nextInt(2_000) : random.nextInt(40);
      List<String> ids = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        ids.add(randomId(random));
      }
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < size; i++) {
        first.putIfAbsent(ids.get(i), i);
      }
      IdPositions positions = of(ids);

      long replay = seed;
      for (String id : ids) {
        assertThat(positions.positionOf(copy(id)))
            .as(() -> "seed " + replay + ", id '" + id + "' in " + ids)
            .isEqualTo(first.get(id));
      }
      for (int probe = 0; probe < 50; probe++) {
        String id = randomId(random);
        assertThat(positions.positionOf(id))
            .as(() -> "seed " + replay + ", id '" + id + "' in " + ids)
            .isEqualTo(first.getOrDefault(id, IdPositions.ABSENT));
      }
    }
  }

  /** An id from a few kinds: colliding blocks, a small alphabet (repeats), or any characters. */
  private static String randomId(SplittableRandom random) {
    StringBuilder id = new StringBuilder();
    switch (random.nextInt(3)) {
      case 0:
        for (int blocks = 1 + random.nextInt(4); blocks > 0; blocks--) {
          id.append(COLLIDING_BLOCKS[random.nextInt(2)]);
        }
        break;
      case 1:
        for (int length = random.nextInt(4); length > 0; length--) {
          id.append((char) ('a' + random.nextInt(3)));
        }
        break;
      default:
        for (int length = 1 + random.nextInt(12); length > 0; length--) {
          id.append((char) random.nextInt(0x10000));
        }
        break;
    }
    return id.toString();
  }
}
