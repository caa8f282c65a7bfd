package io.mutualplan.testkit.samplerules;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.Random;

/** Samples milestones at random, in a nested helper class. */
public final class RandomRule implements QualityRule {
  @Override
  public String id() {
    return "random";
  }

  @Override
  public String summary() {
    return "samples at random";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public void check(RuleContext context) {
    if (Sampler.sample(context.plan().milestones().size()) > 10) {
      context.report("Sampled.", "None.");
    }
  }

  private static final class Sampler {
    static int sample(int bound) {
      return bound == 0 ? 0 : new Random().nextInt(bound);
    }
  }
}
