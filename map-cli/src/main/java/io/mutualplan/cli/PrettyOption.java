package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.JsonDocuments;
import io.mutualplan.json.MapJson;
import picocli.CommandLine.Option;

/** {@code --pretty}, for the commands that write a plan document. */
final class PrettyOption {
  @Option(
      names = "--pretty",
      order = 4,
      description = "Indent the plan document for people to read (two spaces, one value per "
          + "line), so that a hand-formatted file stays readable.")
  private boolean pretty;

  /** Plan documents, written indented when {@code --pretty} is given. */
  JsonDocuments<MutualActionPlan> plans() {
    return MapJson.standard().withPretty(pretty).plans();
  }
}
