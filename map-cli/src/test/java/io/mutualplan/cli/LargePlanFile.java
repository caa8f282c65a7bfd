package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import io.mutualplan.testkit.PlanGenerators;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a large plan file for the command line's end-to-end runs and for measuring it: {@code
 * milestones} milestones and three times as many dependencies in a random DAG, a weekday calendar
 * with holidays, seeded so every run writes the same bytes.
 *
 * <pre>
 * java -cp ... io.mutualplan.cli.LargePlanFile /tmp/big.json 100000
 * </pre>
 */
final class LargePlanFile {
  private LargePlanFile() {}

  /** Writes the plan of {@code milestones} milestones to {@code file}. */
  static Path write(Path file, int milestones) throws IOException {
    MutualActionPlan plan = PlanGenerators.largePlans(milestones, 3L * milestones)
        .plan(new SplittableRandom(20261122L));
    try (OutputStream out = Files.newOutputStream(file)) {
      MapJson.standard().plans().write(plan, out);
    }
    return file;
  }

  /**
   * Writes a large plan file.
   *
   * @param args the file, and the number of milestones (100,000 when not given)
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int milestones = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Path file = write(Path.of(args[0]), milestones);
    System.out.println(file + ": " + milestones + " milestones, " + Files.size(file) + " bytes");
  }
}
