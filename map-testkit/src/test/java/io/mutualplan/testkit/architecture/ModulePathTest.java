package io.mutualplan.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.json.MapJsonModule;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.testkit.PlanGenerators;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.apache.commons.numbers.combinatorics.BinomialCoefficient;
import org.apache.commons.numbers.core.Precision;
import org.apache.commons.numbers.fraction.Fraction;
import org.apache.commons.numbers.gamma.Gamma;
import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.BaseProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.PreconditionViolationException;
import org.opentest4j.AssertionFailedError;

/**
 * The published modules work as named modules on the module path, as a user's modular
 * application or test sees them: a client module is compiled against their descriptors and run in
 * a module layer of its own, with only the modules the descriptors require. (The rest of this
 * build runs its tests on the class path, where no descriptor is read.)
 */
class ModulePathTest {
  /**
   * map-core, map-rules, map-forecast, map-json and map-testkit, and the modules they require:
   * Jackson's, and the Apache Commons random generators and distributions of the forecast, whose
   * documents map-json reads.
   */
  private static final List<Path> PUBLISHED = List.of(
      locationOf(MutualActionPlan.class), locationOf(RuleEngine.class),
      locationOf(Forecaster.class), locationOf(MapJsonModule.class),
      locationOf(PlanGenerators.class), locationOf(JsonFactory.class),
      locationOf(ObjectMapper.class), locationOf(JsonProperty.class),
      locationOf(UniformRandomProvider.class), locationOf(BaseProvider.class),
      locationOf(RandomSource.class), locationOf(ContinuousSampler.class),
      locationOf(TriangularDistribution.class), locationOf(Precision.class),
      locationOf(Gamma.class), locationOf(Fraction.class), locationOf(BrentSolver.class),
      locationOf(BinomialCoefficient.class));

  /** JUnit's API and the modules it requires. */
  private static final List<Path> JUNIT = List.of(
      locationOf(Test.class), locationOf(PreconditionViolationException.class),
      locationOf(AssertionFailedError.class), locationOf(API.class), locationOf(Nullable.class));

  @TempDir
  Path work;

  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compiles a module of one class against a module path, and returns where its classes are. */
  private Path compile(String module, String requires, String className, String body,
      List<Path> modulePath) throws IOException {
    Path sources = work.resolve(module);
    Path packageDir = Files.createDirectories(sources.resolve(module.replace('.', '/')));
    Path moduleInfo = Files.writeString(sources.resolve("module-info.java"),
        "module " + module + " {\n" + requires + "  exports " + module + ";\n}\n");
    Path source = Files.writeString(packageDir.resolve(className + ".java"),
        "package " + module + ";\n\n" + body);
    Path classes = Files.createDirectories(work.resolve(module + "-classes"));
    StringWriter diagnostics = new StringWriter();
    int exit = ToolProvider.findFirst("javac").orElseThrow().run(
        new PrintWriter(diagnostics), new PrintWriter(diagnostics),
        "--release", "17", "-d", classes.toString(),
        "--module-path", modulePath.stream().map(Path::toString)
            .collect(Collectors.joining(File.pathSeparator)),
        moduleInfo.toString(), source.toString());
    assertThat(exit).as("%s compiles:%n%s", module, diagnostics).isZero();
    return classes;
  }

  /** A layer of the client module and what it requires, found on the module path only. */
  private static ModuleLayer layer(String root, Path client, List<Path> modulePath) {
    List<Path> paths = new ArrayList<>(modulePath);
    paths.add(client);
    Configuration configuration = ModuleLayer.boot().configuration().resolve(
        ModuleFinder.of(paths.toArray(new Path[0])), ModuleFinder.of(), Set.of(root));
    // The platform loader as parent: every class of these modules comes from the layer.
    return ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  private static String run(ModuleLayer layer, String module, String className) throws Exception {
    Class<?> type = layer.findLoader(module).loadClass(module + "." + className);
    assertThat(type.getModule().getName()).isEqualTo(module);
    return (String) type.getMethod("run").invoke(null);
  }

  @Test
  void aClientOfTheGeneratorsCompilesAndRunsWithoutJUnitOrArchUnit() throws Exception {
    // The model and the rules through the testkit's descriptor; map-json's Jackson module as a
    // service that map-json's descriptor provides.
    Path client = compile("com.example.generators",
        "  requires io.mutualplan.testkit;\n  requires com.fasterxml.jackson.databind;\n",
        "Generate", String.join("\n",
            "import com.fasterxml.jackson.databind.ObjectMapper;",
            "import io.mutualplan.core.MutualActionPlan;",
            "import io.mutualplan.rules.QualityReport;",
            "import io.mutualplan.rules.RuleEngine;",
            "import io.mutualplan.testkit.PlanGenerators;",
            "import java.time.LocalDate;",
            "import java.util.SplittableRandom;",
            "",
            "public final class Generate {",
            "  public static String run() throws Exception {",
            "    MutualActionPlan plan =",
            "        PlanGenerators.validPlans().milestones(5, 7).plan(new SplittableRandom(7));",
            "    QualityReport report =",
            "        RuleEngine.builder().build().evaluate(plan, LocalDate.of(2027, 1, 4));",
            "    ObjectMapper mapper = new ObjectMapper()",
            "        .registerModules(ObjectMapper.findModules(Generate.class.getClassLoader()));",
            "    return plan.milestones().size() + \" milestones, \" + report.findings().size()",
            "        + \" findings\\n\" + mapper.writeValueAsString(plan);",
            "  }",
            "}",
            ""),
        PUBLISHED);
    ModuleLayer layer = layer("com.example.generators", client, PUBLISHED);

    assertThat(layer.modules()).extracting(Module::getName).containsExactlyInAnyOrder(
        "com.example.generators", "io.mutualplan.testkit", "io.mutualplan.json",
        "io.mutualplan.rules", "io.mutualplan.core", "io.mutualplan.forecast",
        "com.fasterxml.jackson.databind", "com.fasterxml.jackson.core",
        "com.fasterxml.jackson.annotation", "org.apache.commons.rng.api",
        "org.apache.commons.rng.core", "org.apache.commons.rng.simple",
        "org.apache.commons.rng.sampling", "org.apache.commons.statistics.distribution",
        "org.apache.commons.numbers.core", "org.apache.commons.numbers.gamma",
        "org.apache.commons.numbers.fraction", "org.apache.commons.numbers.rootfinder",
        "org.apache.commons.numbers.combinatorics");
    assertThat(run(layer, "com.example.generators", "Generate"))
        .matches("(?s)[5-7] milestones, \\d+ findings\n\\{\"format\":\"mutual-action-plan/1\",.*");
  }

  @Test
  void aTestModuleThatRequiresJUnitRunsTheTestkitsPropertyRunner() throws Exception {
    List<Path> modulePath = new ArrayList<>(PUBLISHED);
    modulePath.addAll(JUNIT);
    Path client = compile("com.example.properties",
        "  requires io.mutualplan.testkit;\n  requires org.junit.jupiter.api;\n",
        "Properties", String.join("\n",
            "import io.mutualplan.testkit.PlanGenerators;",
            "import io.mutualplan.testkit.PlanProperties;",
            "import org.junit.jupiter.api.Assertions;",
            "",
            "public final class Properties {",
            "  public static String run() {",
            "    PlanProperties.forAll(PlanGenerators.validPlans().milestones(1, 3)).cases(20)",
            "        .check(plan -> Assertions.assertFalse(plan.milestones().isEmpty()));",
            "    return \"20 cases passed\";",
            "  }",
            "}",
            ""),
        modulePath);
    ModuleLayer layer = layer("com.example.properties", client, modulePath);

    // The testkit reads JUnit's API, which it requires statically, because the test requires it.
    Module testkit = layer.findModule("io.mutualplan.testkit").orElseThrow();
    assertThat(testkit.canRead(layer.findModule("org.junit.jupiter.api").orElseThrow())).isTrue();
    assertThat(run(layer, "com.example.properties", "Properties")).isEqualTo("20 cases passed");
  }

  @Test
  void theTestkitRequiresJUnitAndArchUnitStaticallyAndNotTransitively() {
    ModuleDescriptor testkit = ModuleFinder.of(locationOf(PlanGenerators.class))
        .find("io.mutualplan.testkit").orElseThrow().descriptor();
    assertThat(testkit.requires()).filteredOn(requires -> requires.name().startsWith("org.junit")
            || requires.name().equals("com.tngtech.archunit"))
        .extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder(
            "org.junit.jupiter.api", "org.junit.platform.commons", "com.tngtech.archunit");
    assertThat(testkit.requires()).filteredOn(requires -> requires.name().startsWith("org.junit")
            || requires.name().equals("com.tngtech.archunit"))
        .allSatisfy(requires -> assertThat(requires.modifiers())
            .containsExactly(ModuleDescriptor.Requires.Modifier.STATIC));
  }
}
