package io.mutualplan.cli;

import io.mutualplan.rules.RuleConfigurationException;
import io.mutualplan.rules.RuleConfigurationProblem;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.spi.QualityRuleProvider;
import java.io.IOException;
import java.net.URLClassLoader;
import java.util.Optional;

/**
 * Where a run finds custom quality rules: its own class path, and the jars given with {@code
 * --rules} or {@code MAP_RULES}, open until the run is over (a rule may load its classes while it
 * runs).
 */
final class CustomRules implements AutoCloseable {
  /** The file through which a jar registers its rule providers. */
  static final String SERVICE_FILE = "META-INF/services/" + QualityRuleProvider.class.getName();

  private final ClassLoader loader;
  private final Optional<URLClassLoader> jars;

  private CustomRules(ClassLoader loader, Optional<URLClassLoader> jars) {
    this.loader = loader;
    this.jars = jars;
  }

  /** The rules on the class path alone. */
  static CustomRules none(ClassLoader classPath) {
    return new CustomRules(classPath, Optional.empty());
  }

  /** The rules of the jars a class loader reads, and of the class path behind it. */
  static CustomRules from(URLClassLoader jars) {
    return new CustomRules(jars, Optional.of(jars));
  }

  /** Whether the run was given rules jars, with {@code --rules} or in {@code MAP_RULES}. */
  boolean fromJars() {
    return jars.isPresent();
  }

  /** Whether the jars register at least one rule provider (the class path is not counted). */
  boolean hasProviders() {
    try {
      return jars.isPresent() && jars.get().findResources(SERVICE_FILE).hasMoreElements();
    } catch (IOException e) {
      return false;
    }
  }

  /** An engine builder with the built-in rules and every custom rule found. */
  RuleEngine.Builder engineBuilder() {
    return RuleEngine.builder().discoverRules(loader);
  }

  /**
   * The engine with the built-in rules and every custom rule found, with their defaults; a custom
   * rule whose declaration the engine rejects is bad input, said in the engine's words.
   */
  RuleEngine engine() {
    try {
      return engineBuilder().build();
    } catch (RuleConfigurationException e) {
      throw new BadInputException(
          e.problems().stream().map(RuleConfigurationProblem::message).toList());
    }
  }

  @Override
  public void close() {
    if (jars.isPresent()) {
      try {
        jars.get().close();
      } catch (IOException e) {
        // The run is over; a jar that cannot be closed now changes nothing.
      }
    }
  }
}
