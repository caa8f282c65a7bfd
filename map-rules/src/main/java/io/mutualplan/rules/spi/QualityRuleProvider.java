package io.mutualplan.rules.spi;

import java.util.List;

/**
 * Ships custom rules in a jar, for {@link java.util.ServiceLoader} to find when an engine is built
 * with {@code discoverRules()}.
 *
 * <p>Register the provider in {@code
 * META-INF/services/io.mutualplan.rules.spi.QualityRuleProvider} on the class path, or with {@code
 * provides io.mutualplan.rules.spi.QualityRuleProvider with com.example.MyRules;} in a module
 * descriptor. The provider needs a public no-argument constructor.
 */
public interface QualityRuleProvider {
  /**
   * The rules this provider contributes, in the order their findings should appear.
   *
   * @return the rules
   */
  List<QualityRule> rules();
}
