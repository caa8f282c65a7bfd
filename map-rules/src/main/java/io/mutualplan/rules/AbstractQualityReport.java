package io.mutualplan.rules;

import io.mutualplan.core.PlanId;
import io.mutualplan.rules.internal.RulesStyle;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of checking one plan: its findings in a deterministic order, and the counts, score
 * and verdict that follow from them.
 *
 * <p>The counts, {@link #score()} and {@link #verdict()} are derived from the findings, so a report
 * built from plain values (for example when a report document is read back) always agrees with
 * itself:
 *
 * <pre>{@code
 * QualityReport report = QualityReport.builder()
 *     .planId(PlanId.of("acme-2027"))
 *     .asOf(LocalDate.parse("2026-11-22"))
 *     .profile(Profile.FULL)
 *     .addFinding(finding)
 *     .build();
 * report.score();   // 100 - 20 * errors - 5 * warnings, at least 0
 * }</pre>
 */
@Value.Immutable
@RulesStyle
abstract class AbstractQualityReport {
  /** The rule ids whose errors make a plan a close plan in disguise. */
  private static final String CO_AUTHORED = "co-authored";

  private static final String BOTH_SIDES_OWN_STEPS = "both-sides-own-steps";

  /**
   * The plan checked.
   *
   * @return the plan's id
   */
  public abstract PlanId planId();

  /**
   * The date the plan was checked at: "today" for overdue steps, the schedule and quiet periods.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * The profile applied: {@link Profile#FULL} or {@link Profile#LIGHTWEIGHT}, never {@link
   * Profile#AUTO} (which picks one of them per plan).
   *
   * @return the profile
   */
  public abstract Profile profile();

  /**
   * The findings, in rule order (the built-in rules in the order of the rules table, then custom
   * rules in the order given), and within a rule in milestone order: whole-plan findings first,
   * except for a rule whose page says otherwise ({@code facts-not-in-future} reports milestones,
   * then revisions, sign-offs and {@code createdOn}).
   *
   * @return the findings, possibly none
   */
  public abstract List<Finding> findings();

  /**
   * How many findings are errors.
   *
   * @return the number of errors
   */
  @Value.Derived
  public int errors() {
    return count(Severity.ERROR);
  }

  /**
   * How many findings are warnings.
   *
   * @return the number of warnings
   */
  @Value.Derived
  public int warnings() {
    return count(Severity.WARNING);
  }

  /**
   * How many findings are infos.
   *
   * @return the number of infos
   */
  @Value.Derived
  public int infos() {
    return count(Severity.INFO);
  }

  /**
   * {@code max(0, 100 - 20 * errors - 5 * warnings)}; infos do not count.
   *
   * @return the score, 0 to 100
   */
  @Value.Derived
  public int score() {
    long score = 100L - 20L * errors() - 5L * warnings();
    return (int) Math.max(0, score);
  }

  /**
   * {@link Verdict#NOT_MUTUAL} when {@code co-authored} or {@code both-sides-own-steps} reported
   * an error; else {@link Verdict#NEEDS_WORK} when there is any error; else {@link Verdict#READY}.
   *
   * @return the verdict
   */
  @Value.Derived
  public Verdict verdict() {
    boolean anyError = false;
    for (Finding finding : findings()) {
      if (finding.severity() == Severity.ERROR) {
        String rule = finding.ruleId();
        if (rule.equals(CO_AUTHORED) || rule.equals(BOTH_SIDES_OWN_STEPS)) {
          return Verdict.NOT_MUTUAL;
        }
        anyError = true;
      }
    }
    return anyError ? Verdict.NEEDS_WORK : Verdict.READY;
  }

  /**
   * The findings one rule reported, in report order.
   *
   * @param ruleId a rule id, e.g. {@code overdue}
   * @return that rule's findings, possibly none
   */
  public List<Finding> findingsOf(String ruleId) {
    List<Finding> found = new ArrayList<>();
    for (Finding finding : findings()) {
      if (finding.ruleId().equals(ruleId)) {
        found.add(finding);
      }
    }
    return List.copyOf(found);
  }

  private int count(Severity severity) {
    int count = 0;
    for (Finding finding : findings()) {
      if (finding.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  @Value.Check
  void check() {
    if (profile() == Profile.AUTO) {
      throw new IllegalArgumentException(
          "a report names the profile applied, full or lightweight, never auto");
    }
  }
}
