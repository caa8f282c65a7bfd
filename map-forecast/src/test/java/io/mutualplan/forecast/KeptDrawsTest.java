package io.mutualplan.forecast;

import static io.mutualplan.forecast.Plans.AS_OF;
import static io.mutualplan.forecast.Plans.estimated;
import static io.mutualplan.forecast.Plans.outcome;
import static io.mutualplan.forecast.Plans.plan;
import static io.mutualplan.forecast.Plans.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.core.schedule.CompiledPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spearman's ranks pair each trial's drawn durations with its finish: a forecast keeps the draws
 * when there are few enough and draws them again from the same generators when there are more.
 * Either way the forecast is the same, to the last figure, on one thread or several.
 */
class KeptDrawsTest {
  @Test
  void keepingTheDrawsOrDrawingThemAgainGivesTheSameForecastOfTheAcmePlan() {
    for (Distribution distribution : Distribution.values()) {
      ForecastSettings settings = ForecastSettings.builder().trials(3_456).seed(7)
          .distribution(distribution).build();

      assertBothWaysAlike(ExamplePlans.acme(), ExamplePlans.AS_OF, settings);
    }
  }

  @Test
  void keepingTheDrawsOrDrawingThemAgainGivesTheSameForecastWithEveryTypeOfLink() {
    // Ten estimated steps linked by every type of dependency, one fixed step among them.
    MutualActionPlan plan = plan(outcome("2027-04-01", 5),
        estimated("a", 2, 4, 9),
        estimated("b", 1, 3, 8, "a"),
        linked(estimated("c", 3, 5, 12), "a", DependencyType.START_TO_START, 1),
        linked(estimated("d", 2, 2, 6, "b"), "c", DependencyType.FINISH_TO_FINISH, 0),
        linked(estimated("e", 1, 6, 7), "b", DependencyType.START_TO_FINISH, 4),
        step("f", 3, "d", "e"),
        estimated("g", 4, 9, 20, "f"),
        linked(estimated("h", 1, 1, 3, "c"), "g", DependencyType.FINISH_TO_FINISH, -2),
        estimated("i", 5, 6, 15, "h"),
        estimated("j", 0, 1, 2, "i", "e"));

    for (int threads : new int[] {1, 3}) {
      ForecastSettings settings = ForecastSettings.builder().trials(2_345).seed(20_261_206)
          .threads(threads).build();

      assertBothWaysAlike(plan, AS_OF, settings);
    }
  }

  @Test
  void aForecastWithFewDrawsKeepsThemAndOneWithTooManyDrawsThemAgain() {
    MutualActionPlan plan = plan(estimated("a", 1, 2, 3), estimated("b", 1, 2, 3, "a"));
    ForecastSettings settings = ForecastSettings.builder().trials(100).build();

    Simulation fits = new Simulation(CompiledPlan.of(plan, AS_OF), settings, 200);
    Simulation tooMany = new Simulation(CompiledPlan.of(plan, AS_OF), settings, 199);
    fits.run();
    tooMany.run();

    assertThat(fits.keptDraws()).hasSize(200);
    assertThat(tooMany.keptDraws()).isNull();
  }

  private static void assertBothWaysAlike(
      MutualActionPlan plan, LocalDate asOf, ForecastSettings settings) {
    Forecast kept = new Simulation(CompiledPlan.of(plan, asOf), settings, Long.MAX_VALUE).run();
    Forecast drawnAgain = new Simulation(CompiledPlan.of(plan, asOf), settings, 0).run();

    assertThat(drawnAgain).isEqualTo(kept);
    assertThat(kept.drivers()).as("the ranks were paired with something").isNotEmpty();
    assertThat(kept).isEqualTo(Forecaster.forecast(plan, asOf, settings));
  }

  private static Milestone linked(
      Milestone milestone, String on, DependencyType type, int lagDays) {
    List<Dependency> dependsOn = new ArrayList<>(milestone.dependsOn());
    dependsOn.add(Dependency.builder()
        .milestone(MilestoneId.of(on)).type(type).lagDays(lagDays).build());
    return milestone.withDependsOn(dependsOn);
  }
}
