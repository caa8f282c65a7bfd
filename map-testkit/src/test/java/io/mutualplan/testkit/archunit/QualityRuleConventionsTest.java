package io.mutualplan.testkit.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.mutualplan.testkit.samplerules.ClockReadingRule;
import io.mutualplan.testkit.samplerules.FieldlessRule;
import io.mutualplan.testkit.samplerules.LongStepsFlagged;
import io.mutualplan.testkit.samplerules.PrintingRule;
import io.mutualplan.testkit.samplerules.RandomRule;
import io.mutualplan.testkit.samplerules.StatefulRule;
import org.junit.jupiter.api.Test;

class QualityRuleConventionsTest {
  private static final ClassFileImporter IMPORTER = new ClassFileImporter();

  private static EvaluationResult check(ArchRule rule, Class<?>... classes) {
    return rule.evaluate(IMPORTER.importClasses(classes));
  }

  @Test
  void aWellBehavedRuleFollowsEveryConvention() {
    assertThat(check(QualityRuleConventions.ALL_CONVENTIONS, LongStepsFlagged.class)
        .hasViolation()).isFalse();
  }

  @Test
  void aRuleWithNoFieldsAtAllFollowsEveryConvention() {
    // Checking a class with no fields used to fail with "failed to check any classes".
    assertThat(FieldlessRule.class.getDeclaredFields()).isEmpty();
    EvaluationResult result = check(QualityRuleConventions.ALL_CONVENTIONS, FieldlessRule.class);
    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    QualityRuleConventions.RULES_ARE_STATELESS.check(IMPORTER.importClasses(FieldlessRule.class));
  }

  @Test
  void eachConventionStillFailsWhenTheImportHasNoRuleClassAtAll() {
    JavaClasses noRules = IMPORTER.importClasses(QualityRuleConventionsTest.class);
    assertThatThrownBy(() -> QualityRuleConventions.RULES_ARE_STATELESS.check(noRules))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
    assertThatThrownBy(() -> QualityRuleConventions.ALL_CONVENTIONS.check(noRules))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
  }

  @Test
  void everyBuiltInRuleFollowsEveryConvention() {
    JavaClasses builtIn = IMPORTER.importPackages("io.mutualplan.rules.builtin");
    QualityRuleConventions.ALL_CONVENTIONS.check(builtIn);
  }

  @Test
  void aRuleWithAFieldThatIsNotFinalIsNotStateless() {
    EvaluationResult result = check(QualityRuleConventions.RULES_ARE_STATELESS,
        StatefulRule.class, LongStepsFlagged.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .singleElement().asString().contains("StatefulRule.plansSeen");
  }

  @Test
  void aRuleThatReadsTheClockInALambdaIsCaught() {
    EvaluationResult result = check(QualityRuleConventions.RULES_DO_NOT_READ_THE_CLOCK,
        ClockReadingRule.class, LongStepsFlagged.class);
    assertThat(result.getFailureReport().getDetails())
        .singleElement().asString().contains("LocalDate.now()");
  }

  @Test
  void aRuleThatDrawsRandomNumbersInANestedClassIsCaught() {
    JavaClasses classes = IMPORTER.importPackages("io.mutualplan.testkit.samplerules");
    EvaluationResult result = QualityRuleConventions.RULES_DO_NOT_USE_RANDOMNESS.evaluate(classes);
    assertThat(result.getFailureReport().getDetails()).isNotEmpty()
        .allSatisfy(detail -> assertThat(detail).contains("RandomRule$Sampler"));
  }

  @Test
  void aRuleThatPrintsIsCaught() {
    EvaluationResult result = check(QualityRuleConventions.RULES_DO_NOT_WRITE_TO_STANDARD_STREAMS,
        PrintingRule.class, LongStepsFlagged.class);
    assertThat(result.getFailureReport().getDetails())
        .singleElement().asString().contains("System.out");
  }

  @Test
  void theCompositeReportsEachBrokenConvention() {
    JavaClasses classes = IMPORTER.importPackages("io.mutualplan.testkit.samplerules");
    String report = String.join("\n",
        QualityRuleConventions.ALL_CONVENTIONS.evaluate(classes).getFailureReport().getDetails());
    assertThat(report).contains("plansSeen", "LocalDate.now()", "Random", "System.out");
  }
}
