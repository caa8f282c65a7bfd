package io.mutualplan.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The module graph of DESIGN.md, checked on the compiled library (map-core, map-rules,
 * map-forecast, map-json, map-testkit; map-cli has its own test): arrows point one way, and a module's {@code internal}
 * packages are its own.
 */
class LibraryArchitectureTest {
  // Jars included: once the reactor has packaged map-core, map-rules, map-forecast and map-json
  // (verify), they reach this module as jars, and excluding jars would leave only map-testkit to
  // check. Test-jars excluded: map-core's, which this module's tests use, is test code (its
  // tests and shared fixtures), not the library; DO_NOT_INCLUDE_TESTS only knows test folders.
  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");
  private static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.matches(TEST_JAR))
      .importPackages("io.mutualplan");

  @ParameterizedTest
  @ValueSource(strings = {"core", "rules", "forecast", "json", "testkit"})
  void noModuleReachesIntoAnotherModulesInternalPackages(String module) {
    String root = "io.mutualplan." + module;
    noClasses().that().resideOutsideOfPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage(root + ".internal..")
        .because("packages named internal are not exported: another module must not use them")
        .check(LIBRARY);
  }

  @Test
  void dependenciesBetweenModulesPointOneWay() {
    List<String> order = List.of("core", "rules", "forecast", "json", "testkit");
    for (int lower = 0; lower < order.size(); lower++) {
      for (int higher = lower + 1; higher < order.size(); higher++) {
        noClasses().that().resideInAPackage("io.mutualplan." + order.get(lower) + "..")
            .should().dependOnClassesThat()
            .resideInAPackage("io.mutualplan." + order.get(higher) + "..")
            .check(LIBRARY);
      }
    }
  }

  @Test
  void theLibraryHasNoPackageCycles() {
    slices().matching("io.mutualplan.(**)").should().beFreeOfCycles().check(LIBRARY);
  }
}
