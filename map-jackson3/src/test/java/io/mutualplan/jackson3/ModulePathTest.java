package io.mutualplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.json.MapJson;
import io.mutualplan.json.MapJsonModule;
import io.mutualplan.rules.RuleEngine;
import java.io.File;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jackson 2 and Jackson 3 side by side on the module path, as a user's modular service sees them:
 * a client module is compiled against the real jars' descriptors and run in a module layer of its
 * own, with only the modules they require, and each mapper finds its MAP module as a service.
 */
class ModulePathTest {
  private static final String CLIENT = "com.example.dealdesk";

  /** map-core, map-rules, map-json, map-jackson3, and both Jackson generations. */
  private static final List<Path> MODULE_PATH = List.of(
      locationOf(MutualActionPlan.class), locationOf(RuleEngine.class),
      locationOf(MapJsonModule.class), locationOf(MapJackson3Module.class),
      locationOf(Forecaster.class),
      locationOf(UniformRandomProvider.class), locationOf(BaseProvider.class),
      locationOf(RandomSource.class), locationOf(ContinuousSampler.class),
      locationOf(TriangularDistribution.class), locationOf(Precision.class),
      locationOf(Gamma.class), locationOf(Fraction.class), locationOf(BrentSolver.class),
      locationOf(BinomialCoefficient.class),
      locationOf(com.fasterxml.jackson.core.JsonFactory.class),
      locationOf(com.fasterxml.jackson.databind.ObjectMapper.class),
      locationOf(JsonProperty.class),
      locationOf(tools.jackson.core.json.JsonFactory.class),
      locationOf(tools.jackson.databind.json.JsonMapper.class));

  @TempDir
  Path work;

  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aModularServiceUsesJackson2AndJackson3SideBySide() throws Exception {
    Path example = Path.of("..", "examples", "acme-go-live.json").toAbsolutePath();
    Path classes = compile(String.join("\n",
        "package " + CLIENT + ";",
        "",
        "import com.fasterxml.jackson.databind.ObjectMapper;",
        "import io.mutualplan.core.MutualActionPlan;",
        "import io.mutualplan.jackson3.InvalidDocumentException;",
        "import io.mutualplan.json.MapJson;",
        "import java.nio.file.Path;",
        "import tools.jackson.databind.json.JsonMapper;",
        "",
        "public final class SideBySide {",
        "  public record Deal(String account, MutualActionPlan plan) {}",
        "",
        "  public static String run() throws Exception {",
        "    ClassLoader loader = SideBySide.class.getClassLoader();",
        "    MutualActionPlan plan = MapJson.standard().plans()",
        "        .read(Path.of(\"" + example.toString().replace("\\", "\\\\") + "\"));",
        "    ObjectMapper jackson2 = new ObjectMapper()",
        "        .registerModules(ObjectMapper.findModules(loader));",
        "    JsonMapper jackson3 = JsonMapper.builder().findAndAddModules(loader).build();",
        "    String written = jackson3.writeValueAsString(new Deal(\"acme\", plan));",
        "    Deal read = jackson3.readValue(written, Deal.class);",
        "    String problem;",
        "    try {",
        "      jackson3.readValue(written.replace(\"\\\"side\\\":\\\"seller\\\"\",",
        "          \"\\\"side\\\":\\\"vendor\\\"\"), Deal.class);",
        "      problem = \"none\";",
        "    } catch (InvalidDocumentException e) {",
        "      problem = e.problems().get(0).toString();",
        "    }",
        "    return jackson2.writeValueAsString(plan).equals(jackson3.writeValueAsString(plan))",
        "        + \" \" + read.plan().equals(plan) + \" \" + written.startsWith(",
        "            \"{\\\"account\\\":\\\"acme\\\",\\\"plan\\\":{\\\"format\\\":\") + \"\\n\" + problem;",
        "  }",
        "}",
        ""));
    List<Path> paths = new ArrayList<>(MODULE_PATH);
    paths.add(classes);
    Configuration configuration = ModuleLayer.boot().configuration().resolve(
        ModuleFinder.of(paths.toArray(new Path[0])), ModuleFinder.of(), Set.of(CLIENT));
    // The platform loader as parent: every class of these modules comes from the layer.
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());

    assertThat(layer.modules()).extracting(Module::getName).containsExactlyInAnyOrder(
        CLIENT, "io.mutualplan.jackson3", "io.mutualplan.json", "io.mutualplan.rules",
        "io.mutualplan.core", "com.fasterxml.jackson.databind", "com.fasterxml.jackson.core",
        "com.fasterxml.jackson.annotation", "tools.jackson.databind", "tools.jackson.core",
        "io.mutualplan.forecast", "org.apache.commons.rng.api",
        "org.apache.commons.rng.core", "org.apache.commons.rng.simple",
        "org.apache.commons.rng.sampling", "org.apache.commons.statistics.distribution",
        "org.apache.commons.numbers.core", "org.apache.commons.numbers.gamma",
        "org.apache.commons.numbers.fraction", "org.apache.commons.numbers.rootfinder",
        "org.apache.commons.numbers.combinatorics");
    Class<?> client = layer.findLoader(CLIENT).loadClass(CLIENT + ".SideBySide");
    assertThat(client.getModule().getName()).isEqualTo(CLIENT);
    String broken = ("{\"account\":\"acme\",\"plan\":"
        + MapJson.standard().plans().write(MapJson.standard().plans().read(example)) + "}")
        .replace("\"side\":\"seller\"", "\"side\":\"vendor\"");
    assertThat((String) client.getMethod("run").invoke(null)).isEqualTo("true true true\n"
        + "/stakeholders/5/side (line 1, column " + (broken.indexOf("\"vendor\"") + 1) + "):"
        + " side: 'vendor' is not a side; expected one of: buyer, seller");
  }

  @Test
  void theDescriptorProvidesTheModuleToJackson3AndExportsNothingElse() {
    ModuleDescriptor descriptor = ModuleFinder.of(locationOf(MapJackson3Module.class))
        .find("io.mutualplan.jackson3").orElseThrow().descriptor();

    assertThat(descriptor.provides()).singleElement().satisfies(provides -> {
      assertThat(provides.service()).isEqualTo("tools.jackson.databind.JacksonModule");
      assertThat(provides.providers()).containsExactly(MapJackson3Module.class.getName());
    });
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.mutualplan.jackson3");
  }

  /** Compiles the client module: it requires MAP's Jackson 3 module and Jackson 2's databind. */
  private Path compile(String source) throws Exception {
    Path sources = work.resolve("src");
    Path packageDir = Files.createDirectories(sources.resolve(CLIENT.replace('.', '/')));
    Path moduleInfo = Files.writeString(sources.resolve("module-info.java"), "module " + CLIENT
        + " {\n  requires io.mutualplan.jackson3;\n  requires com.fasterxml.jackson.databind;\n"
        + "  exports " + CLIENT + ";\n}\n");
    Path file = Files.writeString(packageDir.resolve("SideBySide.java"), source);
    Path classes = Files.createDirectories(work.resolve("classes"));
    StringWriter diagnostics = new StringWriter();
    int exit = ToolProvider.findFirst("javac").orElseThrow().run(
        new PrintWriter(diagnostics), new PrintWriter(diagnostics),
        "--release", "17", "-d", classes.toString(),
        "--module-path", MODULE_PATH.stream().map(Path::toString)
            .collect(Collectors.joining(File.pathSeparator)),
        moduleInfo.toString(), file.toString());
    assertThat(exit).as("the client compiles:%n%s", diagnostics).isZero();
    return classes;
  }
}
