package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.TemplateOutput;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.rules.RuleEngine;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
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

/**
 * Tests run on the class path; users may put MAP on the module path, where a template engine that
 * finds templates by reflection or through the context class loader would fail. This test loads
 * map-html as a named module beside map-core, map-rules, map-forecast (with the Apache Commons
 * modules it requires) and jte's runtime (and nothing else: no template compiler) in a layer of its own, and renders a page there.
 */
class ModulePathTest {
  private static Path locationOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void thePageRendersWhenMapHtmlIsANamedModuleWithOnlyJtesRuntime() throws Exception {
    ModuleFinder finder = ModuleFinder.of(locationOf(PlanPage.class),
        locationOf(MutualActionPlan.class), locationOf(RuleEngine.class),
        locationOf(TemplateOutput.class), locationOf(Forecaster.class),
        locationOf(UniformRandomProvider.class), locationOf(BaseProvider.class),
        locationOf(RandomSource.class), locationOf(ContinuousSampler.class),
        locationOf(TriangularDistribution.class), locationOf(Precision.class),
        locationOf(Gamma.class), locationOf(Fraction.class), locationOf(BrentSolver.class),
        locationOf(BinomialCoefficient.class));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("io.mutualplan.html"));
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("io.mutualplan.html");

    Object plan = aPlan(loader);
    Method render = loader.loadClass("io.mutualplan.html.PlanPage")
        .getMethod("render", plan.getClass(), LocalDate.class);
    String html = (String) render.invoke(null, plan, LocalDate.parse("2026-11-22"));

    assertThat(configuration.modules().stream().map(ResolvedModule::name)
        .collect(Collectors.toSet())).containsExactlyInAnyOrder(
            "io.mutualplan.html", "io.mutualplan.rules", "io.mutualplan.core", "gg.jte.runtime",
            "io.mutualplan.forecast", "org.apache.commons.rng.api",
            "org.apache.commons.rng.core", "org.apache.commons.rng.simple",
            "org.apache.commons.rng.sampling", "org.apache.commons.statistics.distribution",
            "org.apache.commons.numbers.core", "org.apache.commons.numbers.gamma",
            "org.apache.commons.numbers.fraction", "org.apache.commons.numbers.rootfinder",
            "org.apache.commons.numbers.combinatorics");
    assertThat(layer.findModule("io.mutualplan.html").orElseThrow().isNamed()).isTrue();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>Module path</h1>",
        "<rect class=\"bar\"", "Security review approved");
  }

  /** A plan of one three-day milestone, built through the layer's own map-core classes. */
  private static Object aPlan(ClassLoader loader) throws Exception {
    Class<?> planIds = loader.loadClass("io.mutualplan.core.PlanId");
    Class<?> milestoneIds = loader.loadClass("io.mutualplan.core.MilestoneId");
    Class<?> organizations = loader.loadClass("io.mutualplan.core.Organization");
    Object milestone = call(call(call(call(
        call(loader.loadClass("io.mutualplan.core.Milestone"), "builder"),
        "id", call(milestoneIds, "of", "security-review")),
        "title", "Security review approved"),
        "durationDays", 3), "build");
    Object plan = call(loader.loadClass("io.mutualplan.core.MutualActionPlan"), "builder");
    plan = call(plan, "id", call(planIds, "of", "module-path"));
    plan = call(plan, "title", "Module path");
    plan = call(plan, "buyer", call(organizations, "of", "Acme Corp"));
    plan = call(plan, "seller", call(organizations, "of", "Globex"));
    plan = call(plan, "addMilestone", milestone);
    return call(plan, "build");
  }

  /** Calls the static (on a class) or instance method of that name taking these arguments. */
  private static Object call(Object target, String name, Object... arguments) throws Exception {
    Class<?> type = target instanceof Class ? (Class<?>) target : target.getClass();
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length
          && (arguments.length == 0 || method.getParameterTypes()[0].isInstance(arguments[0])
              || method.getParameterTypes()[0] == int.class)) {
        return method.invoke(target instanceof Class ? null : target, arguments);
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }
}
