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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A plan's dependency links, resolved once by its check and kept: every type and lag, links that
 * outgrow their first guess, and the links of real plans, including plans made by the change
 * functions.
 */
class DependencyLinksTest {
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

  // ---- types and lags ------------------------------------------------------------------------

  @Test
  void everyDependencyTypeHasAMeaningHere() {
    assertThat(MEANING).containsOnlyKeys(DependencyType.values());
  }

  @Test
  void aPlanKeepsEachDependencyTypeWithItsLag() {
    for (DependencyType type : DependencyType.values()) {
      for (int lag : LAGS) {
        MutualActionPlan plan = plan(
            milestone("p"),
            milestone("s", Dependency.builder().milestone(MilestoneId.of("p")).type(type)
                .lagDays(lag).build()));
        DependencyLinks links = plan.dependencyLinks();
        String what = type + " lag " + lag;

        assertThat(links.count()).as(what).isEqualTo(1);
        assertThat(links.predecessor(0)).as(what).isZero();
        assertThat(links.type(0)).as(what).isEqualTo(type);
        assertThat(links.lagDays(0)).as(what).isEqualTo(lag);
        assertThat(links.fromPredecessorFinish(0)).as(what).isEqualTo(MEANING.get(type)[0]);
        assertThat(links.boundsSuccessorFinish(0)).as(what).isEqualTo(MEANING.get(type)[1]);
      }
    }
  }

  @Test
  void keepsEveryLinkWhenAPlanHasMoreThanThreeDependenciesPerMilestone() {
    // The first guess is three links per milestone; each of these depends on all before it.
    List<Milestone> milestones = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      Milestone.Builder milestone = Milestone.builder().id(MilestoneId.of("m" + s)).title("M");
      for (int p = 0; p < s; p++) {
        milestone.addDependsOn(link("m" + p, START_TO_FINISH, p - s));
      }
      milestones.add(milestone.build());
    }
    MutualActionPlan plan = planBuilder().milestones(milestones).build();

    assertThat(plan.dependencyLinks().count()).isEqualTo(20 * 19 / 2);
    assertLinksMatchMilestones(plan);
  }

  @Test
  void aPlanKeepsItsLinksAndLeavesThemOutOfEquality() {
    MutualActionPlan plan = TestPlans.plan();
    MutualActionPlan copy = MutualActionPlan.builder().from(plan).build();

    assertThat(plan.dependencyLinks()).isSameAs(plan.dependencyLinks());
    assertThat(copy.dependencyLinks()).isNotSameAs(plan.dependencyLinks())
        .isEqualTo(plan.dependencyLinks()).hasSameHashCodeAs(plan.dependencyLinks());
    assertThat(copy).isEqualTo(plan);
    assertThat(plan.toString()).doesNotContain("dependencyLinks");
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
    DependencyLinks links = plan.dependencyLinks();

    assertThat(links.size()).isEqualTo(4);
    assertThat(links.count()).isEqualTo(5);
    assertThat(starts(links)).containsExactly(0, 0, 2, 2, 5);
    assertThat(predecessors(links)).containsExactly(3, 0, 2, 0, 1);
    assertThat(types(links))
        .containsExactly(START_TO_START, FINISH_TO_START, FINISH_TO_FINISH, START_TO_FINISH,
            FINISH_TO_START);
    assertThat(lags(links)).containsExactly(-2, 5, 0, MAX, -MAX);
    assertThat(links.predecessorsComeFirst()).as("b depends on d, listed after it").isFalse();
    assertLinksMatchMilestones(plan);
  }

  @Test
  void predecessorsComeFirstExactlyWhenEveryPredecessorIsListedEarlier() {
    assertThat(comeFirst(plan(milestone("a"), milestone("b", link("a", FINISH_TO_START, 0)),
        milestone("c", link("a", START_TO_START, 0), link("b", FINISH_TO_START, 0))))).isTrue();
    assertThat(comeFirst(plan(milestone("a"), milestone("b")))).isTrue();
    assertThat(comeFirst(plan(milestone("a", link("b", FINISH_TO_START, 0)), milestone("b"))))
        .isFalse();
    assertThat(comeFirst(plan(milestone("a", link("a", FINISH_TO_START, 0)))))
        .as("a milestone on itself").isFalse();
  }

  private static boolean comeFirst(MutualActionPlan plan) {
    return plan.dependencyLinks().predecessorsComeFirst();
  }

  @Test
  void theTestPlansLinksAreAChain() {
    MutualActionPlan plan = TestPlans.plan();
    DependencyLinks links = plan.dependencyLinks();

    assertThat(starts(links)).containsExactly(0, 0, 1, 2);
    assertThat(predecessors(links)).containsExactly(0, 1);
    assertThat(links).isSameAs(plan.dependencyLinks());
  }

  @Test
  void anEmptyPlanHasNoLinks() {
    MutualActionPlan plan = TestPlans.builder().milestones(List.of()).build();
    DependencyLinks links = plan.dependencyLinks();

    assertThat(links.size()).isZero();
    assertThat(links.count()).isZero();
    assertThat(links.firstLink(0)).isZero();
  }

  @Test
  void aPlanWithoutDependenciesHasNoLinks() {
    DependencyLinks links =
        plan(milestone("a"), milestone("b"), milestone("c")).dependencyLinks();

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

    assertThat(predecessors(plan.dependencyLinks())).containsExactly(3, 4, 1, 2, 0);
    assertLinksMatchMilestones(plan);
  }

  // ---- plans made by the change functions ----------------------------------------------------

  @Test
  void aCompletedMilestonesPlanHasTheSameLinks() {
    MutualActionPlan plan = TestPlans.plan();
    MutualActionPlan changed = plan.completeMilestone(SECURITY, LocalDate.parse("2026-12-10"));

    assertThat(starts(changed.dependencyLinks())).containsExactly(0, 0, 1, 2);
    assertThat(predecessors(changed.dependencyLinks())).containsExactly(0, 1);
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
    assertThat(starts(reordered.dependencyLinks())).containsExactly(0, 1, 2, 2);
    assertThat(predecessors(reordered.dependencyLinks())).containsExactly(1, 2);
    assertLinksMatchMilestones(reordered);
    // The plan it was made from keeps its own links.
    assertThat(predecessors(plan.dependencyLinks())).containsExactly(0, 1);
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
    assertThat(starts(changed.dependencyLinks())).containsExactly(0, 2, 2, 3);
    assertThat(predecessors(changed.dependencyLinks())).containsExactly(2, 1, 1);
    assertThat(changed.dependencyLinks().type(1)).isEqualTo(START_TO_START);
    assertThat(changed.dependencyLinks().lagDays(1)).isEqualTo(-3);
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
      List<DependencyType> expectedTypes = new ArrayList<>();
      List<Integer> expectedLags = new ArrayList<>();
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
          expectedTypes.add(type);
          expectedLags.add(lag);
        }
        milestones.add(milestone.build());
        expectedStarts[s + 1] = expectedPredecessors.size();
      }
      MutualActionPlan plan = planBuilder().milestones(milestones).build();
      DependencyLinks links = plan.dependencyLinks();

      long replay = seed;
      assertThat(starts(links)).as(() -> "seed " + replay).containsExactly(expectedStarts);
      assertThat(predecessors(links)).as(() -> "seed " + replay)
          .containsExactlyElementsOf(expectedPredecessors);
      assertThat(types(links)).as(() -> "seed " + replay)
          .containsExactlyElementsOf(expectedTypes);
      assertThat(lags(links)).as(() -> "seed " + replay)
          .containsExactlyElementsOf(expectedLags);
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
    DependencyLinks links = plan.dependencyLinks();
    List<Milestone> milestones = plan.milestones();
    assertThat(links.size()).isEqualTo(milestones.size());
    int e = 0;
    boolean predecessorsFirst = true;
    for (int s = 0; s < milestones.size(); s++) {
      assertThat(links.firstLink(s)).as("start of milestone " + s).isEqualTo(e);
      for (Dependency dependency : milestones.get(s).dependsOn()) {
        String what = "milestone " + s + ", link " + e;
        int predecessor = links.predecessor(e);
        predecessorsFirst &= predecessor < s;
        assertThat(milestones.get(predecessor).id()).as(what).isEqualTo(dependency.milestone());
        assertThat(links.lagDays(e)).as(what).isEqualTo(dependency.lagDays());
        assertThat(links.type(e)).as(what).isEqualTo(dependency.type());
        assertThat(links.fromPredecessorFinish(e)).as(what)
            .isEqualTo(MEANING.get(dependency.type())[0]);
        assertThat(links.boundsSuccessorFinish(e)).as(what)
            .isEqualTo(MEANING.get(dependency.type())[1]);
        e++;
      }
    }
    assertThat(links.firstLink(milestones.size())).isEqualTo(e);
    assertThat(links.count()).isEqualTo(e);
    assertThat(links.predecessorsComeFirst()).as("predecessors come first")
        .isEqualTo(predecessorsFirst);
  }

  private static int[] starts(DependencyLinks links) {
    int[] starts = new int[links.size() + 1];
    for (int s = 0; s <= links.size(); s++) {
      starts[s] = links.firstLink(s);
    }
    return starts;
  }

  private static List<DependencyType> types(DependencyLinks links) {
    List<DependencyType> types = new ArrayList<>();
    for (int e = 0; e < links.count(); e++) {
      types.add(links.type(e));
    }
    return types;
  }

  private static List<Integer> lags(DependencyLinks links) {
    List<Integer> lags = new ArrayList<>();
    for (int e = 0; e < links.count(); e++) {
      lags.add(links.lagDays(e));
    }
    return lags;
  }

  private static List<Integer> predecessors(DependencyLinks links) {
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
