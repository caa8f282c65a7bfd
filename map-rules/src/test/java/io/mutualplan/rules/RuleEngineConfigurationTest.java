package io.mutualplan.rules;

import static io.mutualplan.rules.fixtures.TestRules.reporting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.rules.builtin.BuiltInRules;
import io.mutualplan.rules.fixtures.Check;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.core.fixtures.Serialization;
import io.mutualplan.rules.fixtures.TestPlans;
import io.mutualplan.rules.fixtures.TestRules;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineConfigurationTest {
  private static RuleConfigurationException configurationError(RuleEngine.Builder builder) {
    try {
      builder.build();
    } catch (RuleConfigurationException e) {
      return e;
    }
    throw new AssertionError("expected a RuleConfigurationException");
  }

  @Test
  void anUnknownRuleIdIsAnErrorThatSuggestsTheClosestId() {
    assertThatThrownBy(() -> RuleEngine.builder().disable("seler-share").build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessage("the configuration names rule 'seler-share', but there is no rule with that"
            + " id; did you mean 'seller-share'?");
  }

  @Test
  void anUnknownRuleIdFarFromAnyListsTheRules() {
    assertThatThrownBy(() -> RuleEngine.builder().disable("no-such-check").build())
        .hasMessageStartingWith("the configuration names rule 'no-such-check', but there is no"
            + " rule with that id; the rules are: dependencies-acyclic, milestone-count,");
  }

  @Test
  void anUnknownParameterIsAnError() {
    assertThatThrownBy(() -> RuleEngine.builder()
            .override("seller-share", RuleOverride.builder().putParameter("maxshare", 0.7).build())
            .build())
        .hasMessage("rule 'seller-share' has no parameter 'maxshare'; did you mean 'maxShare'?");
    assertThatThrownBy(() -> RuleEngine.builder()
            .override("overdue", RuleOverride.builder().putParameter("days", 3).build())
            .build())
        .hasMessage("rule 'overdue' has no parameter 'days'; it takes no parameters");
  }

  @Test
  void aParameterOfTheWrongTypeIsAnError() {
    assertThatThrownBy(() -> RuleEngine.builder()
            .override("seller-share", RuleOverride.builder().putParameter("maxShare", "high").build())
            .build())
        .hasMessage("parameter 'maxShare' of rule 'seller-share' must be a number, not the text"
            + " 'high'");
    assertThatThrownBy(() -> RuleEngine.builder()
            .override("buyer-engagement",
                RuleOverride.builder().putParameter("maxQuietDays", 2.5).build())
            .build())
        .hasMessage("parameter 'maxQuietDays' of rule 'buyer-engagement' must be a whole number,"
            + " not 2.5");
    assertThatThrownBy(() -> RuleEngine.builder()
            .override("exit-criteria",
                RuleOverride.builder().putParameter("vagueTerms", "tbd").build())
            .build())
        .hasMessage("parameter 'vagueTerms' of rule 'exit-criteria' must be a list of words, not"
            + " the text 'tbd'");
  }

  @Test
  void aParameterOutOfRangeIsAnError() {
    assertThatThrownBy(() -> RuleEngine.builder()
            .override("seller-share", RuleOverride.builder().putParameter("maxShare", 1.5).build())
            .build())
        .hasMessage("parameter 'maxShare' of rule 'seller-share' must be at most 1, not 1.5");
    assertThatThrownBy(() -> RuleEngine.builder()
            .override("buyer-engagement", RuleOverride.builder()
                .putParameter("maxQuietDays", new BigDecimal("2147483648")).build())
            .build())
        .hasMessage("parameter 'maxQuietDays' of rule 'buyer-engagement' must be between"
            + " -2147483648 and 2147483647, not 2147483648");
    assertThatThrownBy(() -> RuleEngine.builder()
            .override("exit-criteria",
                RuleOverride.builder().putParameter("vagueTerms", List.of("tbd", "#later")).build())
            .build())
        .hasMessage("parameter 'vagueTerms' of rule 'exit-criteria' has a word that must start and"
            + " end with a letter or digit: '#later'");
  }

  @Test
  void theMessageListsAtMostAHundredProblemsAndCountsTheRest() {
    RuleEngine.Builder builder = RuleEngine.builder();
    for (int i = 0; i < 150; i++) {
      builder.disable("nope-" + i);
    }
    RuleConfigurationException error = configurationError(builder);

    assertThat(error.problems()).hasSize(150);
    List<String> lines = error.getMessage().lines().toList();
    assertThat(lines).hasSize(1 + RuleConfigurationException.MAX_LISTED + 1);
    assertThat(lines.get(0)).isEqualTo("150 problems in the rule configuration:");
    assertThat(lines.get(1)).startsWith("  ").contains("nope-0");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("  ... and 50 more problems");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    RuleConfigurationException error = configurationError(RuleEngine.builder()
        .disable("nope")
        .override("milestone-count", RuleOverride.builder().putParameter("minimum", 3).build())
        .override("seller-share", RuleOverride.builder().putParameter("maxShare", "x").build()));
    assertThat(error.problems()).hasSize(3);
    assertThat(error.getMessage()).startsWith("3 problems in the rule configuration:\n  ");
  }

  @Test
  void theExceptionKeepsItsProblemsWhenSerialized() {
    RuleConfigurationException error = configurationError(RuleEngine.builder()
        .disable("nope")
        .override("seller-share", RuleOverride.builder().putParameter("maxShare", "x").build()));

    RuleConfigurationException read = Serialization.roundTrip(error);

    assertThat(read.problems()).isEqualTo(error.problems()).hasSize(2);
    assertThat(read.getMessage()).isEqualTo(error.getMessage());
  }

  @Test
  void eachProblemPointsAtTheSettingAtFaultInTheConfigurationsDocument() {
    RuleConfigurationException error = configurationError(RuleEngine.builder()
        .disable("seler-share")
        .override("seller-share", RuleOverride.builder().putParameter("maxShar", 0.5).build())
        .override("buyer-engagement",
            RuleOverride.builder().putParameter("maxQuietDays", 2.5).build())
        .override("exit-criteria", RuleOverride.builder()
            .putParameter("vagueTerms", List.of("tbd", "#later")).build())
        .override("a/b~c", RuleOverride.builder().enabled(false).build()));

    assertThat(error.problems()).extracting(RuleConfigurationProblem::pointer).containsExactly(
        "/rules/seler-share",
        "/rules/seller-share/parameters/maxShar",
        "/rules/buyer-engagement/parameters/maxQuietDays",
        "/rules/exit-criteria/parameters/vagueTerms",
        "/rules/a~1b~0c");
    assertThat(error.problems().get(1)).hasToString("/rules/seller-share/parameters/maxShar: rule"
        + " 'seller-share' has no parameter 'maxShar'; did you mean 'maxShare'?");
  }

  @Test
  void aNegativeAutoThresholdPointsAtItsSettingAndProblemsOfTheRulesPointAtNoSetting() {
    RuleConfigurationException threshold = catchThrowableOfType(RuleConfigurationException.class,
        () -> RuleEngine.builder().autoThreshold(new BigDecimal("-5")));
    assertThat(threshold.problems()).containsExactly(new RuleConfigurationProblem(
        "/autoThreshold", "autoThreshold must be 0 or more, not -5"));
    RuleConfigurationException configured = catchThrowableOfType(
        RuleConfigurationException.class,
        () -> RuleConfiguration.builder().autoThreshold(new BigDecimal("-5")).build());
    assertThat(configured.problems()).isEqualTo(threshold.problems());

    RuleConfigurationException duplicate = configurationError(
        RuleEngine.builder().addRule(reporting("overdue")));
    assertThat(duplicate.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem).hasToString(problem.message());
    });
  }

  @Test
  void twoRulesWithOneIdAreAnError() {
    assertThatThrownBy(() -> RuleEngine.builder().addRule(reporting("overdue")).build())
        .hasMessageStartingWith("two rules have the id 'overdue': ")
        .hasMessageEndingWith("; rule ids must be unique");
    assertThatThrownBy(() -> RuleEngine.builder().withBuiltInRules(false)
            .addRule(reporting("mine")).addRule(reporting("mine")).build())
        .isInstanceOf(RuleConfigurationException.class);
  }

  @Test
  void ruleIdsMustBeValidAndMayNotBeRuleFailed() {
    assertThatThrownBy(() -> RuleEngine.builder().addRule(reporting("rule-failed")).build())
        .hasMessageContaining("reserved");
    assertThatThrownBy(() -> RuleEngine.builder().addRule(reporting("my rule")).build())
        .hasMessageContaining("the id 'my rule', which is not a valid id");
  }

  @Test
  void aCustomRulesParametersAreCheckedAndResolvedToo() {
    var rule = TestRules.rule("threshold-rule",
        c -> c.report("Threshold " + c.parameters().number("limit").toPlainString() + ".", "Ok."),
        ParameterSpec.number("limit", BigDecimal.ONE, "a limit").atLeast(0));
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false).addRule(rule)
        .override("threshold-rule", RuleOverride.builder().putParameter("limit", 2.25).build())
        .build();
    assertThat(engine.evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF).findings())
        .extracting(Finding::message).containsExactly("Threshold 2.25.");
    assertThatThrownBy(() -> RuleEngine.builder().addRule(rule)
            .override("threshold-rule", RuleOverride.builder().putParameter("limit", -1).build())
            .build())
        .hasMessage("parameter 'limit' of rule 'threshold-rule' must be at least 0, not -1");
  }

  @Test
  void aRuleCanBeDisabledOrGivenAnotherSeverity() {
    RuleEngine engine = RuleEngine.builder()
        .disable("co-authored")
        .override("both-sides-own-steps", RuleOverride.builder().severity(Severity.INFO).build())
        .build();
    QualityReport report = engine.evaluate(ExamplePlans.closePlanInDisguise(), ExamplePlans.AS_OF);
    assertThat(report.findingsOf("co-authored")).isEmpty();
    assertThat(report.findingsOf("both-sides-own-steps")).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.INFO);
    assertThat(report.verdict()).isEqualTo(Verdict.NEEDS_WORK);
  }

  @Test
  void anOverrideAppliesOnTopOfTheLightweightProfile() {
    RuleEngine engine = RuleEngine.builder().profile(Profile.LIGHTWEIGHT)
        .override("seller-share", RuleOverride.builder().enabled(true).build())
        .build();
    assertThat(Check.findings(engine, "seller-share", TestPlans.withMilestones(3, 3),
        ExamplePlans.AS_OF)).hasSize(1);
    assertThat(Check.lightweightFindings("seller-share", TestPlans.withMilestones(3, 3)))
        .isEmpty();
  }

  @Test
  void aConfigurationSetsTheProfileTheThresholdAndTheOverrides() {
    RuleConfiguration configuration = RuleConfiguration.builder()
        .profile(Profile.AUTO)
        .autoThreshold(new BigDecimal("200000"))
        .putRule("paper-process", RuleOverride.builder().enabled(false).build())
        .build();
    RuleEngine engine = RuleEngine.builder().configure(configuration).build();
    assertThat(engine.profile()).isEqualTo(Profile.AUTO);
    assertThat(engine.autoThreshold()).isEqualByComparingTo("200000");
    assertThat(engine.profileFor(ExamplePlans.acme())).isEqualTo(Profile.LIGHTWEIGHT);
    assertThatThrownBy(() -> RuleEngine.builder()
            .configure(RuleConfiguration.builder()
                .putRule("paper-proces", RuleOverride.builder().build()).build())
            .build())
        .hasMessageContaining("did you mean 'paper-process'?");
  }

  @Test
  void laterOverridesOfOneRuleWinWhereTheyGiveAValue() {
    RuleEngine engine = RuleEngine.builder()
        .override("seller-share", RuleOverride.builder().severity(Severity.ERROR)
            .putParameter("maxShare", 0.5).build())
        .override("seller-share", RuleOverride.builder().putParameter("maxShare", 0.9).build())
        .build();
    assertThat(Check.findings(engine, "seller-share", TestPlans.withMilestones(10, 9),
        ExamplePlans.AS_OF)).isEmpty();
    assertThat(Check.findings(engine, "seller-share", TestPlans.withMilestones(10, 10),
        ExamplePlans.AS_OF)).singleElement().extracting(Finding::severity)
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void theEngineListsEveryRuleItKnowsInReportOrder() {
    RuleEngine engine = RuleEngine.builder().addRule(reporting("mine")).build();
    // How many built-in rules there are is BuiltInRulesTableTest's to say; here, their place.
    int builtIn = BuiltInRules.ids().size();
    assertThat(engine.rules()).hasSize(builtIn + 1);
    assertThat(engine.rules().get(0).id()).isEqualTo("dependencies-acyclic");
    assertThat(engine.rules().get(builtIn).id()).isEqualTo("mine");
    assertThat(BuiltInRules.ids()).doesNotHaveDuplicates();
  }

  @Test
  void anIdOfAHundredCharactersIsValidAndOneOfAHundredAndOneIsNot() {
    String hundred = "r" + "-".repeat(98) + "9";
    assertThat(RuleEngine.builder().withBuiltInRules(false).addRule(reporting(hundred)).build()
        .rules()).extracting(r -> r.id()).containsExactly(hundred);
    assertThatThrownBy(() -> RuleEngine.builder().addRule(reporting(hundred + "x")).build())
        .hasMessageContaining("which is not a valid id");
  }

  @Test
  void anIdIsAsciiLettersAndDigitsFromTheFirstToTheLastOfEachRange() {
    for (String id : List.of("a", "z", "A", "Z", "0", "9", "xa", "xz", "xA", "xZ", "x0", "x9")) {
      assertThat(RuleEngine.builder().withBuiltInRules(false).addRule(reporting(id)).build()
          .rules()).as(id).extracting(r -> r.id()).containsExactly(id);
    }
    // The characters just outside each range: ` { @ [ / :
    for (String id : List.of("`", "{", "@", "[", "/", ":", "x`", "x{", "x@", "x[", "x/", "x:")) {
      assertThatThrownBy(() -> RuleEngine.builder().addRule(reporting(id)).build()).as(id)
          .hasMessageContaining("the id '" + id + "', which is not a valid id");
    }
  }

  @Test
  void aParameterOfAnotherTypeIsRejectedNamingTheValueAndItsType() {
    assertThatThrownBy(() -> RuleOverride.builder().putParameter("limit", true).build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessage("parameter 'limit' must be a number, a text or a list of texts, not"
            + " Boolean true");
  }

  @Test
  void rulesAddedAsAnIterableComeInItsOrder() {
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRules(List.of(reporting("one"), reporting("two"))).build();
    assertThat(engine.rules()).extracting(r -> r.id()).containsExactly("one", "two");
  }

  @Test
  void aRuleReadsItsWordsAndAllItsValuesAndAskingForTheWrongTypeIsNamed() {
    ParameterSpec terms = ParameterSpec.words("terms", List.of("tbd", "later"), "vague terms");
    var reader = TestRules.rule("reader", c -> c.report("Words " + c.parameters().words("terms")
        + ", values " + c.parameters().values() + ", printed " + c.parameters() + ".", "Ok."),
        terms, ParameterSpec.integer("limit", 3, "how many"));
    var asker = TestRules.rule("asker", c -> c.parameters().integer("terms"), terms);
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false).addRule(reader)
        .addRule(asker).build();

    assertThat(engine).hasToString("RuleEngine(full, 2 rules)");
    assertThat(engine.evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF).findings())
        .extracting(Finding::message).satisfiesExactly(
            message -> assertThat(message)
                .isEqualTo("Words [tbd, later], values {terms=[tbd, later], limit=3}, printed"
                    + " {terms=[tbd, later], limit=3}."),
            message -> assertThat(message).contains("rule 'asker' asked for parameter 'terms' as"
                + " integer, but it is declared as words"));
  }
}
