package io.mutualplan.rules;

import io.mutualplan.rules.internal.RulesStyle;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule configuration as users write it, for example in a small JSON document: a profile, the
 * deal value below which {@link Profile#AUTO} picks the lightweight profile, and overrides per
 * rule id.
 *
 * <pre>{@code
 * RuleConfiguration configuration = RuleConfiguration.builder()
 *     .profile(Profile.AUTO)
 *     .putRule("seller-share", RuleOverride.builder().putParameter("maxShare", 0.7).build())
 *     .putRule("post-sale-steps", RuleOverride.builder().enabled(false).build())
 *     .build();
 * RuleEngine engine = RuleEngine.builder().configure(configuration).build();
 * }</pre>
 *
 * <p>Nothing here is checked against the rules until the engine is built: then an unknown rule
 * id, an unknown parameter or a value of the wrong type is a {@link RuleConfigurationException}.
 */
@Value.Immutable
@RulesStyle
abstract class AbstractRuleConfiguration {
  /**
   * The profile to apply.
   *
   * @return the profile, or empty to keep the engine builder's ({@link Profile#FULL} by default)
   */
  public abstract Optional<Profile> profile();

  /**
   * The deal value below which {@link Profile#AUTO} picks {@link Profile#LIGHTWEIGHT}, in the
   * plan's own currency.
   *
   * @return the threshold, or empty to keep the default, 15,000
   */
  public abstract Optional<BigDecimal> autoThreshold();

  /**
   * The overrides, by rule id, in the order given.
   *
   * @return the overrides
   */
  public abstract Map<String, RuleOverride> rules();

  @Value.Check
  void check() {
    autoThreshold().ifPresent(AbstractRuleConfiguration::checkAutoThreshold);
  }

  /** The one check of a threshold, for the configuration and for the engine's builder. */
  static void checkAutoThreshold(BigDecimal threshold) {
    if (threshold.signum() < 0) {
      throw new RuleConfigurationException(new RuleConfigurationProblem("/autoThreshold",
          "autoThreshold must be 0 or more, not " + threshold.toPlainString()));
    }
  }
}
