package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The example plans of the project, shipped in this jar and loadable by name: real-looking plans
 * for tests, from a good mutual action plan to a seller's close plan in disguise.
 *
 * <pre>{@code
 * MutualActionPlan acme = Fixtures.plan("acme-go-live");
 * String json = Fixtures.json("acme-go-live");
 * }</pre>
 *
 * <p>The names are those of the files in the repository's {@code examples/} folder, without
 * {@code .json}: see {@link #names()}.
 */
public final class Fixtures {
  private static final String FOLDER = "/io/mutualplan/testkit/fixtures/";

  /** The example plans, in alphabetical order; a test keeps this list equal to the folder. */
  private static final List<String> NAMES = List.of(
      "acme-go-live",
      "acme-next-week",
      "classic-mistakes",
      "close-plan-in-disguise",
      "lightweight-email-plan",
      "seven-step-template");

  private Fixtures() {}

  /**
   * The names of the example plans.
   *
   * @return the names, e.g. {@code acme-go-live}, in alphabetical order
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * An example plan, read by map-json's standard (strict) reader.
   *
   * @param name the example's name, e.g. {@code acme-go-live}
   * @return the plan
   * @throws IllegalArgumentException when there is no example of that name; the message lists
   *     the names there are
   */
  public static MutualActionPlan plan(String name) {
    Objects.requireNonNull(name, "name");
    return MapJson.standard().plans().read(json(name));
  }

  /**
   * The plan document of an example, as it is in the repository.
   *
   * @param name the example's name, e.g. {@code acme-go-live}
   * @return the JSON text
   * @throws IllegalArgumentException when there is no example of that name; the message lists
   *     the names there are
   */
  public static String json(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "there is no example plan named '" + name + "'; the examples are " + NAMES);
    }
    try (InputStream in = Fixtures.class.getResourceAsStream(FOLDER + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the example plan '" + name
            + "' is missing from the map-testkit jar; the build did not copy examples/");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the example plan '" + name + "'", e);
    }
  }
}
