package io.mutualplan.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command writes its result: standard output, or the file given with {@code -o}.
 *
 * <p>A file is written to a temporary file beside it and then moved over it, so a run that fails
 * half way never leaves a half-written file, and {@code map format plan.json -o plan.json} is
 * safe: the plan is read whole before anything is written.
 */
final class OutputTarget {
  private static final int BUFFER_BYTES = 1 << 16;

  /** Something that writes a command's result. */
  @FunctionalInterface
  interface Body {
    /** Writes the whole result; buffering is already done. */
    void writeTo(OutputStream out) throws IOException;
  }

  private final Optional<Path> file;
  private final String name;
  private final OutputStream stdout;

  private OutputTarget(Optional<Path> file, String name, OutputStream stdout) {
    this.file = file;
    this.name = name;
    this.stdout = stdout;
  }

  /**
   * The target named by an {@code -o} argument: a file, or standard output when there is none or
   * it is {@code -}.
   */
  static OutputTarget of(Optional<String> argument, OutputStream stdout) {
    if (argument.isEmpty() || argument.get().equals("-")) {
      return new OutputTarget(Optional.empty(), "<stdout>", stdout);
    }
    String given = argument.get();
    try {
      return new OutputTarget(Optional.of(Path.of(given)), given, stdout);
    } catch (InvalidPathException e) {
      throw new BadInputException("cannot write " + given + ": not a valid path (" + e.getReason() + ")");
    }
  }

  /** Whether the result goes to standard output (and so, perhaps, to a terminal). */
  boolean isStandardOutput() {
    return file.isEmpty();
  }

  /** Writes a text result, in UTF-8. */
  void writeText(String text) {
    write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes the result. */
  void write(Body body) {
    if (file.isEmpty()) {
      writeToStandardOutput(body);
    } else {
      writeAtomically(file.get(), body);
    }
  }

  private void writeToStandardOutput(Body body) {
    try {
      // Standard output belongs to the process, not to this run: flush it, never close it.
      OutputStream unclosable = new FilterOutputStream(stdout) {
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
      try (OutputStream out = new BufferedOutputStream(unclosable, BUFFER_BYTES)) {
        body.writeTo(out);
      }
    } catch (IOException e) {
      throw new BadInputException("cannot write to standard output: " + PlanSource.reason(e));
    }
  }

  private void writeAtomically(Path target, Body body) {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new BadInputException("cannot write " + name + ": no such directory");
    }
    if (Files.isDirectory(absolute)) {
      throw new BadInputException("cannot write " + name + ": it is a directory");
    }
    Path temporary = directory.resolve(temporaryName(absolute));
    OutputStream file;
    try {
      // CREATE_NEW (not createTempFile, whose file only its owner may read) so that the result
      // gets the permissions any new file gets.
      file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + name + ": " + PlanSource.reason(e));
    }
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(file, BUFFER_BYTES)) {
        body.writeTo(out);
      }
      move(temporary, absolute);
      moved = true;
    } catch (IOException e) {
      throw new BadInputException("cannot write " + name + ": " + PlanSource.reason(e));
    } finally {
      if (!moved) {
        deleteQuietly(temporary);
      }
    }
  }

  private static String temporaryName(Path target) {
    return "." + target.getFileName() + "."
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The run already failed and says why; a stray temporary file is the lesser problem.
    }
  }
}
