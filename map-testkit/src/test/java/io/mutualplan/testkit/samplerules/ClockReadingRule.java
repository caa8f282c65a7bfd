package io.mutualplan.testkit.samplerules;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Reads the clock, inside a lambda, instead of using the as-of date. */
public final class ClockReadingRule implements QualityRule {
  @Override
  public String id() {
    return "clock-reading";
  }

  @Override
  public String summary() {
    return "reads the clock";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public void check(RuleContext context) {
    Supplier<LocalDate> today = LocalDate::now;
    if (context.plan().createdOn().map(d -> d.isAfter(today.get())).orElse(false)) {
      context.report("Created in the future.", "Fix the date.");
    }
  }
}
