package io.mutualplan.cli;

import io.mutualplan.core.PlanLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bytes of the {@code PLAN} argument: a file, or standard input for {@code -}, read whole
 * before parsing so that "cannot read the file" and "the file is not a plan" stay distinct errors.
 *
 * @param name what error messages call it: the path as given, or {@code <stdin>}
 * @param bytes the document
 */
record PlanSource(String name, byte[] bytes) {

  /** What the {@code PLAN} argument {@code -} means. */
  static final String STDIN_ARGUMENT = "-";

  private static final String TOO_LARGE =
      "it is larger than 512 MiB, the limit of a plan document";

  /** The file (or standard input) named by a {@code PLAN} argument. */
  static PlanSource read(String argument, InputStream stdin) {
    if (STDIN_ARGUMENT.equals(argument)) {
      byte[] bytes;
      try {
        bytes = stdin.readNBytes((int) PlanLimits.MAX_DOCUMENT_BYTES + 1);
      } catch (IOException | OutOfMemoryError e) {
        throw new BadInputException("cannot read standard input: " + reason(e));
      }
      if (bytes.length > PlanLimits.MAX_DOCUMENT_BYTES) {
        throw new BadInputException("cannot read standard input: " + TOO_LARGE);
      }
      return new PlanSource("<stdin>", bytes);
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      throw new BadInputException("cannot read " + argument + ": not a valid path (" + e.getReason() + ")");
    }
    if (Files.isDirectory(path)) {
      throw new BadInputException("cannot read " + argument + ": it is a directory, not a plan file");
    }
    try {
      // Checked before reading, so that a huge file costs no memory to reject.
      if (Files.size(path) > PlanLimits.MAX_DOCUMENT_BYTES) {
        throw new BadInputException("cannot read " + argument + ": " + TOO_LARGE);
      }
      return new PlanSource(argument, Files.readAllBytes(path));
    } catch (IOException | OutOfMemoryError e) {
      throw new BadInputException("cannot read " + argument + ": " + reason(e));
    }
  }

  /** The cause of an I/O failure in words, without the exception's class name. */
  static String reason(Throwable failure) {
    if (failure instanceof NoSuchFileException) {
      return "no such file";
    }
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof OutOfMemoryError) {
      return "not enough memory to read it (" + failure.getMessage() + ")";
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
