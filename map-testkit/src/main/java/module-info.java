/**
 * MAP testkit: seeded plan generators, a shrinker, fixtures, a JUnit 5 property runner, a
 * rule-testing harness and ArchUnit rules, for testing code built on MAP.
 *
 * <p>The generators take a {@link java.util.random.RandomGenerator} and depend on no
 * property-testing engine.
 */
module io.mutualplan.testkit {
  requires transitive io.mutualplan.core;
  requires transitive io.mutualplan.rules;
  requires io.mutualplan.json;
  requires com.fasterxml.jackson.databind;
  requires transitive org.junit.jupiter.api;
  requires org.junit.platform.commons;
  requires transitive com.tngtech.archunit;

  exports io.mutualplan.testkit;
  exports io.mutualplan.testkit.archunit;

  // JUnit instantiates the @PlanProperty extension, which is not API, reflectively.
  opens io.mutualplan.testkit to org.junit.platform.commons;
}
