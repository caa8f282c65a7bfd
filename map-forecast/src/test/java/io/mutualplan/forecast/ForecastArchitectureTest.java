package io.mutualplan.forecast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * map-forecast depends on map-core, Apache Commons Statistics and RNG, and the JDK: nothing of the
 * other modules (map-json will depend on this one), and Commons RNG only through its public
 * client API and factory, never the generators' implementation classes.
 */
class ForecastArchitectureTest {
  private static final JavaClasses FORECAST = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mutualplan.forecast");

  @Test
  void dependsOnCoreTheCommonsDistributionsAndGeneratorsAndTheJdk() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("io.mutualplan.forecast..", "io.mutualplan.core",
            "io.mutualplan.core.schedule",
            "org.apache.commons.statistics.distribution", "org.apache.commons.rng",
            "org.apache.commons.rng.simple", "java..", "org.immutables.value..")
        .check(FORECAST);
  }
}
