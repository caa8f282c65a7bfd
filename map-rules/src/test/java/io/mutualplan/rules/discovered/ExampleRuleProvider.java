package io.mutualplan.rules.discovered;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.QualityRuleProvider;
import java.util.List;

/** Registered in META-INF/services, for the engine's ServiceLoader discovery. */
public final class ExampleRuleProvider implements QualityRuleProvider {
  @Override
  public List<QualityRule> rules() {
    return List.of(new ExecutiveSponsorNamed());
  }
}
