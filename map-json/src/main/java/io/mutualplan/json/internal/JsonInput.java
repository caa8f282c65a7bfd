package io.mutualplan.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.PlanProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One read of one document: the parser, where the reader is in the document, and the problems
 * found so far. Value readers record a problem, skip the bad value and return {@code null}, so
 * reading goes on and the person sees every problem of form at once; a syntax error, a reader
 * limit or too many problems stop the read.
 */
final class JsonInput {
  /** Reading stops after this many problems: a document this broken needs a first pass of fixes. */
  static final int MAX_PROBLEMS = 100;

  /** The widest amount, in digits before and after the decimal point, the reader accepts. */
  static final int MAX_AMOUNT_DIGITS = 40;

  private final JsonParser parser;
  private final boolean lenient;
  private final List<FormatProblem> problems = new ArrayList<>();

  /** Where the reader is, for problems the parser reports (syntax errors, limits). */
  private ValueLocations currentNode;
  private int currentSlot = -1;
  /** Whether the parser is reading a field's name: the name belongs to {@link #currentNode}. */
  private boolean readingName;

  JsonInput(JsonParser parser, boolean lenient) {
    this.parser = parser;
    this.lenient = lenient;
  }

  JsonParser parser() {
    return parser;
  }

  boolean lenient() {
    return lenient;
  }

  // ---- the whole read ---------------------------------------------------------------------------

  /**
   * Reads one value, the parser standing on its first token (or before it, when {@code
   * wholeDocument}), and returns it; throws {@link FormatFailure} with every problem found.
   *
   * @param wholeDocument true when the value is the whole document: the parser has not started and
   *     nothing may follow the value
   */
  <T> T readRoot(Reader<T> reader, boolean wholeDocument) {
    ValueLocations top = null;
    T value = null;
    ValueLocations.Slab slab = ValueLocations.Slab.take();
    try {
      if (wholeDocument && parser.nextToken() == null) {
        throw fatal(FormatProblem.unlocated("", "the document is empty"));
      }
      top = ValueLocations.document(slab, location());
      currentNode = top;
      currentSlot = 0;
      value = reader.read(this, top, 0);
      if (wholeDocument && problems.size() < MAX_PROBLEMS) {
        currentNode = top;
        currentSlot = 0;
        JsonToken after = parser.nextToken();
        if (after != null) {
          problems.add(FormatProblem.at("", line(location()), column(location()),
              "there is more after the end of the document; a document holds one JSON object"));
        }
      }
    } catch (Stop stop) {
      // The problems are recorded.
    } catch (StreamConstraintsException e) {
      // A value too long is placed where it starts; nesting and size where the parser stopped.
      boolean oneValue = ParserMessages.isValueLimit(e.getOriginalMessage());
      problems.add(problemFromParser(ParserMessages.limit(e.getOriginalMessage()),
          oneValue ? null : e));
    } catch (JsonProcessingException e) {
      problems.add(problemFromParser(ParserMessages.syntax(e.getOriginalMessage()), e));
    } catch (MalformedTextException e) {
      problems.add(malformedText(e));
    } catch (IOException e) {
      problems.add(problemFromParser(ParserMessages.io(e), null));
    } finally {
      currentNode = null;
      ValueLocations.Slab.giveBack(slab);
    }
    if (!problems.isEmpty() || value == null) {
      if (problems.isEmpty()) {
        problems.add(FormatProblem.unlocated("", "the document could not be read"));
      }
      throw new FormatFailure(problems);
    }
    return value;
  }

  /** Reads a value at a place in the document, given the node and slot that hold it. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonInput in, ValueLocations node, int slot) throws IOException;
  }

  /**
   * Builds a value through its builder, so that every rule of the model runs, and places the
   * model's problems (JSON Pointers relative to the value read by {@link #readRoot}, whose
   * locations are under {@code top}) in the text. Builds nothing once a problem of form is known.
   */
  <T> T build(ValueLocations top, Supplier<T> builder) {
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return builder.get();
    } catch (InvalidPlanException e) {
      for (PlanProblem problem : e.problems()) {
        long location = top.locate(problem.pointer());
        problems.add(new FormatProblem(problem.pointer(), optional(line(location)),
            optional(column(location)), problem.message()));
      }
      throw new FormatFailure(problems);
    }
  }

  private static java.util.OptionalInt optional(int value) {
    return value > 0 ? java.util.OptionalInt.of(value) : java.util.OptionalInt.empty();
  }

  // ---- positions --------------------------------------------------------------------------------

  /**
   * Where the current token starts. Jackson's own parsers give it without allocating ({@code
   * getTokenColumnNr()} counts one column more than the token's location does); another parser,
   * such as a token buffer of databind's, is asked for its location.
   */
  long location() {
    if (parser instanceof ParserBase base) {
      return ValueLocations.pack(base.getTokenLineNr(), base.getTokenColumnNr() - 1);
    }
    JsonLocation location = parser.currentTokenLocation();
    return location == null
        ? ValueLocations.UNKNOWN
        : ValueLocations.pack(location.getLineNr(), location.getColumnNr());
  }

  private static int line(long location) {
    return ValueLocations.line(location);
  }

  private static int column(long location) {
    return ValueLocations.column(location);
  }

  // ---- structure --------------------------------------------------------------------------------

  /** Opens the object or array in {@code slot}, the parser standing on its start. */
  ValueLocations open(ValueLocations node, int slot, boolean array) {
    ValueLocations child = node.child(slot, array);
    currentNode = child;
    currentSlot = -1;
    return child;
  }

  /** Closes an object or array opened with {@link #open}, the parser standing on its end. */
  void close(ValueLocations child) {
    ValueLocations parent = child.parent();
    currentNode = parent;
    currentSlot = -1;
  }

  /**
   * Moves to the next field of an object and onto its value; returns the field's name, or null at
   * the end of the object. The slot is then {@link #slot()}.
   */
  String nextField(ValueLocations object) throws IOException {
    readingName = true;
    String name = parser.nextFieldName();
    readingName = false;
    if (name == null) {
      return null;
    }
    // The slot exists before the value is tokenized, so that a value the parser rejects (a
    // number too long) is reported at its field.
    currentSlot = object.add(name, ValueLocations.UNKNOWN);
    parser.nextToken();
    object.locate(currentSlot, location());
    return name;
  }

  /** Moves to the next element of an array; returns false at the end of the array. */
  boolean nextElement(ValueLocations array) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    currentSlot = array.add(location());
    return true;
  }

  int slot() {
    return currentSlot;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /**
   * Skips the current value, checking the limits on strings inside it on the way (Jackson checks a
   * string's length when it makes the string, and skips unread strings unchecked).
   */
  void skip() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      parser.getText();
      return;
    }
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      token = parser.nextToken();
      if (token == null) {
        return;
      }
      switch (token) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case VALUE_STRING -> parser.getText();
        default -> {
          // Names, numbers and literals carry no limit of their own beyond the parser's.
        }
      }
    }
  }

  // ---- problems ---------------------------------------------------------------------------------

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  int problemCount() {
    return problems.size();
  }

  /** Records a problem with the value in {@code slot} of {@code node}. */
  void problem(ValueLocations node, int slot, String message) {
    long location = node.location(slot);
    add(FormatProblem.at(node.pointer(slot), line(location), column(location), message));
  }

  /** Records a problem with the object or array {@code node} as a whole. */
  void problem(ValueLocations node, String message) {
    long location = node.location();
    add(new FormatProblem(node.pointer(), optional(line(location)),
        optional(column(location)), message));
  }

  /** Records a problem about a field missing from {@code object}, located at the object. */
  void missing(ValueLocations object, String key, String message) {
    long location = object.location();
    add(new FormatProblem(object.pointer(key), optional(line(location)),
        optional(column(location)), message));
  }

  private void add(FormatProblem problem) {
    if (problem.line().isEmpty()) {
      problem = FormatProblem.unlocated(problem.pointer(), problem.message());
    }
    problems.add(problem);
    if (problems.size() >= MAX_PROBLEMS) {
      problems.add(FormatProblem.unlocated(problem.pointer(), "reading stopped after "
          + MAX_PROBLEMS + " problems; fix these and read the document again"));
      throw new Stop();
    }
  }

  /**
   * Reads a document's {@code format} field: a format this reader does not read stops the read
   * with that one problem, naming the format it does read.
   */
  void expectFormat(ValueLocations object, int slot, String expected, String advice)
      throws IOException {
    String format = text(object, slot, "format");
    if (format != null && !expected.equals(format)) {
      throw fatalAlone(object, slot, "format '" + Quote.text(format)
          + "' is not supported; this reader reads " + expected + advice);
    }
  }

  /** Stops the read with only this problem: the others would be noise next to it. */
  Stop fatalAlone(ValueLocations node, int slot, String message) {
    problems.clear();
    long location = node.location(slot);
    problems.add(FormatProblem.at(node.pointer(slot), line(location), column(location), message));
    return new Stop();
  }

  /** Stops the read after this problem, for example a limit reached. */
  Stop fatal(ValueLocations node, int slot, String message) {
    long location = node.location(slot);
    problems.add(new FormatProblem(node.pointer(slot), optional(line(location)),
        optional(column(location)), message));
    return new Stop();
  }

  private Stop fatal(FormatProblem problem) {
    problems.add(problem);
    return new Stop();
  }

  /**
   * Text that is not valid in its encoding, placed where the parser stopped: the source handed it
   * every byte before the bad one. A bad byte in a field's name is placed at the name's object.
   */
  private FormatProblem malformedText(MalformedTextException e) {
    String pointer = readingName && currentNode != null ? currentNode.pointer() : currentPointer();
    JsonLocation location = parser.currentLocation();
    if (location != null && location.getLineNr() > 0 && location.getColumnNr() > 0) {
      // Jackson 2.18 moves its counters past the buffer it has used up before it asks the source
      // for more, and not back when the source fails: its location is then ahead by what the
      // source had handed over. The difference corrects the column (and is 0 if Jackson changes).
      long parserOffset = location.getByteOffset() >= 0
          ? location.getByteOffset() : location.getCharOffset();
      long ahead = parserOffset - e.sourceOffset();
      long column = location.getColumnNr() - Math.max(0, ahead);
      if (parserOffset >= 0 && column >= 1) {
        return FormatProblem.at(pointer, location.getLineNr(), (int) column, e.getMessage());
      }
    }
    return e.line() > 0
        ? FormatProblem.at(pointer, e.line(), e.column(), e.getMessage())
        : FormatProblem.unlocated(pointer, e.getMessage());
  }

  private FormatProblem problemFromParser(String message, JsonProcessingException e) {
    String pointer = currentPointer();
    JsonLocation location = e == null ? parser.currentTokenLocation() : e.getLocation();
    if (location == null || location.getLineNr() <= 0) {
      location = parser.currentLocation();
    }
    if (location == null || location.getLineNr() <= 0 || location.getColumnNr() <= 0) {
      return FormatProblem.unlocated(pointer, message);
    }
    return FormatProblem.at(pointer, location.getLineNr(), location.getColumnNr(), message);
  }

  /**
   * The pointer of the value the parser is on. Jackson tokenizes a field's value together with
   * its name, so a value it rejects may not have a slot yet: the parser's own context names it.
   */
  private String currentPointer() {
    if (currentNode == null) {
      return "";
    }
    JsonStreamContext context = parser.getParsingContext();
    if (context != null && context.getNestingDepth() == currentNode.depth()
        && currentNode.isArray() == context.inArray()) {
      String name = context.getCurrentName();
      if (context.inObject() && name != null
          && (currentSlot < 0 || !name.equals(currentNode.key(currentSlot)))) {
        return currentNode.pointer(name);
      }
      if (context.inArray() && context.getCurrentIndex() > currentSlot) {
        return currentNode.pointer() + "/" + context.getCurrentIndex();
      }
    }
    return currentSlot >= 0 ? currentNode.pointer(currentSlot) : currentNode.pointer();
  }

  /** Unwinds the reader after a problem that ends the read; the problem is already recorded. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  // ---- field bookkeeping ------------------------------------------------------------------------

  /** Starts reading the fields of {@code object}, the parser standing on its start. */
  ObjectFields fields(ValueLocations object, FieldSet fields) {
    return new ObjectFields(this, object, fields);
  }

  void duplicate(ValueLocations object, int slot, String name) {
    int earlier = object.earlierSlot(name, slot);
    long first = earlier < 0 ? ValueLocations.UNKNOWN : object.location(earlier);
    problem(object, slot, "field '" + Quote.text(name) + "' appears twice in this object"
        + (first == ValueLocations.UNKNOWN ? ""
            : " (first at line " + line(first) + ", column " + column(first) + ")")
        + "; a key may appear only once");
  }

  // ---- values -----------------------------------------------------------------------------------

  /** Checks that the value is an object; else records a problem and skips it. */
  boolean expectObject(ValueLocations node, int slot, String what) throws IOException {
    return expect(node, slot, JsonToken.START_OBJECT, what, "an object");
  }

  /** Checks that the value is an array; else records a problem and skips it. */
  boolean expectArray(ValueLocations node, int slot, String what) throws IOException {
    return expect(node, slot, JsonToken.START_ARRAY, what, "an array");
  }

  private boolean expect(ValueLocations node, int slot, JsonToken kind, String what,
      String expected) throws IOException {
    if (parser.currentToken() == kind) {
      return true;
    }
    wrongType(node, slot, what, expected);
    return false;
  }

  /** Records that the value has the wrong JSON type, and skips it. */
  void wrongType(ValueLocations node, int slot, String what, String expected) throws IOException {
    problem(node, slot, what + " must be " + expected + "; found " + describe(parser.currentToken()));
    skip();
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
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

  /** A string value, checked to be valid Unicode; null after a recorded problem. */
  String text(ValueLocations node, int slot, String what) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(node, slot, what, "a string");
      return null;
    }
    String text = parser.getText();
    return validText(node, slot, what, text) ? text : null;
  }

  /** Checks that text read from the document is valid Unicode; records a problem if not. */
  boolean validText(ValueLocations node, int slot, String what, String text) {
    int bad = unpairedSurrogate(text);
    if (bad < 0) {
      return true;
    }
    problem(node, slot, what + " contains an unpaired surrogate (\\u"
        + Integer.toHexString(text.charAt(bad)).toUpperCase(java.util.Locale.ROOT)
        + " at character " + (bad + 1) + "); text must be valid Unicode");
    return false;
  }

  private static int unpairedSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if ((c & 0xF800) == 0xD800) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** An id or a spelling: the text, turned into a value by a factory of the model. */
  <T> T parsed(ValueLocations node, int slot, String what, Function<String, T> factory)
      throws IOException {
    String text = text(node, slot, what);
    if (text == null) {
      return null;
    }
    try {
      return factory.apply(text);
    } catch (InvalidPlanException e) {
      problem(node, slot, what + ": " + e.problems().get(0).message());
      return null;
    } catch (IllegalArgumentException e) {
      // map-rules' spellings (severity, profile, verdict) say so this way.
      problem(node, slot, what + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * An enum constant written as its spelling; null after a recorded problem (a wrong type, or
   * text that is no spelling, in the words of the enum's own parser).
   */
  <E extends Enum<E>> E constant(ValueLocations node, int slot, String what,
      EnumSpellings<E> spellings) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      E constant = spellings.match(
          parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      if (constant != null) {
        return constant;
      }
    }
    return parsed(node, slot, what, spellings.parse());
  }

  /** A whole number in {@code int} range; null after a recorded problem. */
  Integer integer(ValueLocations node, int slot, String what) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        problem(node, slot, what + " must be a whole number; found " + Quote.text(parser.getText()));
        return null;
      }
      wrongType(node, slot, what, "a whole number");
      return null;
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      problem(node, slot, what + " " + Quote.text(parser.getText())
          + " is out of range; it must be between " + Integer.MIN_VALUE + " and "
          + Integer.MAX_VALUE + " (and within the field's own range)");
      return null;
    }
    return parser.getIntValue();
  }

  /** A whole number in {@code long} range; null after a recorded problem. */
  Long longInteger(ValueLocations node, int slot, String what) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      wrongType(node, slot, what, "a whole number");
      return null;
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      problem(node, slot, what + " " + Quote.text(parser.getText()) + " is out of range");
      return null;
    }
    return parser.getLongValue();
  }

  /**
   * Builds a part whose own checks throw {@link IllegalArgumentException}, reporting the check's
   * message at the part; null after a recorded problem.
   */
  <T> T buildPart(ValueLocations node, int slot, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | InvalidPlanException e) {
      problem(node, slot, e.getMessage());
      return null;
    }
  }

  /** {@code true} or {@code false}; null after a recorded problem. */
  Boolean bool(ValueLocations node, int slot, String what) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    wrongType(node, slot, what, "true or false");
    return null;
  }

  /** An exact decimal number, read from its text; null after a recorded problem. */
  BigDecimal decimal(ValueLocations node, int slot, String what) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(node, slot, what, "a number");
      return null;
    }
    String text = parser.getText();
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      problem(node, slot, what + " " + Quote.text(text) + " is not a number");
      return null;
    }
    // Bounded before the model normalizes it: 1e999999999 must not become a billion digits.
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_AMOUNT_DIGITS || value.scale() > MAX_AMOUNT_DIGITS) {
      problem(node, slot, what + " " + Quote.text(text) + " is out of range; an amount has at most "
          + MAX_AMOUNT_DIGITS + " digits before and " + MAX_AMOUNT_DIGITS
          + " after the decimal point");
      return null;
    }
    return value;
  }

  /** A calendar date written {@code yyyy-MM-dd}; null after a recorded problem. */
  LocalDate date(ValueLocations node, int slot, String what) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(node, slot, what, "a date written yyyy-MM-dd");
      return null;
    }
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    LocalDate date = IsoDates.parseDate(chars, offset, length);
    if (date == null) {
      String text = new String(chars, offset, length);
      problem(node, slot, what + " '" + Quote.text(text) + "' is not a date; "
          + IsoDates.explainDate(text));
    }
    return date;
  }

  /** A UTC instant written {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}; null after a problem. */
  Instant instant(ValueLocations node, int slot, String what) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(node, slot, what, "an instant written yyyy-MM-ddTHH:mm:ssZ");
      return null;
    }
    String text = parser.getText();
    try {
      Instant instant = IsoDates.parseInstant(text);
      if (instant != null) {
        return instant;
      }
    } catch (DateTimeException e) {
      // reported below
    }
    problem(node, slot, what + " '" + Quote.text(text) + "' is not a UTC instant; "
        + IsoDates.explainInstant(text));
    return null;
  }
}
