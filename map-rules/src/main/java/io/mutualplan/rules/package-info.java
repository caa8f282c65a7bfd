/**
 * The quality check of mutual action plans: {@link io.mutualplan.rules.RuleEngine} runs the
 * built-in and custom rules over a plan and returns a {@link io.mutualplan.rules.QualityReport}
 * of {@link io.mutualplan.rules.Finding}s with a score and a {@link io.mutualplan.rules.Verdict}.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder().profile(Profile.AUTO).build();
 * QualityReport report = engine.evaluate(plan, LocalDate.parse("2026-11-22"));
 * report.verdict();   // READY, NEEDS_WORK or NOT_MUTUAL
 * }</pre>
 */
package io.mutualplan.rules;
