/**
 * What custom quality rules implement: {@link io.mutualplan.rules.spi.QualityRule}, the {@link
 * io.mutualplan.rules.spi.RuleContext} a rule checks a plan through, declared parameters ({@link
 * io.mutualplan.rules.spi.ParameterSpec}), and {@link io.mutualplan.rules.spi.QualityRuleProvider}
 * for rules shipped in a jar and found with {@link java.util.ServiceLoader}.
 */
package io.mutualplan.rules.spi;
