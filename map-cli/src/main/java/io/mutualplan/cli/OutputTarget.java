package io.mutualplan.cli;

import io.mutualplan.core.DisplayText;
import io.mutualplan.json.JsonDocuments;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where a command writes its result: standard output, or the file given with {@code -o}. Every
 * command writes through here, and so should every new one: the result is streamed (never built
 * as one string first), every write is checked (a failed write is bad input, exit code 2, with a
 * message, never a silent success), and a file is written as {@link OutputFile} describes
 * (atomically when it is a regular file or a new one).
 *
 * <p>Text for people goes through {@link #writeText}, in UTF-8; whatever text of the input it
 * contains must pass through {@link DisplayText} first.
 */
final class OutputTarget {
  /** Output is written in blocks of this size: few system calls, little memory. */
  static final int BUFFER_BYTES = 1 << 16;

  /**
   * The names of standard output. Through {@code /dev/stdout} the system would reopen whatever
   * standard output is: for a file opened by {@code >>}, at its start, writing over it, or
   * replaced by a new file. These names mean the process's own standard output instead.
   */
  private static final Set<String> STANDARD_OUTPUT =
      Set.of("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");

  /** Where the system shows the file that standard input reads, if it is one. */
  private static final String STANDARD_INPUT = "/dev/stdin";

  /** Something that writes a command's result as bytes. */
  @FunctionalInterface
  interface Body {
    /** Writes the whole result; the stream is buffered, and closed by the caller. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Something that writes a command's result as text. */
  @FunctionalInterface
  interface TextBody {
    /** Writes the whole result; the writer is buffered, flushed and closed by the caller. */
    void writeTo(Writer out) throws IOException;
  }

  private final Optional<OutputFile> file;
  private final OutputStream stdout;

  private OutputTarget(Optional<OutputFile> file, OutputStream stdout) {
    this.file = file;
    this.stdout = stdout;
  }

  /**
   * The target named by an {@code -o} argument: a file, or standard output when there is none or
   * it is {@code -} (or {@code /dev/stdout}).
   */
  static OutputTarget of(Optional<String> argument, OutputStream stdout) {
    if (argument.isEmpty() || STANDARD_OUTPUT.contains(argument.get())) {
      return new OutputTarget(Optional.empty(), stdout);
    }
    String given = argument.get();
    if (given.isEmpty()) {
      throw new BadInputException(
          "-o '' names no file; give a file name, or - for standard output");
    }
    // The path would drop the separator and write a file named like the directory.
    if (given.endsWith("/") || given.endsWith(File.separator)) {
      throw new BadInputException("-o " + given
          + " names a directory; give the name of the file to write in it");
    }
    try {
      return new OutputTarget(Optional.of(new OutputFile(given, Path.of(given))), stdout);
    } catch (InvalidPathException e) {
      throw new BadInputException(
          "cannot write " + given + ": not a valid path (" + e.getReason() + ")");
    }
  }

  /** Whether the result goes to standard output (and so, perhaps, to a terminal). */
  boolean isStandardOutput() {
    return file.isEmpty();
  }

  /**
   * Whether the result goes to this existing file, links followed: a command that reads the files
   * of a directory passes over its own earlier output.
   */
  boolean isFile(Path existing) {
    return file.isPresent() && file.get().isSameFile(existing);
  }

  /**
   * Refuses a file that is an input of the command and not the document it writes: {@code map
   * export plan.json --to xlsx -o plan.json} would replace the plan with a workbook. Only a
   * command that writes a plan back onto the plan it read may name that plan as its output.
   *
   * @param input the input's argument as given; {@code -} is standard input, refused when it is
   *     the output's file ({@code map export - --to xlsx -o plan.json < plan.json})
   * @param what what the input is, in the message: {@code "the plan"}, {@code "the table"}
   */
  void refuseToReplace(String input, String what) {
    Optional<Path> path = inputFile(input);
    if (path.isPresent() && isFile(path.get())) {
      throw replacing(what);
    }
  }

  /**
   * The refusal of an output that is an input, in the same words wherever it is found: {@code -o
   * plan.json is the plan this command reads; name another file}.
   *
   * @param what what the input is: {@code "the plan"}, {@code "a plan"}
   */
  BadInputException replacing(String what) {
    return new BadInputException("-o " + file.map(OutputFile::name).orElse("-") + " is " + what
        + " this command reads; name another file");
  }

  /**
   * The file an input's argument reads, if there is one to tell. Standard input is a file when
   * the shell gave one ({@code < plan.json}): the system names it {@code /dev/stdin}; where it has
   * no such name, or standard input is a pipe or a terminal, there is no file to keep.
   */
  private static Optional<Path> inputFile(String input) {
    try {
      if (!PlanSource.STDIN_ARGUMENT.equals(input)) {
        return Optional.of(Path.of(input));
      }
      Path stdin = Path.of(STANDARD_INPUT);
      return Files.isRegularFile(stdin) ? Optional.of(stdin) : Optional.empty();
    } catch (InvalidPathException | SecurityException e) {
      return Optional.empty(); // no file: reading it says why
    }
  }

  /** Writes a text result, in UTF-8. */
  void writeText(TextBody body) {
    write(out -> writeText(out, body));
  }

  /**
   * Writes text, in UTF-8, onto a result's stream: for a result written in parts ({@code map
   * portfolio} streams its rows first).
   */
  static void writeText(OutputStream out, TextBody body) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    body.writeTo(writer);
    writer.flush();
  }

  /**
   * Writes one of MAP's JSON documents. Like every MAP writer, it is canonical: no insignificant
   * whitespace unless pretty printing is asked for ({@code map format --pretty}); JSON output is
   * for programs, and people have the text format (or {@code jq}).
   */
  <T> void writeDocument(JsonDocuments<T> documents, T value) {
    write(out -> writeDocument(out, documents, value));
  }

  /** Writes a JSON document onto a result's stream, and the line break every output ends with. */
  static <T> void writeDocument(OutputStream out, JsonDocuments<T> documents, T value)
      throws IOException {
    documents.write(value, out);
    out.write('\n');
  }

  /**
   * Writes the result. The library's writers report a stream that cannot be written as an
   * {@link UncheckedIOException}; its cause is the write's failure, reported like any other.
   */
  void write(Body body) {
    Body checked = out -> {
      try {
        body.writeTo(out);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    };
    if (file.isPresent()) {
      file.get().write(checked);
    } else {
      writeToStandardOutput(checked);
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
      throw new BadInputException(
          "cannot write to standard output: " + PlanSource.reason(e) + "; the output is incomplete");
    }
  }
}
