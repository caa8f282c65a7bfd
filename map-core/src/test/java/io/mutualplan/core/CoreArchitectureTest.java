package io.mutualplan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** map-core is the foundation: it depends on the JDK alone and its packages form no cycle. */
class CoreArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mutualplan.core");

  @Test
  void coreDependsOnNothingButTheJdkAndImmutablesAnnotations() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("io.mutualplan.core..", "java..", "org.immutables.value..")
        .check(CORE);
  }

  @Test
  void coreHasNoPackageCycles() {
    slices().matching("io.mutualplan.core.(**)").should().beFreeOfCycles().check(CORE);
  }
}
