package io.mutualplan.benchmarks;

import io.mutualplan.testkit.PlanGenerators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a pipeline of seven-milestone plans as NDJSON, for timing {@code map portfolio} as a fresh
 * process: the testkit's pipeline generator with its default mix (mostly plans, a few broken
 * lines), plans made for 2027-01-04.
 */
public final class PipelineFile {
  /** The seed of the recorded runs. */
  static final long SEED = 20_261_206L;

  private PipelineFile() {}

  /**
   * Writes {@code plans} lines to {@code file}, replacing it.
   *
   * @param plans how many lines
   * @param file where to write them
   * @return the file
   */
  static Path write(long plans, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        PlanGenerators.pipelines().milestones(7).write(new SplittableRandom(SEED), plans, out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code java -cp benchmarks.jar io.mutualplan.benchmarks.PipelineFile 100000 pipeline.ndjson}.
   *
   * @param args the number of lines and the file to write
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: PipelineFile LINES FILE");
      System.exit(2);
    }
    System.out.println(write(Long.parseLong(args[0]), Path.of(args[1])));
  }
}
