package io.mutualplan.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mutualplan.rules.spi.QualityRule;
import org.junit.jupiter.api.Test;

/**
 * map-rules depends on map-core only, never reads the clock, compiles no regular expressions
 * (rules run on every evaluation), and its built-in rules hold no state.
 */
class RulesArchitectureTest {
  private static final JavaClasses RULES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mutualplan.rules");

  @Test
  void rulesDependOnCoreAndTheJdkOnly() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("io.mutualplan.rules..", "io.mutualplan.core..", "java..",
            "org.immutables.value..")
        .check(RULES);
  }

  @Test
  void libraryCodeNeverReadsTheClock() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .check(RULES);
  }

  @Test
  void noRegularExpressionsAreCompiled() {
    noClasses().should().dependOnClassesThat().resideInAPackage("java.util.regex")
        .check(RULES);
  }

  @Test
  void builtInRulesAreStateless() {
    fields().that().areDeclaredInClassesThat().implement(QualityRule.class)
        .and().areNotStatic()
        .should().beFinal()
        .check(RULES);
  }

  @Test
  void whatUsersImplementDependsOnNoImplementationDetail() {
    noClasses().that().resideInAPackage("io.mutualplan.rules.spi")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.mutualplan.rules.internal", "io.mutualplan.rules.builtin")
        .check(RULES);
  }
}
