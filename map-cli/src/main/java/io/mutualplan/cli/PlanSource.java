package io.mutualplan.cli;

import io.mutualplan.core.PlanLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bytes of a {@code PLAN} (or {@code --config}, or {@code import}'s {@code TABLE}) argument: a
 * file, or standard input for {@code -}, read whole before parsing so that "cannot read the file" and "the file is not a plan"
 * stay distinct errors, and so that a problem found after reading can still be located in it.
 *
 * <p>Bytes are counted as they are read: a pipe, a device such as {@code /dev/zero} or a file of
 * {@code /proc} (whose size the system reports as 0) stops at the limit of a plan document like
 * any file, after {@value PlanLimits#MAX_DOCUMENT_BYTES} bytes. A table has the same limit: it
 * becomes a plan, and a table that large would make a plan beyond the format's limits anyway.
 *
 * @param name what error messages call it: the path as given, or {@code <stdin>}
 * @param bytes the document
 */
record PlanSource(String name, byte[] bytes) {

  /** What the {@code PLAN} argument {@code -} means. */
  static final String STDIN_ARGUMENT = "-";

  private static final int FIRST_CHUNK_BYTES = 1 << 16;
  private static final int LARGEST_CHUNK_BYTES = 1 << 24;

  /** What a source holds, in the words of its messages. */
  private enum Holds {
    PLAN("a plan file", "a plan document"),
    CONFIGURATION("a rule configuration file", "a rule configuration"),
    TABLE("a table", "a table");

    final String file;
    final String document;

    Holds(String file, String document) {
      this.file = file;
      this.document = document;
    }

    String tooLarge() {
      return "it is larger than 512 MiB, the limit of " + document;
    }
  }

  /** The file (or standard input) named by a {@code PLAN} argument. */
  static PlanSource read(String argument, InputStream stdin) {
    return read(argument, stdin, Holds.PLAN);
  }

  /** The file (or standard input) named by {@code check --config}. */
  static PlanSource readConfiguration(String argument, InputStream stdin) {
    return read(argument, stdin, Holds.CONFIGURATION);
  }

  /** The file (or standard input) named by {@code import}'s {@code TABLE} argument. */
  static PlanSource readTable(String argument, InputStream stdin) {
    return read(argument, stdin, Holds.TABLE);
  }

  private static PlanSource read(String argument, InputStream stdin, Holds holds) {
    PlanSource source = readBytes(argument, stdin, holds);
    if (startsLikeAWorkbook(source.bytes)) {
      notAWorkbook(argument, holds);
    }
    if (holds == Holds.PLAN) {
      tableKind(argument).filter(kind -> !startsLikeJson(source.bytes))
          .ifPresent(kind -> notATable(argument, kind));
    }
    return source;
  }

  /**
   * The kind of table a file's name says it is ({@code CSV} or {@code TSV}, for a name ending in
   * .csv or .tsv in any case), or empty. The name alone is not enough: a plan saved under such a
   * name still reads as a plan, and a broken one keeps its located JSON error.
   */
  private static Optional<String> tableKind(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return Optional.of("CSV");
    }
    return lower.endsWith(".tsv") ? Optional.of("TSV") : Optional.empty();
  }

  /**
   * Whether the first byte after a UTF-8 byte order mark and white space is an opening brace, as
   * in every plan document; bytes that are only white space count as JSON, so that an empty file is
   * said to be empty.
   */
  private static boolean startsLikeJson(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return b == '{';
      }
    }
    return true;
  }

  /** Refuses a table given where a plan is read: a wrong file, said as such, not broken JSON. */
  private static void notATable(String argument, String kind) {
    String table = "cannot read " + argument + ": it is a table (" + kind + "), not a plan file;"
        + " map import reads a table's rows into a plan";
    // map import takes .csv and .xlsx names only.
    throw new BadInputException(kind.equals("CSV") ? table : table + " once it is named .csv");
  }

  /**
   * Whether the bytes start as a zip file does, as an Excel workbook (.xlsx) does: a workbook
   * given where JSON or CSV is read is a wrong file, which its first bytes tell, not broken text.
   */
  private static boolean startsLikeAWorkbook(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3
        && bytes[3] == 4;
  }

  /** Refuses a workbook where it cannot be read; a table named .xlsx is one. */
  private static void notAWorkbook(String argument, Holds holds) {
    String workbook = "cannot read " + (STDIN_ARGUMENT.equals(argument) ? "<stdin>" : argument)
        + ": it is an Excel workbook (a zip file), ";
    if (holds == Holds.PLAN) {
      throw new BadInputException(
          workbook + "not " + holds.file + "; map import reads a workbook's MAP table");
    }
    if (holds != Holds.TABLE) {
      throw new BadInputException(workbook + "not " + holds.file);
    }
    if (STDIN_ARGUMENT.equals(argument)) {
      throw new BadInputException(workbook + "which cannot come from standard input, where a"
          + " table is CSV; give its file name");
    }
    if (TableFormat.ofFile(argument).filter(TableFormat.XLSX::equals).isEmpty()) {
      throw new BadInputException(
          workbook + "not CSV; give it a name that ends in .xlsx, or save it as CSV UTF-8");
    }
  }

  private static PlanSource readBytes(String argument, InputStream stdin, Holds holds) {
    if (STDIN_ARGUMENT.equals(argument)) {
      return new PlanSource("<stdin>", readAtMostTheLimit("standard input", stdin, 0, holds));
    }
    Path path = path(argument);
    refuseDirectory(argument, path, holds);
    try {
      // A file that says it is too large costs no time and no memory to reject. The size is only
      // what the file says: the bytes are counted as they come (/proc files say 0).
      long size = Files.isRegularFile(path) ? Files.size(path) : 0;
      if (size > PlanLimits.MAX_DOCUMENT_BYTES) {
        throw new BadInputException("cannot read " + argument + ": " + holds.tooLarge());
      }
      try (InputStream in = Files.newInputStream(path)) {
        return new PlanSource(argument, readAtMostTheLimit(argument, in, size, holds));
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read " + argument + ": " + reason(e));
    }
  }

  /**
   * Refuses a {@code TABLE} argument that names a directory or no file, in the words reading it
   * would use: said before anything else is, such as what kind of table its name does not tell.
   */
  static void requireTableFile(String argument) {
    Path path = path(argument);
    refuseDirectory(argument, path, Holds.TABLE);
    if (Files.notExists(path)) {
      throw new BadInputException("cannot read " + argument + ": no such file");
    }
  }

  private static void refuseDirectory(String argument, Path path, Holds holds) {
    if (Files.isDirectory(path)) {
      throw new BadInputException(
          "cannot read " + argument + ": it is a directory, not " + holds.file);
    }
  }

  /**
   * The path an input's argument names. An empty argument is refused rather than taken for the
   * current directory, which is what the system makes of it: it is most often a shell variable
   * that was never set.
   */
  static Path path(String argument) {
    if (argument.isEmpty()) {
      throw new BadInputException(
          "'' names no file; give a file name, or - for standard input");
    }
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw new BadInputException(
          "cannot read " + argument + ": not a valid path (" + e.getReason() + ")");
    }
  }

  /**
   * Reads a stream to its end, unless it holds more than a plan document may: then it stops as
   * soon as the count passes the limit, holding no more than the limit in memory.
   *
   * @param expectedBytes what the stream is expected to hold (a file's size), or 0 when unknown:
   *     a file read in one piece costs no copy
   */
  private static byte[] readAtMostTheLimit(String name, InputStream in, long expectedBytes,
      Holds holds) {
    List<byte[]> chunks = new ArrayList<>();
    long total = 0;
    int chunkSize = (int) Math.max(FIRST_CHUNK_BYTES, expectedBytes);
    try {
      int first = -1; // a byte read ahead to learn whether the stream had ended
      while (true) {
        byte[] chunk = new byte[chunkSize];
        int offset = 0;
        if (first >= 0) {
          chunk[offset++] = (byte) first;
        }
        int read = offset + in.readNBytes(chunk, offset, chunkSize - offset);
        total += read - offset;
        if (total > PlanLimits.MAX_DOCUMENT_BYTES) {
          throw new BadInputException("cannot read " + name + ": " + holds.tooLarge());
        }
        chunks.add(read == chunkSize ? chunk : Arrays.copyOf(chunk, read));
        first = read == chunkSize ? in.read() : -1;
        if (first < 0) {
          break;
        }
        total++;
        chunkSize = Math.min(chunkSize * 2, LARGEST_CHUNK_BYTES);
      }
      return join(chunks, (int) total);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + name + ": " + reason(e));
    }
  }

  private static byte[] join(List<byte[]> chunks, int length) {
    if (chunks.size() == 1) {
      return chunks.get(0);
    }
    byte[] bytes = new byte[length];
    int offset = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, bytes, offset, chunk.length);
      offset += chunk.length;
    }
    return bytes;
  }

  /** The cause of an I/O failure in words, without the exception's class name. */
  static String reason(IOException failure) {
    if (failure instanceof NoSuchFileException) {
      return "no such file";
    }
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = failure instanceof FileSystemException
        ? ((FileSystemException) failure).getReason()
        : failure.getMessage();
    if (message == null || message.isBlank()) {
      return failure.getClass().getSimpleName();
    }
    // The system's words ("No space left on device") continue our sentence.
    return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }
}
