package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the JSON documents of one type (plans, schedules, reports, rule
 * configurations or forecasts) with the options of the {@link MapJson} it came from; made by {@link
 * MapJson#plans()} and its siblings. Immutable and thread-safe.
 *
 * <pre>{@code
 * JsonDocuments<MutualActionPlan> plans = MapJson.standard().plans();
 * MutualActionPlan plan = plans.read(Path.of("acme.json"));
 * String canonical = plans.write(plan);
 * }</pre>
 *
 * <p>Every source reads the same document the same way: bytes (an array, a stream, a file) are
 * UTF-8, or UTF-16 or UTF-32 as JSON allows, checked to be valid text; a leading byte order mark
 * is passed over whether the document comes as bytes or as characters. Reading fails with {@link
 * DocumentReadException} for everything it rejects, with the JSON Pointer, line and column of
 * each problem, and for I/O failures (a missing file). Streams and readers passed in are read to
 * the end of the document, neither closed nor buffered beyond what reading needs.
 *
 * <p>Writing is canonical: fields in the order of the format's tables, optional and default values
 * omitted, no insignificant whitespace, so that reading a canonical document and writing it gives
 * the same bytes; the pretty option indents with two spaces and ends lines with {@code \n}. No
 * output ends with a line break. Streams and writers passed in are flushed, not closed; files are
 * written as UTF-8, replacing what was there. Writing to a stream, writer or file fails with {@link
 * UncheckedIOException}.
 *
 * @param <T> the type of the documents
 */
public final class JsonDocuments<T> {
  private final Codec<T> codec;
  private final boolean lenient;
  private final boolean pretty;

  JsonDocuments(Codec<T> codec, boolean lenient, boolean pretty) {
    this.codec = codec;
    this.lenient = lenient;
    this.pretty = pretty;
  }

  /** Opens a parser over a source; may fail with I/O errors, reported as problems. */
  @FunctionalInterface
  private interface Opening {
    DocumentSources.Source open() throws IOException;
  }

  /**
   * Reads a document.
   *
   * @param json the document
   * @return the value, every rule of its format checked
   * @throws DocumentReadException for everything the reader rejects, with every problem found
   */
  public T read(String json) {
    Objects.requireNonNull(json, "json");
    return read(() -> DocumentSources.of(json));
  }

  /**
   * Reads a document from its bytes.
   *
   * @param json the document
   * @return the value, every rule of its format checked
   * @throws DocumentReadException for everything the reader rejects, with every problem found
   */
  public T read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(() -> DocumentSources.of(json));
  }

  /**
   * Reads a document from a stream, to its end; the stream is not closed.
   *
   * @param json the document's bytes
   * @return the value, every rule of its format checked
   * @throws DocumentReadException for everything the reader rejects and for I/O failures
   */
  public T read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(() -> DocumentSources.of(json));
  }

  /**
   * Reads a document from characters, to their end; the reader is not closed.
   *
   * @param json the document's characters
   * @return the value, every rule of its format checked
   * @throws DocumentReadException for everything the reader rejects and for I/O failures
   */
  public T read(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(() -> DocumentSources.of(json));
  }

  /**
   * Reads a document from a file.
   *
   * @param file the file
   * @return the value, every rule of its format checked
   * @throws DocumentReadException for everything the reader rejects, and when the file cannot be
   *     read (the message names the file)
   */
  public T read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (NoSuchFileException e) {
      throw cannotRead(file, "there is no such file");
    } catch (AccessDeniedException e) {
      throw cannotRead(file, "permission denied");
    } catch (IOException e) {
      throw cannotRead(file, Quote.oneLine(String.valueOf(e.getMessage())));
    } catch (DocumentReadException e) {
      if (Files.isDirectory(file)) {
        throw cannotRead(file, "it is a directory");
      }
      throw e;
    }
  }

  private T read(Opening source) {
    DocumentSources.Source opened;
    try {
      opened = source.open();
    } catch (MalformedTextException e) {
      // Bad bytes among the first few, found before the parser began.
      throw DocumentReadException.of(DocumentProblem.at("", e.line(), e.column(), e.getMessage()));
    } catch (IOException e) {
      throw DocumentReadException.of(DocumentProblem.unlocated("", "the document could not be"
          + " read: " + Quote.oneLine(String.valueOf(e.getMessage()))));
    }
    try (JsonParser parser = opened.parser()) {
      return codec.readDocument(parser, opened.text(), lenient);
    } catch (IOException e) {
      // Closing a parser over our own or the caller's source: nothing was lost.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Places problems found in a value after it was read from a document (by a rule engine that
   * checks a configuration, by a command that changed a plan) where the values they point at start
   * in that document, as the reader places its own problems.
   *
   * <pre>{@code
   * List<DocumentProblem> placed = json.ruleConfigurations().place(bytes, List.of(
   *     DocumentProblem.unlocated("/rules/seller-shar", "there is no rule 'seller-shar'")));
   * }</pre>
   *
   * @param json the document the value was read from
   * @param problems the problems, each with a JSON Pointer into the document; a line and column
   *     they already have is replaced
   * @return the same problems, in the same order, with the lines and columns where the values
   *     start (a pointer to a value the document does not have is placed at the nearest value that
   *     encloses it); without them when the document is not JSON
   */
  public List<DocumentProblem> place(byte[] json, List<DocumentProblem> problems) {
    Objects.requireNonNull(json, "json");
    ValuePlaces places = null;
    try (JsonParser parser = DocumentSources.of(json).parser()) {
      places = ValuePlaces.of(parser);
    } catch (IOException e) {
      // Not JSON: the problems are returned without places.
    }
    List<DocumentProblem> placed = new ArrayList<>(problems.size());
    for (DocumentProblem problem : problems) {
      long at = places == null ? ValuePlaces.UNKNOWN : places.locate(problem.pointer());
      placed.add(DocumentReader.problem(problem.pointer(), at, problem.message(),
          problem.unknownField()));
    }
    return List.copyOf(placed);
  }

  private static DocumentReadException cannotRead(Path file, String why) {
    return DocumentReadException.of(DocumentProblem.unlocated("",
        "cannot read " + file + ": " + why));
  }

  /**
   * Writes a document.
   *
   * @param value the value
   * @return the document
   */
  public String write(T value) {
    StringWriter out = new StringWriter();
    write(value, out);
    return out.toString();
  }

  /**
   * Writes a document as UTF-8 bytes.
   *
   * @param value the value
   * @return the document
   */
  public byte[] writeBytes(T value) {
    // Jackson's segmented builder: growing it copies nothing, and the bytes are copied once.
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      write(value, out);
      return out.toByteArray();
    }
  }

  /**
   * Writes a document to a stream, as UTF-8; the stream is flushed, not closed.
   *
   * @param value the value
   * @param out the stream
   * @throws UncheckedIOException when writing fails; its cause is the stream's {@code IOException}
   */
  public void write(T value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    write(value, () -> DocumentSources.FACTORY.createGenerator(out, JsonEncoding.UTF8));
  }

  /**
   * Writes a document to a writer; the writer is flushed, not closed.
   *
   * @param value the value
   * @param out the writer
   * @throws UncheckedIOException when writing fails; its cause is the writer's {@code IOException}
   */
  public void write(T value, Writer out) {
    Objects.requireNonNull(out, "out");
    write(value, () -> DocumentSources.FACTORY.createGenerator(out));
  }

  /**
   * Writes a document to a file, as UTF-8, replacing the file if it exists.
   *
   * @param value the value
   * @param file the file
   * @throws UncheckedIOException when writing fails; the message names the file, the cause is the
   *     {@code IOException}
   */
  public void write(T value, Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  /** Opens a generator over a target. */
  @FunctionalInterface
  private interface Target {
    JsonGenerator open() throws IOException;
  }

  private void write(T value, Target target) {
    Objects.requireNonNull(value, "value");
    try (JsonGenerator gen = target.open()) {
      codec.write(pretty ? DocumentSources.pretty(gen) : gen, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the document: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "JSON documents of " + codec.type().getSimpleName()
        + (lenient ? ", read leniently" : "") + (pretty ? ", written pretty" : "");
  }
}
