/**
 * ArchUnit rules that custom quality rules should follow, such as being stateless, so that one
 * rule engine can check plans on many threads: {@link
 * io.mutualplan.testkit.archunit.QualityRuleConventions#ALL_CONVENTIONS} checks them all against
 * the classes of your rules. ArchUnit is an optional dependency of the testkit: a test that uses
 * this package needs it on its class path.
 */
package io.mutualplan.testkit.archunit;
