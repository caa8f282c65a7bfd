package io.mutualplan.rules;

import static io.mutualplan.rules.fixtures.TestRules.reporting;
import static io.mutualplan.rules.fixtures.TestRules.reportingBackwards;
import static io.mutualplan.rules.fixtures.TestRules.rule;
import static io.mutualplan.rules.fixtures.TestRules.throwing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.fixtures.Check;
import io.mutualplan.rules.spi.QualityRuleProvider;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomRulesTest {
  @Test
  void aRuleShippedByAProviderIsFoundWithServiceLoader() {
    RuleEngine engine = RuleEngine.builder().discoverRules().build();
    assertThat(engine.rules()).last().extracting(r -> r.id()).isEqualTo("executive-sponsor-named");
    QualityReport report = engine.evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("executive-sponsor-named");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).isEqualTo("Nobody at Acme Corp is named as executive sponsor.");
      assertThat(f.path()).isEmpty();
    });
    assertThat(report.score()).isEqualTo(95);
  }

  @Test
  void discoveredRulesCanBeConfiguredLikeAnyOther() {
    RuleEngine engine = RuleEngine.builder().discoverRules(getClass().getClassLoader())
        .disable("executive-sponsor-named").build();
    assertThat(engine.evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF).findings()).isEmpty();
    assertThatThrownBy(() -> RuleEngine.builder().disable("executive-sponsor-named").build())
        .isInstanceOf(RuleConfigurationException.class);
  }

  @Test
  void findingsComeInRuleOrderBuiltInsThenAddedRulesThenDiscoveredRules() {
    RuleEngine engine = RuleEngine.builder()
        .discoverRules()
        .addRule(reporting("second-custom"))
        .addRule(reporting("third-custom"))
        .build();
    QualityReport report = engine.evaluate(ExamplePlans.closePlanInDisguise(), ExamplePlans.AS_OF);
    List<String> order = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (!order.contains(finding.ruleId())) {
        order.add(finding.ruleId());
      }
    }
    assertThat(order).containsExactly("co-authored", "both-sides-own-steps", "seller-share",
        "economic-buyer-sign-off", "multi-threaded", "exit-criteria", "outcome-set-by-buyer",
        "seller-internal-steps", "paper-process", "second-custom", "third-custom",
        "executive-sponsor-named");
  }

  @Test
  void aRuleThatThrowsBecomesOneRuleFailedErrorInItsPlaceAndEveryOtherFindingIsKept() {
    MutualActionPlan plan = ExamplePlans.closePlanInDisguise();
    RuleEngine engine = RuleEngine.builder()
        .addRule(reporting("before"))
        .addRule(throwing("broken-rule", new IllegalStateException("no outcome\nfor you")))
        .addRule(reporting("after"))
        .build();
    QualityReport report = engine.evaluate(plan, ExamplePlans.AS_OF);
    QualityReport builtIns = RuleEngine.builder().build().evaluate(plan, ExamplePlans.AS_OF);
    List<Finding> findings = report.findings();
    int builtInCount = builtIns.findings().size();
    assertThat(findings.subList(0, builtInCount)).isEqualTo(builtIns.findings());
    assertThat(findings.subList(builtInCount, findings.size()))
        .extracting(Finding::ruleId).containsExactly("before", "rule-failed", "after");
    assertThat(findings.get(builtInCount + 1)).satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEmpty();
      assertThat(f.milestone()).isEmpty();
      assertThat(f.message()).isEqualTo("The rule 'broken-rule' failed on this plan, so its check"
          + " is missing from this report: no outcome for you (IllegalStateException).");
      assertThat(f.hint()).contains("bug in the rule").contains("author of 'broken-rule'");
    });
    assertThat(report.errors()).isEqualTo(builtIns.errors() + 1);
  }

  @Test
  void aFailureWithoutAMessageIsNamedByItsType() {
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(rule("npe", c -> {
          throw new NullPointerException();
        }))
        .addRule(rule("deep", CustomRulesTest::recurseForever))
        .build();
    assertThat(engine.evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF).findings())
        .extracting(Finding::message)
        .containsExactly(
            "The rule 'npe' failed on this plan, so its check is missing from this report:"
                + " NullPointerException.",
            "The rule 'deep' failed on this plan, so its check is missing from this report:"
                + " StackOverflowError.");
  }

  private static void recurseForever(RuleContext context) {
    recurseForever(context);
  }

  @Test
  void aRulesFindingsArePutInMilestoneOrderWholePlanFindingsFirst() {
    RuleEngine engine =
        RuleEngine.builder().withBuiltInRules(false).addRule(reportingBackwards("backwards")).build();
    assertThat(engine.evaluate(ExamplePlans.lightweightEmailPlan(), ExamplePlans.AS_OF).findings())
        .extracting(Finding::message)
        .containsExactly("About the plan.", "About trial.", "About decision.", "About signature.");
  }

  @Test
  void aRuleWhoseMilestoneFindingsAreInOrderKeepsItsWholePlanFindingsWhereItPutThem() {
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(rule("forwards", c -> {
          c.report("Before the milestones.", "Nothing to do.");
          for (int i = 0; i < c.plan().milestones().size(); i++) {
            c.reportMilestone(i, "About " + c.plan().milestones().get(i).id() + ".",
                "Nothing to do.");
          }
          c.reportAt("/revisions", "After the milestones.", "Nothing to do.");
        }))
        .build();
    assertThat(engine.evaluate(ExamplePlans.lightweightEmailPlan(), ExamplePlans.AS_OF).findings())
        .extracting(Finding::message)
        .containsExactly("Before the milestones.", "About trial.", "About decision.",
            "About signature.", "After the milestones.");
  }

  @Test
  void reportingAMilestoneThePlanDoesNotHaveIsABugInTheRule() {
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(rule("ghost", c -> c.report(Severity.INFO, Optional.empty(),
            Optional.of(MilestoneId.of("ghost-step")), "Boo.", "Hide.")))
        .build();
    assertThat(engine.evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF).findings())
        .singleElement().satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("rule-failed");
          assertThat(f.message()).contains("reported milestone 'ghost-step', which the plan does"
              + " not have");
        });
  }

  @Test
  void aRuleSeesThePlanTheDateTheScheduleAndItsSeverity() {
    List<String> seen = new ArrayList<>();
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(rule("observer", c -> {
          seen.add(c.plan().id().value());
          seen.add(c.asOf().toString());
          seen.add(String.valueOf(c.schedule().orElseThrow().slackDays()));
          seen.add(c.deadline().orElseThrow().toString());
          seen.add(String.valueOf(c.dependencyCycle().isPresent()));
          seen.add(c.severity().spelling());
        }))
        .build();
    engine.evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF);
    assertThat(seen).containsExactly("acme-2027", "2026-11-22", "23", "2027-02-07", "false",
        "warning");
  }

  @Test
  void aPlanWithACycleHasNoScheduleButACycleAndADeadline() {
    MutualActionPlan plan = Check.edit(ExamplePlans.acme(), "security-docs",
        m -> m.withDependsOn(Dependency.on("legal")));
    List<Object> seen = new ArrayList<>();
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(rule("observer", c -> {
          seen.add(c.schedule().isPresent());
          seen.add(c.dependencyCycle().orElseThrow().size());
          seen.add(c.deadline().orElseThrow());
          seen.add(c.calendar().idx(LocalDate.parse("2026-11-23"))
              - c.calendar().idx(LocalDate.parse("2026-11-22")));
        }))
        .build();
    engine.evaluate(plan, ExamplePlans.AS_OF);
    assertThat(seen).containsExactly(false, 4, LocalDate.parse("2027-02-07"), 1L);
  }

  @Test
  void aContextKeptAfterItsRuleRanCannotReport() {
    List<RuleContext> kept = new ArrayList<>();
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(rule("keeper", kept::add)).build();
    engine.evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF);
    assertThatThrownBy(() -> kept.get(0).report("Late.", "Too late."))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAsOfDateOutsideThePlanFormatsRangeIsRejected() {
    assertThatThrownBy(() -> RuleEngine.builder().build()
            .evaluate(ExamplePlans.acme(), LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void twoFindingsOnOneMilestoneThenOneOnThePlanKeepTheRulesOrder() {
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(rule("same-milestone", c -> {
          c.reportMilestone(0, "First about trial.", "Nothing to do.");
          c.reportMilestone(0, "Again about trial.", "Nothing to do.");
          c.report("About the plan.", "Nothing to do.");
        }))
        .build();
    assertThat(engine.evaluate(ExamplePlans.lightweightEmailPlan(), ExamplePlans.AS_OF).findings())
        .extracting(Finding::message)
        .containsExactly("First about trial.", "Again about trial.", "About the plan.");
  }

  @Test
  void aFindingOnTheFirstMilestoneReportedAfterTheSecondIsPutBeforeIt() {
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(rule("first-last", c -> {
          c.reportMilestone(1, "About decision.", "Nothing to do.");
          c.reportMilestone(0, "About trial.", "Nothing to do.");
        }))
        .build();
    assertThat(engine.evaluate(ExamplePlans.lightweightEmailPlan(), ExamplePlans.AS_OF).findings())
        .extracting(Finding::message)
        .containsExactly("About trial.", "About decision.");
  }

  @Test
  void discoverRulesLooksThroughTheThreadsContextClassLoaderWhenThereIsOne() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try (URLClassLoader seesNoProvider = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(seesNoProvider);
      assertThat(RuleEngine.builder().discoverRules().build().rules())
          .extracting(r -> r.id()).doesNotContain("executive-sponsor-named");
      thread.setContextClassLoader(null);
      assertThat(RuleEngine.builder().discoverRules().build().rules())
          .extracting(r -> r.id()).contains("executive-sponsor-named");
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  @Test
  void aProviderThatCannotBeLoadedIsAConfigurationProblemInWords(@TempDir Path dir)
      throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(QualityRuleProvider.class.getName()),
        "com.example.NoSuchProvider\n");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> RuleEngine.builder().discoverRules(loader).build())
          .isInstanceOf(RuleConfigurationException.class)
          .hasMessageContaining("a rule provider could not be loaded: ")
          .hasMessageContaining("com.example.NoSuchProvider");
    }
  }
}
