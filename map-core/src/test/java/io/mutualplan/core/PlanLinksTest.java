package io.mutualplan.core;

import static io.mutualplan.core.DependencyType.FINISH_TO_FINISH;
import static io.mutualplan.core.DependencyType.FINISH_TO_START;
import static io.mutualplan.core.DependencyType.START_TO_FINISH;
import static io.mutualplan.core.DependencyType.START_TO_START;
import static io.mutualplan.core.TestPlans.LEGAL;
import static io.mutualplan.core.TestPlans.SECURITY;
import static io.mutualplan.core.TestPlans.SIGNATURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.internal.PlanLinks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The links a plan's check resolves for the scheduler: packing of type and lag, the builder, and
 * the links of real plans, including plans made by the change functions.
 */
class PlanLinksTest {
  private static final int MAX = PlanLimits.MAX_DAYS;
  private static final int[] LAGS = {-MAX, -MAX + 1, -1, 0, 1, MAX - 1, MAX};

  /**
   * What each type means, written out: {fromPredecessorFinish, boundsSuccessorFinish}. Finish-to-
   * start measures from the predecessor's finish and bounds the successor's start, and so on.
   */
  private static final Map<DependencyType, boolean[]> MEANING = new EnumMap<>(Map.of(
      FINISH_TO_START, new boolean[] {true, false},
      START_TO_START, new boolean[] {false, false},
      FINISH_TO_FINISH, new boolean[] {true, true},
      START_TO_FINISH, new boolean[] {false, true}));

  // ---- packing ------------------------------------------------------------------------------

  @Test
  void everyDependencyTypeHasAMeaningHere() {
    assertThat(MEANING).containsOnlyKeys(DependencyType.values());
  }

  @Test
  void packingKeepsBothFlagsAndEveryLagInRange() {
    for (boolean fromFinish : new boolean[] {false, true}) {
      for (boolean toFinish : new boolean[] {false, true}) {
        for (int lag = -MAX; lag <= MAX; lag++) {
          int link = PlanLinks.pack(fromFinish, toFinish, lag);
          String what = "from finish " + fromFinish + ", to finish " + toFinish + ", lag " + lag;
          assertThat(PlanLinks.lag(link)).as(what).isEqualTo(lag);
          assertThat(PlanLinks.fromPredecessorFinish(link)).as(what).isEqualTo(fromFinish);
          assertThat(PlanLinks.boundsSuccessorFinish(link)).as(what).isEqualTo(toFinish);
        }
      }
    }
  }

  @Test
  void aPlanPacksEachDependencyTypeWithItsLag() {
    for (DependencyType type : DependencyType.values()) {
      for (int lag : LAGS) {
        MutualActionPlan plan = plan(
            milestone("p"),
            milestone("s", Dependency.builder().milestone(MilestoneId.of("p")).type(type)
                .lagDays(lag).build()));
        PlanLinks links = PlanLinks.of(plan);
        String what = type + " lag " + lag;

        assertThat(links.count()).as(what).isEqualTo(1);
        assertThat(links.predecessor(0)).as(what).isZero();
        assertThat(PlanLinks.lag(links.link(0))).as(what).isEqualTo(lag);
        assertThat(PlanLinks.fromPredecessorFinish(links.link(0))).as(what)
            .isEqualTo(MEANING.get(type)[0]);
        assertThat(PlanLinks.boundsSuccessorFinish(links.link(0))).as(what)
            .isEqualTo(MEANING.get(type)[1]);
      }
    }
  }

  // ---- the builder --------------------------------------------------------------------------

  @Test
  void theBuilderRefusesToBuildBeforeEveryMilestoneEnded() {
    PlanLinks.Builder builder = new PlanLinks.Builder(2);
    builder.add(0, PlanLinks.pack(true, false, 0));
    builder.endMilestone();

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("links for 1 of 2 milestones");
  }

  @Test
  void theBuilderRefusesToBuildWhenNoMilestoneEnded() {
    PlanLinks.Builder builder = new PlanLinks.Builder(1);
    builder.add(0, PlanLinks.pack(false, false, 3));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theBuilderOfNoMilestonesBuildsEmptyLinks() {
    PlanLinks links = new PlanLinks.Builder(0).build();

    assertThat(links.size()).isZero();
    assertThat(links.count()).isZero();
    assertThat(links.start(0)).isZero();
  }

  @Test
  void theBuilderKeepsEveryLinkWhenItGrows() {
    // The first capacity is 16 links; a milestone with many more makes the builder grow.
    PlanLinks.Builder builder = new PlanLinks.Builder(3);
    builder.endMilestone();
    for (int e = 0; e < 100; e++) {
      builder.add(e % 3, PlanLinks.pack(e % 2 == 0, e % 5 == 0, e - 50));
    }
    builder.endMilestone();
    builder.add(1, PlanLinks.pack(false, true, -MAX));
    builder.endMilestone();
    PlanLinks links = builder.build();

    assertThat(links.size()).isEqualTo(3);
    assertThat(links.count()).isEqualTo(101);
    assertThat(new int[] {links.start(0), links.start(1), links.start(2), links.start(3)})
        .containsExactly(0, 0, 100, 101);
    for (int e = 0; e < 100; e++) {
      assertThat(links.predecessor(e)).as("link " + e).isEqualTo(e % 3);
      assertThat(links.link(e)).as("link " + e)
          .isEqualTo(PlanLinks.pack(e % 2 == 0, e % 5 == 0, e - 50));
    }
    assertThat(links.predecessor(100)).isEqualTo(1);
    assertThat(links.link(100)).isEqualTo(PlanLinks.pack(false, true, -MAX));
  }

  @Test
  void theSourceOfAPlansLinksIsSetOnlyOnce() {
    // Building a plan initializes the model, which sets the source; a second one is refused.
    TestPlans.plan();

    assertThatThrownBy(() -> PlanLinks.provide(plan -> null))
        .isInstanceOf(IllegalStateException.class);
  }

  // ---- the links of real plans ----------------------------------------------------------------

  @Test
  void aPlansLinksFollowEachMilestonesDependsOnInOrder() {
    // Dependencies point forward ("b" on "d") and backward; "a" and "c" have none.
    MutualActionPlan plan = plan(
        milestone("a"),
        milestone("b", link("d", START_TO_START, -2), link("a", FINISH_TO_START, 5)),
        milestone("c"),
        milestone("d", link("c", FINISH_TO_FINISH, 0), link("a", START_TO_FINISH, MAX),
            link("b", FINISH_TO_START, -MAX)));
    PlanLinks links = PlanLinks.of(plan);

    assertThat(links.size()).isEqualTo(4);
    assertThat(links.count()).isEqualTo(5);
    assertThat(starts(links)).containsExactly(0, 0, 2, 2, 5);
    assertThat(predecessors(links)).containsExactly(3, 0, 2, 0, 1);
    assertThat(links.link(0)).isEqualTo(PlanLinks.pack(false, false, -2));
    assertThat(links.link(1)).isEqualTo(PlanLinks.pack(true, false, 5));
    assertThat(links.link(2)).isEqualTo(PlanLinks.pack(true, true, 0));
    assertThat(links.link(3)).isEqualTo(PlanLinks.pack(false, true, MAX));
    assertThat(links.link(4)).isEqualTo(PlanLinks.pack(true, false, -MAX));
    assertThat(links.forwardOnly()).as("b depends on d, listed after it").isFalse();
    assertLinksMatchMilestones(plan);
  }

  @Test
  void linksAreForwardOnlyExactlyWhenEveryPredecessorIsListedEarlier() {
    assertThat(PlanLinks.of(plan(milestone("a"), milestone("b", link("a", FINISH_TO_START, 0)),
        milestone("c", link("a", START_TO_START, 0), link("b", FINISH_TO_START, 0))))
        .forwardOnly()).isTrue();
    assertThat(PlanLinks.of(plan(milestone("a"), milestone("b"))).forwardOnly()).isTrue();
    assertThat(PlanLinks.of(plan(milestone("a", link("b", FINISH_TO_START, 0)), milestone("b")))
        .forwardOnly()).isFalse();
    assertThat(PlanLinks.of(plan(milestone("a", link("a", FINISH_TO_START, 0)))).forwardOnly())
        .as("a milestone on itself").isFalse();
  }

  @Test
  void theTestPlansLinksAreAChain() {
    MutualActionPlan plan = TestPlans.plan();
    PlanLinks links = PlanLinks.of(plan);

    assertThat(starts(links)).containsExactly(0, 0, 1, 2);
    assertThat(predecessors(links)).containsExactly(0, 1);
    assertThat(links).isSameAs(plan.links());
  }

  @Test
  void anEmptyPlanHasNoLinks() {
    MutualActionPlan plan = TestPlans.builder().milestones(List.of()).build();
    PlanLinks links = PlanLinks.of(plan);

    assertThat(links.size()).isZero();
    assertThat(links.count()).isZero();
    assertThat(links.start(0)).isZero();
  }

  @Test
  void aPlanWithoutDependenciesHasNoLinks() {
    PlanLinks links = PlanLinks.of(plan(milestone("a"), milestone("b"), milestone("c")));

    assertThat(links.size()).isEqualTo(3);
    assertThat(links.count()).isZero();
    assertThat(starts(links)).containsExactly(0, 0, 0, 0);
  }

  @Test
  void predecessorsWhoseIdsShareAHashResolveToTheirOwnPositions() {
    MutualActionPlan plan = plan(
        milestone("BBBB", link("AaBB", FINISH_TO_START, 0)),
        milestone("AaAa"),
        milestone("BB", link("Aa", START_TO_START, 1)),
        milestone("AaBB", link("AaAa", FINISH_TO_FINISH, 2)),
        milestone("Aa"),
        milestone("BBAa", link("BB", FINISH_TO_START, 3), link("BBBB", START_TO_FINISH, 4)));

    assertThat(predecessors(PlanLinks.of(plan))).containsExactly(3, 4, 1, 2, 0);
    assertLinksMatchMilestones(plan);
  }

  // ---- plans made by the change functions ----------------------------------------------------

  @Test
  void aCompletedMilestonesPlanHasTheSameLinks() {
    MutualActionPlan plan = TestPlans.plan();
    MutualActionPlan changed = plan.completeMilestone(SECURITY, LocalDate.parse("2026-12-10"));

    assertThat(starts(PlanLinks.of(changed))).containsExactly(0, 0, 1, 2);
    assertThat(predecessors(PlanLinks.of(changed))).containsExactly(0, 1);
    assertLinksMatchMilestones(changed);
  }

  @Test
  void reorderedMilestonesHaveLinksOfTheirNewPositions() {
    MutualActionPlan plan = TestPlans.plan();
    MutualActionPlan reordered = plan.withMilestones(
        plan.milestone(SIGNATURE).orElseThrow(),
        plan.milestone(LEGAL).orElseThrow(),
        plan.milestone(SECURITY).orElseThrow());

    // signature (now 0) follows legal (1), which follows security (2).
    assertThat(starts(PlanLinks.of(reordered))).containsExactly(0, 1, 2, 2);
    assertThat(predecessors(PlanLinks.of(reordered))).containsExactly(1, 2);
    assertLinksMatchMilestones(reordered);
    // The plan it was made from keeps its own links.
    assertThat(predecessors(PlanLinks.of(plan))).containsExactly(0, 1);
  }

  @Test
  void changedDependenciesAreTheLinksOfTheChangedPlan() {
    MutualActionPlan plan = TestPlans.plan();
    Milestone signature = plan.milestone(SIGNATURE).orElseThrow()
        .withDependsOn(link(LEGAL.value(), FINISH_TO_FINISH, 4),
            link(SECURITY.value(), START_TO_START, -3));
    MutualActionPlan changed = plan.withMilestones(signature,
        plan.milestone(SECURITY).orElseThrow(), plan.milestone(LEGAL).orElseThrow());

    // signature (now 0) follows legal (2) and security (1); legal follows security.
    assertThat(starts(PlanLinks.of(changed))).containsExactly(0, 2, 2, 3);
    assertThat(predecessors(PlanLinks.of(changed))).containsExactly(2, 1, 1);
    assertThat(PlanLinks.of(changed).link(1)).isEqualTo(PlanLinks.pack(false, false, -3));
    assertLinksMatchMilestones(changed);
  }

  @Test
  void everyChangeFunctionGivesAPlanWhoseLinksMatchItsMilestones() {
    MutualActionPlan plan = TestPlans.plan();
    List<MutualActionPlan> changed = List.of(
        plan.completeMilestone(LEGAL, LocalDate.parse("2027-01-20")),
        plan.moveDue(SIGNATURE, LocalDate.parse("2027-02-19")),
        plan.addRevision(TestPlans.ALEX, Instant.parse("2026-11-20T09:00:00Z"), "moved"),
        plan.recordSignOff(TestPlans.SARAH, 1, LocalDate.parse("2026-11-22")),
        plan.withTitle("Acme x Globex, renewed"),
        MutualActionPlan.builder().from(plan).build(),
        plan.withMilestones(plan.milestones().subList(0, 2)));

    for (MutualActionPlan each : changed) {
      assertLinksMatchMilestones(each);
    }
  }

  /**
   * Invariant: for any valid plan (random ids, many sharing one String hash, random dependencies
   * pointing forward and backward, all four types, lags across the whole range), the links list,
   * for each milestone in plan order, one link per entry of its {@code dependsOn} in order, whose
   * predecessor is the position of the milestone that entry names and whose packed type and lag
   * are the entry's. A failure names the seed that replays it.
   */
  @Test
  void theLinksOfRandomPlansMatchTheirMilestones() {
    DependencyType[] types = DependencyType.values();
    for (long seed = 0; seed < 500; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int size = random.nextInt(30);
      boolean colliding = random.nextBoolean();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        ids.add(colliding ? collidingId(i) : "m" + i);
      }
      List<Milestone> milestones = new ArrayList<>();
      List<Integer> expectedPredecessors = new ArrayList<>();
      List<Integer> expectedLinks = new ArrayList<>();
      int[] expectedStarts = new int[size + 1];
      for (int s = 0; s < size; s++) {
        Milestone.Builder milestone =
            Milestone.builder().id(MilestoneId.of(ids.get(s))).title("Step " + s);
        int count = size < 2 ? 0 : random.nextInt(Math.min(size, 5));
        boolean[] used = new boolean[size];
        for (int k = 0; k < count; k++) {
          int p = random.nextInt(size);
          if (used[p]) {
            continue;
          }
          used[p] = true;
          DependencyType type = types[random.nextInt(types.length)];
          int lag = random.nextInt(8) == 0 ? LAGS[random.nextInt(LAGS.length)]
              : random.nextInt(-MAX, MAX + 1);
          milestone.addDependsOn(link(ids.get(p), type, lag));
          expectedPredecessors.add(p);
          expectedLinks.add(PlanLinks.pack(MEANING.get(type)[0], MEANING.get(type)[1], lag));
        }
        milestones.add(milestone.build());
        expectedStarts[s + 1] = expectedPredecessors.size();
      }
      MutualActionPlan plan = planBuilder().milestones(milestones).build();
      PlanLinks links = PlanLinks.of(plan);

      long replay = seed;
      assertThat(starts(links)).as(() -> "seed " + replay).containsExactly(expectedStarts);
      assertThat(predecessors(links)).as(() -> "seed " + replay)
          .containsExactlyElementsOf(expectedPredecessors);
      for (int e = 0; e < links.count(); e++) {
        int link = e;
        assertThat(links.link(e)).as(() -> "seed " + replay + ", link " + link)
            .isEqualTo(expectedLinks.get(link));
      }
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Distinct ids for 0..63 that all share one String hash: six blocks of "Aa" or "BB". */
  private static String collidingId(int i) {
    StringBuilder id = new StringBuilder();
    for (int bit = 5; bit >= 0; bit--) {
      id.append((i >> bit & 1) == 0 ? "Aa" : "BB");
    }
    return id.toString();
  }

  /** The plan's links against its milestones' dependsOn, read through the plan's own lookups. */
  private static void assertLinksMatchMilestones(MutualActionPlan plan) {
    PlanLinks links = PlanLinks.of(plan);
    List<Milestone> milestones = plan.milestones();
    assertThat(links.size()).isEqualTo(milestones.size());
    int e = 0;
    boolean forwardOnly = true;
    for (int s = 0; s < milestones.size(); s++) {
      assertThat(links.start(s)).as("start of milestone " + s).isEqualTo(e);
      for (Dependency dependency : milestones.get(s).dependsOn()) {
        String what = "milestone " + s + ", link " + e;
        int predecessor = links.predecessor(e);
        forwardOnly &= predecessor < s;
        assertThat(milestones.get(predecessor).id()).as(what).isEqualTo(dependency.milestone());
        assertThat(PlanLinks.lag(links.link(e))).as(what).isEqualTo(dependency.lagDays());
        assertThat(PlanLinks.fromPredecessorFinish(links.link(e))).as(what)
            .isEqualTo(MEANING.get(dependency.type())[0]);
        assertThat(PlanLinks.boundsSuccessorFinish(links.link(e))).as(what)
            .isEqualTo(MEANING.get(dependency.type())[1]);
        e++;
      }
    }
    assertThat(links.start(milestones.size())).isEqualTo(e);
    assertThat(links.count()).isEqualTo(e);
    assertThat(links.forwardOnly()).as("forward only").isEqualTo(forwardOnly);
  }

  private static int[] starts(PlanLinks links) {
    int[] starts = new int[links.size() + 1];
    for (int s = 0; s <= links.size(); s++) {
      starts[s] = links.start(s);
    }
    return starts;
  }

  private static List<Integer> predecessors(PlanLinks links) {
    List<Integer> predecessors = new ArrayList<>();
    for (int e = 0; e < links.count(); e++) {
      predecessors.add(links.predecessor(e));
    }
    return predecessors;
  }

  private static Dependency link(String predecessor, DependencyType type, int lagDays) {
    return Dependency.builder().milestone(MilestoneId.of(predecessor)).type(type)
        .lagDays(lagDays).build();
  }

  private static Milestone milestone(String id, Dependency... dependsOn) {
    return Milestone.builder().id(MilestoneId.of(id)).title("Step " + id)
        .addDependsOn(dependsOn).build();
  }

  private static MutualActionPlan.Builder planBuilder() {
    return MutualActionPlan.builder().id(PlanId.of("links")).title("Links")
        .buyer(Organization.of("Buyer Inc")).seller(Organization.of("Seller Ltd"));
  }

  private static MutualActionPlan plan(Milestone... milestones) {
    return planBuilder().addMilestones(milestones).build();
  }
}
