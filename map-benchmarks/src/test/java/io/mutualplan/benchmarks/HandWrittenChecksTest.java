package io.mutualplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.testkit.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written baseline of RulesBenchmark does the engine's work: it finds the same rules. */
class HandWrittenChecksTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  private static final RuleEngine ENGINE = RuleEngine.builder().build();

  static Stream<String> fixtures() {
    return Fixtures.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void reportsTheSameRulesAsTheEngineInTheSameOrder(String fixture) {
    MutualActionPlan plan = Fixtures.plan(fixture);

    assertThat(handWrittenRules(plan)).isEqualTo(engineRules(plan));
  }

  @Test
  void reportsTheSameRulesOnAPlanThatSlippedAndClaimsTheFuture() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live")
        .moveDue(MilestoneId.of("legal"), LocalDate.of(2027, 2, 12))
        .addRevision(StakeholderId.of("sarah"), Instant.parse("2026-11-25T10:00:00Z"))
        .withCreatedOn(LocalDate.of(2026, 12, 1));

    assertThat(engineRules(plan)).contains("due-date-slipped", "facts-not-in-future");
    assertThat(handWrittenRules(plan)).isEqualTo(engineRules(plan));
  }

  private static List<String> engineRules(MutualActionPlan plan) {
    return ENGINE.evaluate(plan, AS_OF).findings().stream()
        .map(Finding::ruleId)
        .collect(Collectors.toList());
  }

  private static List<String> handWrittenRules(MutualActionPlan plan) {
    return HandWrittenChecks.check(plan, AS_OF).stream()
        .map(HandWrittenChecks.Finding::ruleId)
        .collect(Collectors.toList());
  }
}
