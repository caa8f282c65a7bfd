package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pipeline generator's lines are what their kind says, on one line each, seeded. */
class PipelineGeneratorTest {
  private static final LocalDate AS_OF = LocalDate.parse("2027-01-04");
  private static final RuleEngine ENGINE = RuleEngine.builder().build();
  private static final MapJson JSON = MapJson.standard();

  @Test
  void eachLineIsWhatItsKindSays() {
    long seed = 20_261_206L;
    List<PipelineLine> lines =
        PlanGenerators.pipelines().lines(new SplittableRandom(seed), 600);

    for (int i = 0; i < lines.size(); i++) {
      PipelineLine line = lines.get(i);
      String where = "seed " + seed + ", line " + (i + 1) + " (" + line.kind() + "): "
          + line.text();
      assertThat(line.text()).as(where).doesNotContain("\n", "\r");
      if (line.kind() == PipelineKind.BROKEN) {
        assertThatThrownBy(() -> JSON.plans().read(line.text())).as(where)
            .isInstanceOf(DocumentReadException.class);
        continue;
      }
      MutualActionPlan plan = JSON.plans().read(line.text());
      QualityReport report = ENGINE.evaluate(plan, AS_OF);
      switch (line.kind()) {
        case READY -> assertThat(report.findings()).as(where).isEmpty();
        case NEEDS_WORK -> assertThat(report.findings()).as(where).isNotEmpty();
        case CLOSE_PLAN_IN_DISGUISE ->
            assertThat(report.verdict()).as(where).isEqualTo(Verdict.NOT_MUTUAL);
        case SLIPPING -> assertThat(report.findings()).as(where)
            .anyMatch(f -> f.ruleId().equals("due-date-slipped") || f.ruleId().equals("overdue"));
        case CYCLIC -> assertThatThrownBy(() -> Scheduler.schedule(plan, AS_OF)).as(where)
            .isInstanceOf(CyclicDependencyException.class);
        default -> throw new AssertionError(where);
      }
    }
  }

  @Test
  void theMixFollowsTheWeights() {
    long seed = 7;
    Map<PipelineKind, Integer> counts = new EnumMap<>(PipelineKind.class);
    for (PipelineLine line : PlanGenerators.pipelines().weight(PipelineKind.CYCLIC, 0)
        .lines(new SplittableRandom(seed), 2_000)) {
      counts.merge(line.kind(), 1, Integer::sum);
    }

    // Ready is 45 of 97 remaining weights: about 928 of 2,000; broken 2 of 97: about 41.
    assertThat(counts).as("seed " + seed).doesNotContainKey(PipelineKind.CYCLIC);
    assertThat(counts.get(PipelineKind.READY)).as("seed " + seed).isBetween(840, 1_020);
    assertThat(counts.get(PipelineKind.BROKEN)).as("seed " + seed).isBetween(20, 70);
  }

  @Test
  void theSameSeedWritesTheSameBytesOneLineAPlan() {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();

    PlanGenerators.pipelines().write(new SplittableRandom(3), 50, first);
    PlanGenerators.pipelines().write(new SplittableRandom(3), 50, second);

    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    String text = first.toString(StandardCharsets.UTF_8);
    assertThat(text.split("\n", -1)).hasSize(51).endsWith("");
  }

  @Test
  void aStreamThatFailsMakesAnUncheckedIoExceptionWithTheStreamsFailureAsItsCause() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };

    assertThatThrownBy(() -> PlanGenerators.pipelines().write(new SplittableRandom(3), 50, full))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("could not write the pipeline")
        .cause().isInstanceOf(IOException.class).hasMessage("disk full");
  }

  @Test
  void plansOfSevenMilestonesHaveSevenUnlessTheirDefectAddsSome() {
    long seed = 11;
    for (PipelineLine line : PlanGenerators.pipelines().milestones(7)
        .weight(PipelineKind.BROKEN, 0).weight(PipelineKind.NEEDS_WORK, 0)
        .lines(new SplittableRandom(seed), 200)) {
      assertThat(JSON.plans().read(line.text()).milestones()).as("seed " + seed).hasSize(7);
    }
  }

  @Test
  void weightsAreCheckedWhenSet() {
    assertThatThrownBy(() -> PlanGenerators.pipelines().weight(PipelineKind.READY, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    PipelineGenerator onlyReady = PlanGenerators.pipelines();
    for (PipelineKind kind : PipelineKind.values()) {
      if (kind != PipelineKind.READY) {
        onlyReady = onlyReady.weight(kind, 0);
      }
    }
    PipelineGenerator finalOnlyReady = onlyReady;
    assertThatThrownBy(() -> finalOnlyReady.weight(PipelineKind.READY, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above 0");
  }
}
