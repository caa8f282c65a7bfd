package io.mutualplan.cli;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import picocli.CommandLine.Option;

/**
 * {@code --rules JAR} and the {@code MAP_RULES} environment variable: jars of custom quality
 * rules for the commands that check a plan.
 *
 * <p>{@code java -jar} ignores the class path ({@code -cp}), so jars cannot be added to it the
 * usual way: the command loads them itself, with a class loader of its own, and {@link
 * java.util.ServiceLoader} finds their {@code QualityRuleProvider}s there.
 */
final class RulesOption {
  /** The environment variable that names rule jars for every run, separated like a class path. */
  static final String VARIABLE = "MAP_RULES";

  @Option(
      names = "--rules",
      order = 6,
      paramLabel = "JAR",
      description = "A jar of custom quality rules, its QualityRuleProvider listed in "
          + "META-INF/services. Repeat it for several jars; the jars in the MAP_RULES environment "
          + "variable (separated by ${sys:path.separator}) are used too.")
  private List<String> jars = new ArrayList<>();

  /** The jars given, with {@code --rules} and in {@code MAP_RULES}: inputs that -o must keep. */
  List<OutputCommand.Input> inputs(CliEnvironment environment) {
    List<OutputCommand.Input> inputs = new ArrayList<>();
    named(environment).forEach(jar -> inputs.add(new OutputCommand.Input(jar, "a rules jar")));
    return inputs;
  }

  /**
   * The rules of the jars given, loaded: the caller closes them once the rules have run.
   *
   * @throws BadInputException when a jar cannot be read, or the jars provide no rules at all
   */
  CustomRules load(CliEnvironment environment) {
    List<String> named = named(environment);
    if (named.isEmpty()) {
      return CustomRules.none(parentLoader());
    }
    List<URL> urls = new ArrayList<>(named.size());
    for (String jar : named) {
      urls.add(url(jar, jars.contains(jar) ? "--rules" : VARIABLE));
    }
    URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), parentLoader());
    CustomRules rules = CustomRules.from(loader);
    if (!rules.hasProviders()) {
      rules.close();
      throw new BadInputException("no rules in " + String.join(", ", named) + ": "
          + (named.size() == 1 ? "it has no " : "none of them has ") + CustomRules.SERVICE_FILE);
    }
    return rules;
  }

  /** The jars of {@code --rules}, then those of {@code MAP_RULES}. */
  private List<String> named(CliEnvironment environment) {
    List<String> named = new ArrayList<>(jars);
    String fromVariable = environment.variable(VARIABLE).orElse("");
    for (String entry : fromVariable.split(File.pathSeparator, -1)) {
      if (!entry.isBlank()) {
        named.add(entry);
      }
    }
    return named;
  }

  private static ClassLoader parentLoader() {
    return RulesOption.class.getClassLoader();
  }

  /** A jar's URL, once it is known to be a jar that can be read. */
  private static URL url(String jar, String from) {
    String what = "cannot read " + jar + " (" + from + "): ";
    Path path;
    try {
      path = Path.of(jar);
    } catch (InvalidPathException e) {
      throw new BadInputException(what + "not a valid path (" + e.getReason() + ")");
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(
          what + (Files.exists(path) ? "not a jar file" : "no such file"));
    }
    // Opening it is the check: a file that is not a zip fails here, not in the ServiceLoader.
    try (JarFile opened = new JarFile(path.toFile())) {
      opened.getManifest();
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new BadInputException(what + "not a valid path (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new BadInputException(what + "not a jar file (" + PlanSource.reason(e) + ")");
    }
  }
}
