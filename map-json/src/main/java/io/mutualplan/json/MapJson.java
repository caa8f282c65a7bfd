package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.json.internal.Codec;
import io.mutualplan.json.internal.DocumentFactory;
import io.mutualplan.json.internal.FormatFailure;
import io.mutualplan.json.internal.FormatProblem;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The front door to MAP's JSON documents, for people who do not want to touch Jackson: reads and
 * writes {@code mutual-action-plan/1} plans, {@code mutual-action-plan-schedule/1} schedules,
 * {@code mutual-action-plan-report/1} quality reports and rule configurations.
 *
 * <pre>{@code
 * MutualActionPlan plan = MapJson.standard().readPlan(Path.of("acme.json"));
 * String canonical = MapJson.standard().writePlan(plan);
 * String forPeople = MapJson.standard().pretty().writePlan(plan);
 * MutualActionPlan fromCrm = MapJson.standard().lenient().readPlan(export);  // ignores unknown fields
 * }</pre>
 *
 * <p>A {@code MapJson} is an immutable configuration: share one across threads. Reading enforces
 * the format's limits (nesting deeper than 64, text over 10,000 characters, numbers longer than
 * 100 characters, more than 1,000,000 milestones or stakeholders, documents over 512 MiB) and
 * throws {@link PlanFormatException} for everything it rejects, with the JSON Pointer, line and
 * column of each problem; I/O failures while reading (a missing file) are reported the same way.
 * A document must hold exactly one JSON object: anything after it is a problem.
 *
 * <p>Writing is canonical: fields in the order of the format's tables, optional and default
 * values omitted, dependencies as bare ids where allowed, no insignificant whitespace; reading a
 * canonical document and writing it gives the same bytes. The pretty option indents with two
 * spaces and ends lines with {@code \n}; its output is stable the same way. No output ends with a
 * line break. Writing to a stream, writer or file fails with {@link UncheckedIOException}.
 *
 * <p>Streams and writers passed in are neither closed nor buffered beyond what reading needs; files
 * named by a {@link Path} are opened and closed here, and written as UTF-8.
 */
public final class MapJson {
  private static final MapJson STANDARD = new MapJson(false, false);

  private static final String PLAN_SCHEMA = "mutual-action-plan-1.schema.json";

  private final boolean lenient;
  private final boolean pretty;

  private MapJson(boolean lenient, boolean pretty) {
    this.lenient = lenient;
    this.pretty = pretty;
  }

  /**
   * Strict reading (unknown fields are an error) and compact canonical writing.
   *
   * @return the standard configuration
   */
  public static MapJson standard() {
    return STANDARD;
  }

  /**
   * The same configuration, reading leniently: unknown fields are ignored (still checked against
   * the reader's limits). Known fields are read as strictly as ever.
   *
   * @return a lenient configuration
   */
  public MapJson lenient() {
    return withLenient(true);
  }

  /**
   * The same configuration, writing for people: indented by two spaces, one value per line.
   *
   * @return a pretty-printing configuration
   */
  public MapJson pretty() {
    return withPretty(true);
  }

  /**
   * The same configuration with lenient reading on or off.
   *
   * @param lenient whether unknown fields are ignored
   * @return the configuration
   */
  public MapJson withLenient(boolean lenient) {
    return lenient == this.lenient ? this : new MapJson(lenient, pretty);
  }

  /**
   * The same configuration with pretty printing on or off.
   *
   * @param pretty whether to indent the output
   * @return the configuration
   */
  public MapJson withPretty(boolean pretty) {
    return pretty == this.pretty ? this : new MapJson(lenient, pretty);
  }

  /**
   * Whether unknown fields are ignored when reading.
   *
   * @return true when lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Whether output is indented.
   *
   * @return true when pretty printing
   */
  public boolean isPretty() {
    return pretty;
  }

  // ---- plans: reading --------------------------------------------------------------------------

  /**
   * Reads a plan document.
   *
   * @param json the document
   * @return the plan, every rule of the format checked
   * @throws PlanFormatException for everything the reader rejects, with every problem found
   */
  public MutualActionPlan readPlan(String json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.PLAN, () -> factory().createParser(json));
  }

  /**
   * Reads a plan document from bytes: UTF-8, or UTF-16 or UTF-32 as JSON allows.
   *
   * @param json the document
   * @return the plan, every rule of the format checked
   * @throws PlanFormatException for everything the reader rejects, with every problem found
   */
  public MutualActionPlan readPlan(byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.PLAN, () -> DocumentFactory.parser(json));
  }

  /**
   * Reads a plan document from a stream, to its end; the stream is not closed.
   *
   * @param json the document's bytes
   * @return the plan, every rule of the format checked
   * @throws PlanFormatException for everything the reader rejects and for I/O failures
   */
  public MutualActionPlan readPlan(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.PLAN, () -> DocumentFactory.parser(json));
  }

  /**
   * Reads a plan document from characters, to their end; the reader is not closed.
   *
   * @param json the document's characters
   * @return the plan, every rule of the format checked
   * @throws PlanFormatException for everything the reader rejects and for I/O failures
   */
  public MutualActionPlan readPlan(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.PLAN, () -> factory().createParser(json));
  }

  /**
   * Reads a plan document from a file.
   *
   * @param file the file
   * @return the plan, every rule of the format checked
   * @throws PlanFormatException for everything the reader rejects, and when the file cannot be
   *     read (the message names the file)
   */
  public MutualActionPlan readPlan(Path file) {
    return readFile(Codec.PLAN, file);
  }

  // ---- plans: writing --------------------------------------------------------------------------

  /**
   * Writes a plan document.
   *
   * @param plan the plan
   * @return the document
   */
  public String writePlan(MutualActionPlan plan) {
    return writeString(Codec.PLAN, plan);
  }

  /**
   * Writes a plan document as UTF-8 bytes.
   *
   * @param plan the plan
   * @return the document
   */
  public byte[] writePlanBytes(MutualActionPlan plan) {
    return writeBytes(Codec.PLAN, plan);
  }

  /**
   * Writes a plan document to a stream, as UTF-8; the stream is flushed, not closed.
   *
   * @param plan the plan
   * @param out the stream
   * @throws UncheckedIOException when the stream fails
   */
  public void writePlan(MutualActionPlan plan, OutputStream out) {
    writeStream(Codec.PLAN, plan, out);
  }

  /**
   * Writes a plan document to a writer; the writer is flushed, not closed.
   *
   * @param plan the plan
   * @param out the writer
   * @throws UncheckedIOException when the writer fails
   */
  public void writePlan(MutualActionPlan plan, Writer out) {
    writeWriter(Codec.PLAN, plan, out);
  }

  /**
   * Writes a plan document to a file, as UTF-8, replacing the file if it exists.
   *
   * @param plan the plan
   * @param file the file
   * @throws UncheckedIOException when the file cannot be written; the message names it
   */
  public void writePlan(MutualActionPlan plan, Path file) {
    writeFile(Codec.PLAN, plan, file);
  }

  // ---- schedules ----------------------------------------------------------------

  /**
   * Reads a schedule document, {@code mutual-action-plan-schedule/1}.
   *
   * @param json the document
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects, with every problem found
   */
  public Schedule readSchedule(String json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.SCHEDULE, () -> factory().createParser(json));
  }

  /**
   * Reads a schedule document, {@code mutual-action-plan-schedule/1}, from bytes.
   *
   * @param json the document
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects, with every problem found
   */
  public Schedule readSchedule(byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.SCHEDULE, () -> DocumentFactory.parser(json));
  }

  /**
   * Reads a schedule document, {@code mutual-action-plan-schedule/1}, from a stream that is not closed.
   *
   * @param json the document's bytes
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects and for I/O failures
   */
  public Schedule readSchedule(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.SCHEDULE, () -> DocumentFactory.parser(json));
  }

  /**
   * Reads a schedule document, {@code mutual-action-plan-schedule/1}, from characters; the reader is not closed.
   *
   * @param json the document's characters
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects and for I/O failures
   */
  public Schedule readSchedule(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.SCHEDULE, () -> factory().createParser(json));
  }

  /**
   * Reads a schedule document, {@code mutual-action-plan-schedule/1}, from a file.
   *
   * @param file the file
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects, and when the file cannot be
   *     read
   */
  public Schedule readSchedule(Path file) {
    return readFile(Codec.SCHEDULE, file);
  }

  /**
   * Writes a schedule document, {@code mutual-action-plan-schedule/1}.
   *
   * @param schedule the value
   * @return the document
   */
  public String writeSchedule(Schedule schedule) {
    return writeString(Codec.SCHEDULE, schedule);
  }

  /**
   * Writes a schedule document, {@code mutual-action-plan-schedule/1}, to a stream, as UTF-8; the stream is flushed, not closed.
   *
   * @param schedule the value
   * @param out the stream
   * @throws UncheckedIOException when the stream fails
   */
  public void writeSchedule(Schedule schedule, OutputStream out) {
    writeStream(Codec.SCHEDULE, schedule, out);
  }

  /**
   * Writes a schedule document, {@code mutual-action-plan-schedule/1}, to a writer; the writer is flushed, not closed.
   *
   * @param schedule the value
   * @param out the writer
   * @throws UncheckedIOException when the writer fails
   */
  public void writeSchedule(Schedule schedule, Writer out) {
    writeWriter(Codec.SCHEDULE, schedule, out);
  }

  /**
   * Writes a schedule document, {@code mutual-action-plan-schedule/1}, to a file, as UTF-8, replacing the file if it exists.
   *
   * @param schedule the value
   * @param file the file
   * @throws UncheckedIOException when the file cannot be written; the message names it
   */
  public void writeSchedule(Schedule schedule, Path file) {
    writeFile(Codec.SCHEDULE, schedule, file);
  }

  // ---- reports ----------------------------------------------------------------

  /**
   * Reads a quality report document, {@code mutual-action-plan-report/1}.
   *
   * @param json the document
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects, with every problem found
   */
  public QualityReport readReport(String json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.REPORT, () -> factory().createParser(json));
  }

  /**
   * Reads a quality report document, {@code mutual-action-plan-report/1}, from bytes.
   *
   * @param json the document
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects, with every problem found
   */
  public QualityReport readReport(byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.REPORT, () -> DocumentFactory.parser(json));
  }

  /**
   * Reads a quality report document, {@code mutual-action-plan-report/1}, from a stream that is not closed.
   *
   * @param json the document's bytes
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects and for I/O failures
   */
  public QualityReport readReport(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.REPORT, () -> DocumentFactory.parser(json));
  }

  /**
   * Reads a quality report document, {@code mutual-action-plan-report/1}, from characters; the reader is not closed.
   *
   * @param json the document's characters
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects and for I/O failures
   */
  public QualityReport readReport(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.REPORT, () -> factory().createParser(json));
  }

  /**
   * Reads a quality report document, {@code mutual-action-plan-report/1}, from a file.
   *
   * @param file the file
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects, and when the file cannot be
   *     read
   */
  public QualityReport readReport(Path file) {
    return readFile(Codec.REPORT, file);
  }

  /**
   * Writes a quality report document, {@code mutual-action-plan-report/1}.
   *
   * @param report the value
   * @return the document
   */
  public String writeReport(QualityReport report) {
    return writeString(Codec.REPORT, report);
  }

  /**
   * Writes a quality report document, {@code mutual-action-plan-report/1}, to a stream, as UTF-8; the stream is flushed, not closed.
   *
   * @param report the value
   * @param out the stream
   * @throws UncheckedIOException when the stream fails
   */
  public void writeReport(QualityReport report, OutputStream out) {
    writeStream(Codec.REPORT, report, out);
  }

  /**
   * Writes a quality report document, {@code mutual-action-plan-report/1}, to a writer; the writer is flushed, not closed.
   *
   * @param report the value
   * @param out the writer
   * @throws UncheckedIOException when the writer fails
   */
  public void writeReport(QualityReport report, Writer out) {
    writeWriter(Codec.REPORT, report, out);
  }

  /**
   * Writes a quality report document, {@code mutual-action-plan-report/1}, to a file, as UTF-8, replacing the file if it exists.
   *
   * @param report the value
   * @param file the file
   * @throws UncheckedIOException when the file cannot be written; the message names it
   */
  public void writeReport(QualityReport report, Path file) {
    writeFile(Codec.REPORT, report, file);
  }

  // ---- ruleConfigurations ----------------------------------------------------------------

  /**
   * Reads a rule configuration document ({@code {"rules": {"seller-share": {"enabled": true, "severity": "warning", "parameters": {"maxShare": 0.7}}}}}; whether each rule and parameter exists is checked by the {@code RuleEngine} it is given to).
   *
   * @param json the document
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects, with every problem found
   */
  public RuleConfiguration readRuleConfiguration(String json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.RULE_CONFIGURATION, () -> factory().createParser(json));
  }

  /**
   * Reads a rule configuration document ({@code {"rules": {"seller-share": {"enabled": true, "severity": "warning", "parameters": {"maxShare": 0.7}}}}}; whether each rule and parameter exists is checked by the {@code RuleEngine} it is given to), from bytes.
   *
   * @param json the document
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects, with every problem found
   */
  public RuleConfiguration readRuleConfiguration(byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.RULE_CONFIGURATION, () -> DocumentFactory.parser(json));
  }

  /**
   * Reads a rule configuration document ({@code {"rules": {"seller-share": {"enabled": true, "severity": "warning", "parameters": {"maxShare": 0.7}}}}}; whether each rule and parameter exists is checked by the {@code RuleEngine} it is given to), from a stream that is not closed.
   *
   * @param json the document's bytes
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects and for I/O failures
   */
  public RuleConfiguration readRuleConfiguration(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.RULE_CONFIGURATION, () -> DocumentFactory.parser(json));
  }

  /**
   * Reads a rule configuration document ({@code {"rules": {"seller-share": {"enabled": true, "severity": "warning", "parameters": {"maxShare": 0.7}}}}}; whether each rule and parameter exists is checked by the {@code RuleEngine} it is given to), from characters; the reader is not closed.
   *
   * @param json the document's characters
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects and for I/O failures
   */
  public RuleConfiguration readRuleConfiguration(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(Codec.RULE_CONFIGURATION, () -> factory().createParser(json));
  }

  /**
   * Reads a rule configuration document ({@code {"rules": {"seller-share": {"enabled": true, "severity": "warning", "parameters": {"maxShare": 0.7}}}}}; whether each rule and parameter exists is checked by the {@code RuleEngine} it is given to), from a file.
   *
   * @param file the file
   * @return the value read
   * @throws PlanFormatException for everything the reader rejects, and when the file cannot be
   *     read
   */
  public RuleConfiguration readRuleConfiguration(Path file) {
    return readFile(Codec.RULE_CONFIGURATION, file);
  }

  /**
   * Writes a rule configuration document ({@code {"rules": {"seller-share": {"enabled": true, "severity": "warning", "parameters": {"maxShare": 0.7}}}}}; whether each rule and parameter exists is checked by the {@code RuleEngine} it is given to).
   *
   * @param configuration the value
   * @return the document
   */
  public String writeRuleConfiguration(RuleConfiguration configuration) {
    return writeString(Codec.RULE_CONFIGURATION, configuration);
  }

  /**
   * Writes a rule configuration document ({@code {"rules": {"seller-share": {"enabled": true, "severity": "warning", "parameters": {"maxShare": 0.7}}}}}; whether each rule and parameter exists is checked by the {@code RuleEngine} it is given to), to a stream, as UTF-8; the stream is flushed, not closed.
   *
   * @param configuration the value
   * @param out the stream
   * @throws UncheckedIOException when the stream fails
   */
  public void writeRuleConfiguration(RuleConfiguration configuration, OutputStream out) {
    writeStream(Codec.RULE_CONFIGURATION, configuration, out);
  }

  /**
   * Writes a rule configuration document ({@code {"rules": {"seller-share": {"enabled": true, "severity": "warning", "parameters": {"maxShare": 0.7}}}}}; whether each rule and parameter exists is checked by the {@code RuleEngine} it is given to), to a writer; the writer is flushed, not closed.
   *
   * @param configuration the value
   * @param out the writer
   * @throws UncheckedIOException when the writer fails
   */
  public void writeRuleConfiguration(RuleConfiguration configuration, Writer out) {
    writeWriter(Codec.RULE_CONFIGURATION, configuration, out);
  }

  /**
   * Writes a rule configuration document ({@code {"rules": {"seller-share": {"enabled": true, "severity": "warning", "parameters": {"maxShare": 0.7}}}}}; whether each rule and parameter exists is checked by the {@code RuleEngine} it is given to), to a file, as UTF-8, replacing the file if it exists.
   *
   * @param configuration the value
   * @param file the file
   * @throws UncheckedIOException when the file cannot be written; the message names it
   */
  public void writeRuleConfiguration(RuleConfiguration configuration, Path file) {
    writeFile(Codec.RULE_CONFIGURATION, configuration, file);
  }

  // ---- the schema ------------------------------------------------------------------------------

  /**
   * The JSON Schema (draft 2020-12) of {@code mutual-action-plan/1}, shipped in this jar. It
   * describes the document's shape (fields, types, spellings, patterns); the rules between values
   * (references, order of dates) are checked only by the reader.
   *
   * @return the schema's location in the jar
   */
  public static URL planSchema() {
    URL url = MapJson.class.getResource(PLAN_SCHEMA);
    if (url == null) {
      throw new IllegalStateException("the jar is missing " + PLAN_SCHEMA);
    }
    return url;
  }

  /**
   * The text of {@link #planSchema()}.
   *
   * @return the schema, a JSON document
   */
  public static String planSchemaText() {
    try (InputStream in = MapJson.class.getResourceAsStream(PLAN_SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("the jar is missing " + PLAN_SCHEMA);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PLAN_SCHEMA + " from the jar", e);
    }
  }

  // ---- shared ----------------------------------------------------------------------------------

  private static JsonFactory factory() {
    return DocumentFactory.factory();
  }

  /** Opens a parser; may fail with I/O errors (reported as problems). */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private <T> T read(Codec<T> codec, ParserSource source) {
    JsonParser parser;
    try {
      parser = source.open();
    } catch (IOException e) {
      throw PlanFormatException.from(FormatFailure.of(DocumentFactory.malformedText(e).orElseGet(
          () -> FormatProblem.unlocated("", "the document could not be read: " + e.getMessage()))));
    }
    try (parser) {
      return codec.readDocument(parser, lenient);
    } catch (FormatFailure failure) {
      throw PlanFormatException.from(failure);
    } catch (IOException e) {
      // Closing a parser over our own or the caller's source: nothing was lost.
      throw new UncheckedIOException(e);
    }
  }

  private <T> T readFile(Codec<T> codec, Path file) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw cannotRead(file, "there is no such file");
    } catch (AccessDeniedException e) {
      throw cannotRead(file, "permission denied");
    } catch (IOException e) {
      throw cannotRead(file, e.getMessage());
    }
    try (in) {
      return read(codec, () -> DocumentFactory.parser(in));
    } catch (IOException e) {
      throw cannotRead(file, e.getMessage());
    } catch (PlanFormatException e) {
      if (Files.isDirectory(file)) {
        throw cannotRead(file, "it is a directory");
      }
      throw e;
    }
  }

  private static PlanFormatException cannotRead(Path file, String why) {
    return PlanFormatException.of(PlanFormatProblem.unlocated("",
        "cannot read " + file + ": " + why));
  }

  private <T> String writeString(Codec<T> codec, T value) {
    Objects.requireNonNull(value, "value");
    // The factory's pooled buffers, as databind's writeValueAsString uses: a small document
    // should not pay for allocating and zeroing fresh ones.
    BufferRecycler buffers = factory()._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator gen = generator(factory().createGenerator(out))) {
        codec.write(gen, value);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the document: " + e.getMessage(), e);
    } finally {
      buffers.releaseToPool();
    }
  }

  private <T> byte[] writeBytes(Codec<T> codec, T value) {
    Objects.requireNonNull(value, "value");
    BufferRecycler buffers = factory()._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(buffers)) {
      try (JsonGenerator gen = generator(factory().createGenerator(out, JsonEncoding.UTF8))) {
        codec.write(gen, value);
      }
      return out.getClearAndRelease();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the document: " + e.getMessage(), e);
    } finally {
      buffers.releaseToPool();
    }
  }

  private <T> void writeStream(Codec<T> codec, T value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator gen = generator(factory().createGenerator(out, JsonEncoding.UTF8))) {
      codec.write(gen, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the document: " + e.getMessage(), e);
    }
  }

  private <T> void writeWriter(Codec<T> codec, T value, Writer out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator gen = generator(factory().createGenerator(out))) {
      codec.write(gen, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the document: " + e.getMessage(), e);
    }
  }

  private <T> void writeFile(Codec<T> codec, T value, Path file) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      writeStream(codec, value, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  private JsonGenerator generator(JsonGenerator gen) {
    return pretty ? DocumentFactory.pretty(gen) : gen;
  }
}
