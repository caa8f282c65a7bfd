/**
 * The built-in quality rules of {@code rules.md}, listed in order by {@link
 * io.mutualplan.rules.builtin.BuiltInRules}. Each has a page in {@code docs/rules/}.
 */
package io.mutualplan.rules.builtin;
