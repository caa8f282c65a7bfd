package io.mutualplan.benchmarks;

import io.mutualplan.json.MapJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link BenchmarkPlans#largePlan(int)} to a file, for the command-line benchmarks: the JMH
 * one writes it in its setup, and {@code run.sh} writes it with {@link #main(String[])} before
 * timing {@code java -jar map.jar} as a fresh process.
 */
public final class PlanFile {
  private PlanFile() {}

  /**
   * Writes the large plan of {@code milestones} milestones to {@code file}, replacing it.
   *
   * @param milestones milestones
   * @param file where to write the plan (canonical JSON)
   * @return the file
   */
  static Path write(int milestones, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MapJson.standard().plans().write(BenchmarkPlans.largePlan(milestones), file);
    return file;
  }

  /**
   * {@code java -cp benchmarks.jar io.mutualplan.benchmarks.PlanFile 100000 plan.json}.
   *
   * @param args the number of milestones and the file to write
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: PlanFile MILESTONES FILE");
      System.exit(2);
    }
    Path file = write(Integer.parseInt(args[0]), Path.of(args[1]));
    System.out.println(file);
  }
}
