package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.PlanProblem;
import io.mutualplan.core.Texts;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One read of one document: the parser, where each value started, and the problems found so far.
 * Value readers read the value the parser stands on; after a problem they record it, skip the
 * value and return {@code null}, so that reading goes on and the person sees every problem of
 * form at once. A syntax error, a reader limit or too many problems stop the read.
 *
 * <p>A problem found while reading is placed at the value the parser stands on: its pointer is the
 * parser's own path, its line and column where the value started. A problem the model finds once
 * the value is built names a JSON Pointer; the read keeps where every value started ({@link
 * ValuePlaces}, one row per value) to place it.
 */
final class DocumentReader {

  /** Reads the value the parser stands on; returns null after recording a problem. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(DocumentReader in) throws IOException;
  }

  private final JsonParser parser;
  private final SourceText text;
  private final boolean lenient;
  private final List<DocumentProblem> problems = new ArrayList<>();
  /** The pointer of the value read inside a larger document, cut from the problems' pointers. */
  private String base = "";
  private final ValuePlaces places;
  /** The row of the object or array being read, and the row of the value the parser is on. */
  private int container = ValuePlaces.NO_PARENT;
  private int row;
  /** The value's name in messages: its field's name, or what an element is, such as "a role". */
  private String what;
  private boolean readingName;
  private boolean readingString;
  /** Whether reading stopped after {@link DocumentReadException#MAX_PROBLEMS} problems. */
  private boolean tooManyProblems;

  DocumentReader(JsonParser parser, SourceText text, boolean lenient) {
    this.parser = parser;
    this.text = text;
    this.lenient = lenient;
    this.places = new ValuePlaces(text.length());
  }

  /** Gives a read value to a builder's setter; a value that could not be read sets nothing. */
  static <T> void set(T value, Consumer<? super T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  // ---- the whole read ---------------------------------------------------------------------------

  /**
   * Reads a value with {@code reader}: a whole document (the parser has not started, and nothing
   * may follow the value), or the value the parser stands on inside a larger document (the parser
   * is left on its last token; pointers are relative to the value).
   *
   * @param rootWhat the value in messages, such as {@code "a plan document"}
   * @param wholeDocument whether the value is a whole document
   * @throws DocumentReadException with every problem found
   */
  <T> T read(String rootWhat, ValueReader<T> reader, boolean wholeDocument) {
    T value = null;
    try {
      if (wholeDocument && parser.nextToken() == null) {
        problems.add(problem("", ValuePlaces.UNKNOWN, "the document is empty"));
        throw new Stop();
      }
      base = wholeDocument ? "" : parser.getParsingContext().pathAsPointer().toString();
      row = places.add(ValuePlaces.NO_PARENT, null, tokenStart());
      what = rootWhat;
      value = reader.read(this);
      if (wholeDocument && problems.size() < DocumentReadException.MAX_PROBLEMS
          && parser.nextToken() != null) {
        add("", tokenStart(), "there is more after the end of the document; a document holds one"
            + " JSON object");
      }
    } catch (Stop stop) {
      // The problems are recorded.
    } catch (MalformedTextException e) {
      problems.add(DocumentProblem.at(namePointer(), e.line(), e.column(),
          e.getMessage()));
    } catch (StreamConstraintsException e) {
      // A string is placed where it starts, anything else where the parser stopped.
      JsonLocation at = parser.currentLocation();
      JsonLocation placed = parser.currentToken() == JsonToken.VALUE_STRING
          ? parser.currentTokenLocation() : at;
      limitReached(pointer(), placed, ParserProblems.limit(parser, offset(at)));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      ParserProblems.UnpairedEscape inName = e instanceof JsonEOFException || readingString
          ? null : ParserProblems.unpairedEscapeInName(text, offset(at));
      if (inName != null) {
        // Placed at the escape, on the line where the parser stopped; the escape is ASCII, so the
        // column goes back as many units as the offset does.
        problems.add(DocumentProblem.at(objectPointer(), at.getLineNr(),
            at.getColumnNr() - (int) (offset(at) - inName.offset()), inName.message()));
      } else {
        // Placed at the character at fault, which the parser may have stopped a unit or more past.
        long offset = offset(at);
        long start = ParserProblems.characterStart(text, offset);
        long place = ValuePlaces.place(at);
        problems.add(problem(pointer(), place == ValuePlaces.UNKNOWN ? place
            : place - (offset - start), e instanceof JsonEOFException || text.isEnd(offset)
            ? "the document ends too early: an object, array or string is not closed (was the"
                + " file cut off?)"
            : ParserProblems.syntax(parser, start, text, readingString)));
      }
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      problems.add(problem(pointer(), ValuePlaces.UNKNOWN, "the document could not be read: "
          + Quote.oneLine(reason)));
    }
    if (!problems.isEmpty() || value == null) {
      if (problems.isEmpty()) {
        problems.add(problem("", ValuePlaces.UNKNOWN, "the document could not be read"));
      }
      throw new DocumentReadException(problems, tooManyProblems);
    }
    return value;
  }

  // ---- where the parser is ----------------------------------------------------------------------

  private long tokenStart() {
    return ValuePlaces.place(parser.currentTokenLocation());
  }

  private long offset(JsonLocation at) {
    if (at == null) {
      return -1;
    }
    return text.isBytes() || at.getCharOffset() < 0 ? at.getByteOffset() : at.getCharOffset();
  }

  /** The JSON Pointer of the value the parser stands on (or has just read to its end). */
  private String pointer() {
    return relative(parser.getParsingContext().pathAsPointer());
  }

  private String relative(JsonPointer pointer) {
    String full = pointer.toString();
    return full.startsWith(base) ? full.substring(base.length()) : full;
  }

  /** A problem in a field's name (a bad character, too many characters) is placed at its object. */
  private String namePointer() {
    return readingName ? objectPointer() : pointer();
  }

  /**
   * The JSON Pointer of the object whose field name the parser is reading: its context still
   * names the field before, if any.
   */
  private String objectPointer() {
    JsonStreamContext context = parser.getParsingContext();
    JsonPointer pointer = context.pathAsPointer();
    if (context.inObject() && context.getCurrentName() != null) {
      pointer = pointer.head() == null ? JsonPointer.empty() : pointer.head();
    }
    return relative(pointer);
  }

  JsonToken token() {
    return parser.currentToken();
  }

  /** The name of the field whose value the parser stands on. */
  String currentName() throws IOException {
    return parser.currentName();
  }

  // ---- problems ---------------------------------------------------------------------------------

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Records a problem with the value the parser stands on (or has just read to its end). */
  void problem(String message) {
    add(pointer(), places.start(row), message);
  }

  /**
   * Records a problem at a JSON Pointer from the root value, such as the model's problems, placed
   * where the value (or, when the document does not have it, its nearest enclosing value) started.
   */
  void problemAt(String pointer, String message) {
    add(pointer, places.locate(pointer), message);
  }

  private void add(String pointer, long place, String message) {
    add(pointer, place, message, false);
  }

  private void add(String pointer, long place, String message, boolean unknownField) {
    problems.add(problem(pointer, place, message, unknownField));
    if (problems.size() >= DocumentReadException.MAX_PROBLEMS) {
      // About the document, not about the last problem's value.
      problems.add(problem("", ValuePlaces.UNKNOWN, "reading stopped after "
          + DocumentReadException.MAX_PROBLEMS
          + " problems; fix these and read the document again"));
      tooManyProblems = true;
      throw new Stop();
    }
  }

  /** A problem at a place in the text, or without one when the place is not known. */
  static DocumentProblem problem(String pointer, long place, String message) {
    return problem(pointer, place, message, false);
  }

  /** A problem at a place in the text, or without one, marked when it is an unknown field. */
  static DocumentProblem problem(String pointer, long place, String message,
      boolean unknownField) {
    return place == ValuePlaces.UNKNOWN
        ? new DocumentProblem(pointer, OptionalInt.empty(), OptionalInt.empty(), message,
            unknownField)
        : new DocumentProblem(pointer, OptionalInt.of(ValuePlaces.line(place)),
            OptionalInt.of(ValuePlaces.column(place)), message, unknownField);
  }

  /** Stops the read after this problem about the current value, such as a limit reached. */
  Stop fatal(String message) {
    problems.add(problem(pointer(), places.start(row), message));
    return new Stop();
  }

  /**
   * Reads a document's {@code format} field: a format this reader does not read stops the read
   * with that one problem, saying what the document is when it is another of MAP's, else naming
   * the format this reader reads, followed by {@code advice}.
   */
  void expectFormat(DocumentFormat expected, String advice) throws IOException {
    String format = text();
    if (format != null && !expected.formatName().equals(format)) {
      problems.clear();
      Optional<DocumentFormat> other = DocumentFormat.named(format);
      throw fatal(other.isPresent() ? other.get().isNot(expected.what())
          : "format '" + Quote.text(format) + "' is not supported; this reader reads "
              + expected.formatName() + advice);
    }
  }

  /**
   * Stops the read at a limit of the document, whether the parser found it or the reader did: a
   * string or name over the plan's text limit in characters is within the parser's limits, which
   * count UTF-16 units or bytes.
   */
  private Stop limitReached(String pointer, JsonLocation placed, String message) {
    problems.add(problem(pointer, ValuePlaces.place(placed), message));
    return new Stop();
  }

  /** Unwinds the reader after a problem that ends the read; the problem is already recorded. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Builds the root value through its builder, once it is read without a problem of form, so that
   * every rule of the model runs, and places the model's problems in the text.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidPlanException e) {
      for (PlanProblem problem : e.problems()) {
        problems.add(problem(problem.pointer(), places.locate(problem.pointer()),
            problem.message()));
      }
      throw new Stop();
    }
  }

  /**
   * Builds a part whose own checks throw, reporting the check's message at the part just read;
   * null after a recorded problem.
   */
  <T> T buildPart(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidPlanException e) {
      problem(e.problems().get(0).message());
    } catch (IllegalArgumentException e) {
      problem(e.getMessage());
    }
    return null;
  }

  // ---- objects and arrays -----------------------------------------------------------------------

  /** An object or array being read: what to restore when it ends. */
  private class Container {
    final int parent = container;
    private final int parentRow = row;
    private final String parentWhat = what;
    final int problemsBefore = problems.size();

    /** Opens the object or array the parser stands on; opens nothing when {@code open} is false. */
    Container(boolean open) {
      if (open) {
        container = row;
      }
    }

    void close() {
      container = parent;
      row = parentRow;
      what = parentWhat;
    }
  }

  /**
   * The fields of one object being read: each known field in turn, with unknown fields (unless
   * lenient), repeated fields and null values reported and passed over on the way.
   *
   * <pre>{@code
   * ObjectReading<MilestoneField> object = in.object(MILESTONE);
   * for (MilestoneField field = object.next(); field != null; field = object.next()) {
   *   switch (field) { case ID -> set(in.parsed(MilestoneId::of), milestone::id); ... }
   * }
   * return object.complete() ? milestone.build() : null;
   * }</pre>
   */
  final class ObjectReading<F extends Enum<F>> extends Container {
    private final Fields<F> fields;
    /** Whether the value was an object: if not, there are no fields and nothing to build. */
    private final boolean isObject;
    /** A bit per field given (by ordinal), and whether a required one was null. */
    private long seen;
    private boolean nullRequired;

    private ObjectReading(Fields<F> fields, boolean isObject) {
      super(isObject);
      this.fields = fields;
      this.isObject = isObject;
    }

    /**
     * Moves to the next known field and onto its value.
     *
     * @return the field, or null at the end of the object
     */
    F next() throws IOException {
      if (!isObject) {
        return null;
      }
      for (String name = nextName(); name != null; name = nextName()) {
        F field = fields.find(name);
        if (field == null) {
          otherDocument(name);
          if (!lenient) {
            String closest = fields.closest(name);
            add(pointer(), places.start(row), "unknown field '" + Quote.text(name) + "' in "
                + fields.what() + (closest != null ? "; did you mean '" + closest + "'?"
                    : "; the fields of " + fields.what() + " are: " + fields.list()), true);
          }
          skip();
        } else if ((seen & bit(field)) != 0) {
          duplicate(name);
          skip();
        } else {
          seen |= bit(field);
          if (parser.currentToken() != JsonToken.VALUE_NULL) {
            return field;
          }
          if (fields.isRequired(field)) {
            nullRequired = true;
            problem(name + " is required and cannot be null");
          }
        }
      }
      return null;
    }

    /**
     * Stops the read when a document without a format field of its own (a rule configuration)
     * has one naming another of MAP's documents: its other fields would each be unknown, and
     * what the person needs to hear is which file they gave.
     */
    private void otherDocument(String name) throws IOException {
      if (parent == ValuePlaces.NO_PARENT && name.equals("format")
          && parser.currentToken() == JsonToken.VALUE_STRING) {
        Optional<DocumentFormat> format = DocumentFormat.named(parser.getText());
        if (format.isPresent()) {
          problems.clear();
          throw fatal(format.get().isNot(fields.what()));
        }
      }
    }

    /**
     * Ends the object, reporting the required fields it lacks; tells whether it can be built: an
     * object, every required field given and no problem found inside it.
     */
    boolean complete() {
      if (!isObject) {
        return false;
      }
      close();
      for (F field : fields.required()) {
        if ((seen & bit(field)) == 0) {
          add(pointer() + "/" + fields.name(field), places.start(row),
              fields.name(field) + " is missing from " + fields.what());
        }
      }
      return !nullRequired && problems.size() == problemsBefore;
    }

    private long bit(F field) {
      return 1L << field.ordinal();
    }
  }

  /**
   * Starts reading an object with these fields. When the value is not an object, the problem is
   * recorded and the reading has no fields and cannot be completed.
   */
  <F extends Enum<F>> ObjectReading<F> object(Fields<F> fields) throws IOException {
    return new ObjectReading<>(fields, expect(JsonToken.START_OBJECT, "an object"));
  }

  /**
   * An object whose fields all take the same kind of value, each read by {@code value}: the values
   * in the order of the fields, or null when the object is not complete.
   */
  <F extends Enum<F>, T> List<T> sameTypeFields(Fields<F> fields, ValueReader<T> value)
      throws IOException {
    ObjectReading<F> object = object(fields);
    List<T> values = new ArrayList<>(Collections.nCopies(fields.size(), null));
    for (F field = object.next(); field != null; field = object.next()) {
      values.set(field.ordinal(), value.read(this));
    }
    return object.complete() ? values : null;
  }

  private String nextName() throws IOException {
    readingName = true;
    String name = parser.nextFieldName();
    if (name != null && PlanLimits.isTextTooLong(name)) {
      throw limitReached(namePointer(), parser.currentLocation(), ParserProblems.nameTooLong());
    }
    readingName = false;
    if (name == null) {
      return null;
    }
    parser.nextToken();
    row = places.add(container, name, tokenStart());
    what = name;
    return name;
  }

  private void duplicate(String name) {
    long first = places.earlier(name, row);
    problem("field '" + Quote.text(name) + "' appears twice in this object"
        + (first == ValuePlaces.UNKNOWN ? "" : " (first at line " + ValuePlaces.line(first)
            + ", column " + ValuePlaces.column(first) + ")")
        + "; a key may appear only once");
  }

  /**
   * Reads an array's elements with {@code element} and gives each one read to {@code sink}, in
   * document order: a builder's {@code add} method takes them without a list in between.
   */
  <T> void each(String elementWhat, ValueReader<T> element, Consumer<? super T> sink)
      throws IOException {
    each(elementWhat, element, sink, Integer.MAX_VALUE, "");
  }

  /**
   * Reads an array as {@link #each(String, ValueReader, Consumer)} does, stopping the read at
   * element {@code most} (counted from 0) with the problem {@code tooMany}.
   */
  <T> void each(String elementWhat, ValueReader<T> element, Consumer<? super T> sink, int most,
      String tooMany) throws IOException {
    if (!expect(JsonToken.START_ARRAY, "an array")) {
      return;
    }
    Container array = new Container(true);
    for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
      row = places.add(container, null, tokenStart());
      what = elementWhat;
      if (index >= most) {
        throw fatal(tooMany);
      }
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        problem(elementWhat + " cannot be null");
        continue;
      }
      set(element.read(this), sink);
    }
    array.close();
  }

  /** An array whose elements are read by {@code element}, in document order. */
  <T> List<T> list(String elementWhat, ValueReader<T> element) throws IOException {
    List<T> values = new ArrayList<>();
    each(elementWhat, element, values::add);
    return values;
  }

  /**
   * An object read as a map from its keys, in document order; a key may appear once. A value that
   * could not be read is kept as {@code placeholder}, to find later repeats of its key (a document
   * with a problem is never built).
   */
  <T> Map<String, T> map(String keyWhat, Function<String, String> valueWhat, ValueReader<T> value,
      T placeholder) throws IOException {
    Map<String, T> map = new LinkedHashMap<>();
    if (!expect(JsonToken.START_OBJECT, "an object")) {
      return map;
    }
    Container object = new Container(true);
    for (String key = nextName(); key != null; key = nextName()) {
      if (map.containsKey(key)) {
        duplicate(key);
        skip();
        continue;
      }
      what = valueWhat.apply(key);
      T read = value.read(this);
      boolean validKey = validText(keyWhat, key);
      map.put(key, read != null && validKey ? read : placeholder);
    }
    object.close();
    return map;
  }

  private boolean expect(JsonToken start, String expected) throws IOException {
    if (parser.currentToken() == start) {
      return true;
    }
    wrongType(expected);
    return false;
  }

  /** Records that the value has the wrong JSON type, and skips it. */
  void wrongType(String expected) throws IOException {
    problem(what + " must be " + expected + "; found " + describe(parser.currentToken()));
    skip();
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> "'" + token.asString() + "'";
    };
  }

  /**
   * Skips the value the parser stands on. A string is read, so that its length is checked against
   * the limits whether or not it is used; the strings inside a skipped object or array are passed
   * over unread by the parser and never held.
   */
  void skip() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      readString();
    } else {
      parser.skipChildren();
    }
  }

  // ---- values -----------------------------------------------------------------------------------

  private String readString() throws IOException {
    readingString = true;
    String value = parser.getText();
    readingString = false;
    if (PlanLimits.isTextTooLong(value)) {
      throw stringTooLong();
    }
    return value;
  }

  /** A string over the plan's text limit, placed where it starts as the parser's limit places it. */
  private Stop stringTooLong() {
    return limitReached(pointer(), parser.currentTokenLocation(), ParserProblems.stringTooLong());
  }

  /** The string the parser stands on; null, after a recorded problem, when it is not a string. */
  private String string(String expected) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(expected);
      return null;
    }
    return readString();
  }

  /** A string value, checked to be valid Unicode; null after a recorded problem. */
  String text() throws IOException {
    String value = string("a string");
    return value != null && validText(what, value) ? value : null;
  }

  private boolean validText(String whatText, String value) {
    int bad = Texts.firstUnpairedSurrogate(value);
    if (bad < 0) {
      return true;
    }
    problem(ParserProblems.unpairedSurrogate(whatText, value.charAt(bad), bad));
    return false;
  }

  /**
   * A value made from text by a factory of the model (an id, a spelling); null after a recorded
   * problem, in the factory's words.
   */
  <T> T parsed(Function<String, T> factory) throws IOException {
    String value = text();
    if (value == null) {
      return null;
    }
    try {
      return factory.apply(value);
    } catch (InvalidPlanException e) {
      problem(what + ": " + e.problems().get(0).message());
    } catch (IllegalArgumentException e) {
      // map-rules' spellings (severity, profile, verdict) say so this way.
      problem(what + ": " + e.getMessage());
    }
    return null;
  }

  /** A whole number that fits an {@code int}; null after a recorded problem. */
  Integer integer() throws IOException {
    return integer(Integer.MIN_VALUE, Integer.MAX_VALUE, "");
  }

  /** A number of working days, from 0 to the format's largest; null after a recorded problem. */
  Integer days() throws IOException {
    return integer(0, PlanLimits.MAX_DAYS, " working days");
  }

  /**
   * A whole number; when it does not even fit an {@code int}, the problem states the field's own
   * range, from {@code min} to {@code max}, in {@code unit}. A number in {@code int} range is left
   * to the model, which checks the field's range with every other rule.
   */
  Integer integer(int min, int max, String unit) throws IOException {
    if (!isWholeNumber()) {
      return null;
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      problem(what + " " + Quote.text(parser.getText()) + " is out of range; it must be between "
          + min + " and " + max + unit);
      return null;
    }
    return parser.getIntValue();
  }

  /**
   * A quality score, from 0 to 100, checked where it stands (the model checks it too, but could
   * only place the problem at the object around it); null after a recorded problem.
   */
  Integer score() throws IOException {
    Integer score = integer(0, 100, "");
    if (score != null && (score < 0 || score > 100)) {
      problem("a score is 0 to 100, not " + score);
      return null;
    }
    return score;
  }

  /** A whole number that fits a {@code long}; null after a recorded problem. */
  Long longInteger() throws IOException {
    if (!isWholeNumber()) {
      return null;
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      problem(what + " " + Quote.text(parser.getText()) + " is out of range");
      return null;
    }
    return parser.getLongValue();
  }

  private boolean isWholeNumber() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      problem(what + " must be a whole number; found " + Quote.text(parser.getText()));
      return false;
    }
    if (token != JsonToken.VALUE_NUMBER_INT) {
      wrongType("a whole number");
      return false;
    }
    return true;
  }

  /** Whether the value is a number, whole or not; when it is not, the problem is recorded. */
  private boolean isNumber() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType("a number");
      return false;
    }
    return true;
  }

  /** {@code true} or {@code false}; null after a recorded problem. */
  Boolean bool() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    wrongType("true or false");
    return null;
  }

  /** An exact decimal number, read from its text; null after a recorded problem. */
  BigDecimal decimal() throws IOException {
    if (!isNumber()) {
      return null;
    }
    String number = parser.getText();
    BigDecimal value = exact(number);
    // Bounded before the model normalizes it: 1e999999999 must not become a billion digits.
    long integerDigits = (long) value.precision() - value.scale();
    int most = PlanLimits.MAX_AMOUNT_DIGITS;
    if (integerDigits > most || value.scale() > most) {
      problem(what + " " + Quote.text(number) + " is out of range; an amount has at most " + most
          + " digits before and " + most + " after the decimal point");
      return null;
    }
    return value;
  }

  /**
   * A number from {@code min} to {@code max} with at most {@code places} decimal places (a
   * fraction of trials, a correlation), as the {@code double} nearest it; null after a recorded
   * problem. Whole numbers and exponents are read too ({@code 1}, {@code 9.412E-1}).
   */
  Double rounded(int places, int min, int max) throws IOException {
    if (!isNumber()) {
      return null;
    }
    String number = parser.getText();
    // Exact, from the text: the reader's limit on a number's length bounds it, and nothing below
    // expands an exponent (1e999999999 is compared, never written out).
    BigDecimal value = exact(number);
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      problem(what + " " + Quote.text(number) + " is out of range; it must be between " + min
          + " and " + max);
      return null;
    }
    if (value.stripTrailingZeros().scale() > places) {
      problem(what + " " + Quote.text(number) + " has more than " + places
          + " decimal places; it is written rounded to " + places);
      return null;
    }
    return value.doubleValue();
  }

  /**
   * The exact value of a JSON number's text. An exponent that BigDecimal cannot hold (beyond about
   * two billion, as in {@code 1e99999999999}) is read as 999,999,999 with the same sign: the
   * number stays outside every range and past every number of decimal places a reader allows,
   * and the problem quotes the text as written.
   */
  private static BigDecimal exact(String number) {
    try {
      return new BigDecimal(number);
    } catch (NumberFormatException e) {
      // The parser has checked the syntax, so only the exponent can be out of BigDecimal's reach.
      int exponent = Math.max(number.indexOf('e'), number.indexOf('E'));
      BigDecimal mantissa = new BigDecimal(number.substring(0, exponent));
      int places = number.charAt(exponent + 1) == '-' ? -999_999_999 : 999_999_999;
      return mantissa.scaleByPowerOfTen(places);
    }
  }

  /** A calendar date written {@code yyyy-MM-dd}; null after a recorded problem. */
  LocalDate date() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("a date written yyyy-MM-dd");
      return null;
    }
    // Parsed from the parser's characters: a plan has tens of thousands of dates, each a string.
    readingString = true;
    char[] characters = parser.getTextCharacters();
    readingString = false;
    if (parser.getTextLength() > PlanLimits.MAX_TEXT_LENGTH
        && PlanLimits.isTextTooLong(parser.getText())) {
      throw stringTooLong();
    }
    LocalDate date = IsoDates.parseDate(characters, parser.getTextOffset(), parser.getTextLength());
    if (date == null) {
      String value = parser.getText();
      problem(what + " '" + Quote.text(value) + "' is not a date; " + IsoDates.explainDate(value));
    }
    return date;
  }

  /**
   * A date as {@link #date()} reads it, and from 0001-01-01 to 9999-12-31 as in a plan, for the
   * documents whose models do not check that range (a plan's model checks it with its other
   * rules); null after a recorded problem, in the words of the plan's check.
   */
  LocalDate dateInRange() throws IOException {
    LocalDate date = date();
    if (date == null) {
      return null;
    }
    Optional<String> outOfRange = PlanLimits.dateProblem(what, date);
    if (outOfRange.isPresent()) {
      problem(outOfRange.get());
      return null;
    }
    return date;
  }

  /** A UTC instant written {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}; null after a problem. */
  Instant instant() throws IOException {
    String value = string("an instant written yyyy-MM-ddTHH:mm:ssZ");
    if (value == null) {
      return null;
    }
    try {
      Instant instant = IsoDates.parseInstant(value);
      if (instant != null) {
        return instant;
      }
    } catch (DateTimeException e) {
      // reported below
    }
    problem(what + " '" + Quote.text(value) + "' is not a UTC instant; "
        + IsoDates.explainInstant());
    return null;
  }
}
