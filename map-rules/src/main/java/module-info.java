/**
 * MAP rules: the rule engine and the built-in quality rules that tell a mutual action plan from a
 * seller's close plan in disguise.
 *
 * <p>Custom rules implement {@link io.mutualplan.rules.spi.QualityRule}; a jar can ship them
 * through a {@link io.mutualplan.rules.spi.QualityRuleProvider} service, which {@link
 * io.mutualplan.rules.RuleEngine.Builder#discoverRules()} finds.
 */
module io.mutualplan.rules {
  requires transitive io.mutualplan.core;
  requires static org.immutables.value.annotations;

  exports io.mutualplan.rules;
  exports io.mutualplan.rules.spi;
  exports io.mutualplan.rules.builtin;
  exports io.mutualplan.rules.portfolio;

  uses io.mutualplan.rules.spi.QualityRuleProvider;
}
