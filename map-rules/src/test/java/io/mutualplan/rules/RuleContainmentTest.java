package io.mutualplan.rules;

import static io.mutualplan.rules.fixtures.TestRules.reporting;
import static io.mutualplan.rules.fixtures.TestRules.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a misbehaving rule can and cannot do to an evaluation: which failures become a {@code
 * rule-failed} finding, the interrupt status, and the paths of findings.
 */
class RuleContainmentTest {
  private static final MutualActionPlan PLAN = ExamplePlans.acme();

  @AfterEach
  void leaveTheTestThreadUninterrupted() {
    Thread.interrupted();
  }

  /** The findings of a rule run between two well-behaved ones, and those of the two. */
  private static List<Finding> findings(Consumer<RuleContext> check) {
    return RuleEngine.builder().withBuiltInRules(false)
        .addRule(reporting("before"))
        .addRule(rule("suspect", check))
        .addRule(reporting("after"))
        .build()
        .evaluate(PLAN, ExamplePlans.AS_OF)
        .findings();
  }

  /** The message of the rule-failed finding between the other two rules' findings. */
  private static String failure(Consumer<RuleContext> check) {
    List<Finding> findings = findings(check);
    assertThat(findings).extracting(Finding::ruleId)
        .containsExactly("before", "rule-failed", "after");
    return findings.get(1).message();
  }

  @Test
  void aRuleThatRunsOutOfMemoryFailsAloneAndTheOthersRun() {
    List<Finding> findings = findings(context -> {
      context.report("A finding before the allocation.", "None.");
      long[] everything = new long[Integer.MAX_VALUE - 8]; // about 17 GB: more than any test heap
      context.report("Never reported: " + everything.length, "None.");
    });
    assertThat(findings).extracting(Finding::ruleId)
        .containsExactly("before", "rule-failed", "after");
    assertThat(findings.get(1).message()).startsWith("The rule 'suspect' failed on this plan")
        .endsWith("(OutOfMemoryError).");
    assertThat(findings.get(1).hint()).contains("ran out of memory", "-Xmx");
  }

  @Test
  void aRuleThatOverflowsTheStackFailsAlone() {
    assertThat(failure(RuleContainmentTest::recurseForever)).endsWith(": StackOverflowError.");
  }

  private static void recurseForever(RuleContext context) {
    recurseForever(context);
  }

  @Test
  void anAssertionOrALinkageErrorInARuleIsContainedToo() {
    assertThat(failure(context -> {
      throw new AssertionError("the rule's own assert");
    })).endsWith(": the rule's own assert (AssertionError).");
    assertThat(failure(context -> {
      throw new NoClassDefFoundError("com/example/Missing");
    })).endsWith(": com/example/Missing (NoClassDefFoundError).");
  }

  @Test
  void anErrorThatSaysTheVirtualMachineIsBrokenIsNotContained() {
    assertThatThrownBy(() -> findings(context -> {
      throw new InternalError("the JVM is broken");
    })).isInstanceOf(InternalError.class).hasMessage("the JVM is broken");
  }

  @Test
  void evenAnErrorThatIsNotContainedLeavesTheInterruptStatusAsTheCallerHadIt() {
    assertThatThrownBy(() -> findings(context -> {
      Thread.currentThread().interrupt();
      throw new InternalError("the JVM is broken");
    })).isInstanceOf(InternalError.class);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void aRuleThatInterruptsItsThreadFailsAndTheCallerIsNotInterrupted() {
    List<Finding> findings = findings(context -> {
      context.report("A finding before the interrupt.", "None.");
      Thread.currentThread().interrupt();
    });
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThat(findings).extracting(Finding::ruleId)
        .containsExactly("before", "rule-failed", "after");
    assertThat(findings.get(1).message()).isEqualTo("The rule 'suspect' failed on this plan, so"
        + " its check is missing from this report: it interrupted the thread that checks the"
        + " plan, which only the caller may do (the interrupt is cleared).");
  }

  @Test
  void theCallersInterruptIsStillSetAfterTheEvaluation() {
    Thread.currentThread().interrupt();
    List<Finding> findings = findings(context -> context.report("Fine.", "None."));
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(findings).extracting(Finding::ruleId).containsExactly("before", "suspect", "after");
  }

  @Test
  void aRuleThatClearsTheCallersInterruptFailsAndTheInterruptIsSetAgain() {
    Thread.currentThread().interrupt();
    String message = failure(context -> Thread.interrupted());
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(message).endsWith("it cleared the interrupt status of the thread that checks the"
        + " plan, which belongs to the caller (it is set again).");
  }

  @Test
  void anInterruptedExceptionThrownByARuleLeavesTheInterruptStatusAsItWas() {
    String message = failure(context -> throwUnchecked(new InterruptedException("waited")));
    assertThat(message).endsWith(": waited (InterruptedException).");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void throwUnchecked(Throwable failure) throws T {
    throw (T) failure;
  }

  @Test
  void aFindingPathThatIsNotAJsonPointerIsABugInTheRule() {
    assertThat(failure(context -> context.reportAt("/milestones/0/../../x~", "Odd.", "None.")))
        .contains("reported a finding at '/milestones/0/../../x~', which is not a JSON Pointer:"
            + " '~' must be followed by 0 or 1");
    assertThat(failure(context -> context.reportAt("", "Odd.", "None.")))
        .contains("reported a finding at '', which is empty: a finding about the whole plan has"
            + " no path");
    assertThat(failure(context -> context.reportAt("milestones", "Odd.", "None.")))
        .contains("reported a finding at 'milestones', which is not a JSON Pointer: it must"
            + " start with '/'");
  }

  @Test
  void aMilestoneIndexThePlanDoesNotHaveIsRefusedAsAPathToItIs() {
    int count = PLAN.milestones().size();
    int past = count + 5;
    assertThat(failure(context -> context.reportMilestone(past, "Odd.", "None.")))
        .contains("reported a finding at '/milestones/" + past + "', which names element '"
            + past + "' of milestones, which has " + count + " elements")
        .endsWith("(IllegalArgumentException).");
    assertThat(failure(context -> context.reportMilestone(past, "due", "Odd.", "None.")))
        .contains("reported a finding at '/milestones/" + past + "/due', which names element '"
            + past + "' of milestones, which has " + count + " elements")
        .endsWith("(IllegalArgumentException).");
    assertThat(failure(context -> context.reportMilestone(-1, "Odd.", "None.")))
        .contains("names element '-1' of milestones, which has " + count + " elements")
        .endsWith("(IllegalArgumentException).");
  }

  @Test
  void aFindingPathThatPointsNowhereInThePlanIsABugInTheRule() {
    assertThat(failure(context -> context.reportAt("/nope/9", "Odd.", "None.")))
        .contains("reported a finding at '/nope/9', which names 'nope', which the plan format"
            + " does not have there");
    assertThat(failure(context -> context.reportAt("/milestones/0/../../x", "Odd.", "None.")))
        .contains("names '..', which the plan format does not have there");
    int count = PLAN.milestones().size();
    assertThat(failure(context -> context.reportAt("/milestones/" + count, "Odd.", "None.")))
        .contains("names element '" + count + "' of milestones, which has " + count
            + " elements");
    assertThat(failure(context -> context.reportAt("/milestones/01", "Odd.", "None.")))
        .contains("names element '01' of milestones");
    assertThat(failure(context -> context.reportAt("/title/first", "Odd.", "None.")))
        .contains("goes past a value that has no members");
    assertThat(failure(context -> context.reportMilestone(0, "dueDate", "Odd.", "None.")))
        .contains("reported a finding at '/milestones/0/dueDate', which names 'dueDate'");
    assertThat(failure(context -> context.report(Severity.INFO, Optional.of("/stakeholder"),
        Optional.empty(), "Odd.", "None.")))
        .contains("names 'stakeholder'");
  }

  @Test
  void aFindingMayPointWhereAMissingValueBelongs() {
    MutualActionPlan bare = PLAN.withOutcome(Optional.empty()).withCalendar(Optional.empty());
    List<String> paths = List.of("/outcome", "/outcome/setBy", "/calendar/holidays",
        "/dealValue/currency", "/milestones/0/exitCriteria", "/milestones/0/estimate/likely",
        "/milestones/0/attributes/crm~1id", "/attributes/a~0b", "/stakeholders/0/email",
        "/signOffs", "/revisions");
    QualityRule everywhere = rule("everywhere",
        context -> paths.forEach(path -> context.reportAt(path, "Here.", "None.")));
    List<Finding> findings = RuleEngine.builder().withBuiltInRules(false).addRule(everywhere)
        .build().evaluate(bare, ExamplePlans.AS_OF).findings();
    assertThat(findings).extracting(finding -> finding.path().orElse("(none)"))
        .containsExactlyElementsOf(paths);
  }

  @Test
  void aFindingMayPointAtAnyElementThePlanHas() {
    MutualActionPlan plan = PLAN;
    int last = plan.milestones().size() - 1;
    int withPredecessor = 0;
    while (plan.milestones().get(withPredecessor).dependsOn().isEmpty()) {
      withPredecessor++;
    }
    String dependency = "/milestones/" + withPredecessor + "/dependsOn/0/lagDays";
    List<String> paths = List.of("/milestones/" + last + "/due", dependency,
        "/stakeholders/0/roles/0", "/revisions/0/author");
    QualityRule everywhere = rule("everywhere",
        context -> paths.forEach(path -> context.report(Severity.INFO, Optional.of(path),
            Optional.empty(), "Here.", "None.")));
    List<Finding> findings = RuleEngine.builder().withBuiltInRules(false).addRule(everywhere)
        .build().evaluate(plan, ExamplePlans.AS_OF).findings();
    assertThat(findings).extracting(finding -> finding.path().orElse("(none)"))
        .containsExactlyElementsOf(paths);
  }
}
