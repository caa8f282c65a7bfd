package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Texts;
import io.mutualplan.json.MapJson;
import io.mutualplan.testkit.internal.Draw;
import io.mutualplan.testkit.internal.JsonSpans;
import io.mutualplan.testkit.internal.JsonSpans.Kind;
import io.mutualplan.testkit.internal.JsonSpans.Span;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes malformed plan documents: a valid generated plan, written by map-json, then broken in one
 * way (see {@link Malformation}). Reading any of them must end in {@code DocumentReadException}.
 *
 * <pre>{@code
 * MalformedDocument document = PlanGenerators.malformedDocuments().document(random);
 * assertThatThrownBy(() -> MapJson.standard().plans().read(document.bytes()))
 *     .isInstanceOf(DocumentReadException.class);
 * }</pre>
 *
 * <p>Instances are immutable: each setting returns a new generator.
 */
public final class MalformedDocumentGenerator {
  private static final MapJson JSON = MapJson.standard();

  private static final byte[][] NOT_UTF8 = {
    {(byte) 0x80},                                     // a continuation byte with no lead
    {(byte) 0xFF},                                     // never valid in UTF-8
    {(byte) 0xC3, (byte) 0x28},                        // a lead byte followed by ASCII
    {(byte) 0xC0, (byte) 0xAF},                        // '/' in two bytes (overlong)
    {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},           // '/' in three bytes (overlong)
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},           // the surrogate U+D800 encoded
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // U+110000, beyond Unicode
    {(byte) 0xE2, (byte) 0x82},                        // the euro sign cut short
  };

  private static final List<String> SURROGATES = List.of("\\uD800", "\\uDBFF", "\\uDC00", "\\uDFFF");

  private static final List<String> BAD_ESCAPES =
      List.of("\\x41", "\\u12G4", "\\'", "\u0001", "\n", "\t");

  private static final List<String> TRAILERS = List.of(" {}", "x", ",", "}", " null", "{");

  private final PlanGenerator plans;
  private final List<Malformation> malformations;

  private MalformedDocumentGenerator(PlanGenerator plans, List<Malformation> malformations) {
    this.plans = plans;
    this.malformations = malformations;
  }

  static MalformedDocumentGenerator defaults() {
    return new MalformedDocumentGenerator(
        PlanGenerators.validPlans().milestones(1, 8).optionalFields(0.8),
        List.of(Malformation.values()));
  }

  /**
   * Breaks documents in one of these ways, chosen uniformly. Default: all of them.
   *
   * @param malformations one or more
   * @return the changed generator
   */
  public MalformedDocumentGenerator malformations(Malformation... malformations) {
    if (malformations.length == 0) {
      throw new IllegalArgumentException("give at least one malformation");
    }
    return new MalformedDocumentGenerator(plans, List.of(malformations));
  }

  /**
   * Breaks the documents of these plans. Default: valid plans of 1 to 8 milestones with most
   * optional fields.
   *
   * @param plans the plans to write and break
   * @return the changed generator
   */
  public MalformedDocumentGenerator from(PlanGenerator plans) {
    return new MalformedDocumentGenerator(plans, malformations);
  }

  /**
   * Makes one malformed document.
   *
   * @param random the source of randomness; the document depends on nothing else
   * @return the document
   */
  public MalformedDocument document(RandomGenerator random) {
    MutualActionPlan plan = plans.plan(random);
    Draw draw = new Draw(random);
    Malformation malformation = draw.pick(malformations);
    return new Breaker(draw, JSON.plans().write(plan)).breakBy(malformation);
  }

  /** One document being broken. */
  private static final class Breaker {
    private final Draw draw;
    private final String json;
    private final JsonSpans spans;

    Breaker(Draw draw, String json) {
      this.draw = draw;
      this.json = json;
      this.spans = JsonSpans.of(json);
    }

    MalformedDocument breakBy(Malformation malformation) {
      switch (malformation) {
        case TRUNCATED: {
          byte[] bytes = utf8(json);
          int length = draw.between(0, bytes.length - 1);
          return document(malformation, Arrays.copyOf(bytes, length),
              "truncated to " + length + " of " + bytes.length + " bytes");
        }
        case DELETED_BRACKET: {
          int at = draw.pick(spans.brackets());
          return text(malformation, json.substring(0, at) + json.substring(at + 1),
              "deleted '" + json.charAt(at) + "' at character " + at);
        }
        case SWAPPED_TYPE: {
          Span value = draw.pick(spans.values());
          String swapped = swap(value.kind());
          return replace(malformation, value, swapped, "replaced " + value.kind().name()
              .toLowerCase(java.util.Locale.ROOT) + " " + excerpt(value) + " by " + swapped);
        }
        case DUPLICATE_KEY: {
          Span member = draw.pick(spans.members());
          String copy = json.substring(member.start(), member.end());
          return text(malformation,
              json.substring(0, member.end()) + "," + copy + json.substring(member.end()),
              "repeated the member " + excerpt(member));
        }
        case HUGE_NUMBER: {
          List<Span> numbers = ofKind(spans.values(), Kind.NUMBER);
          Span target = numbers.isEmpty() ? draw.pick(ofKind(spans.values(), Kind.STRING))
              : draw.pick(numbers);
          String huge = hugeNumber();
          return replace(malformation, target, huge, "replaced " + excerpt(target) + " by "
              + (huge.length() > 40 ? "a number of " + huge.length() + " characters" : huge));
        }
        case INVALID_UTF8: {
          int at = insideAString();
          byte[] bad = NOT_UTF8[draw.between(0, NOT_UTF8.length - 1)];
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.writeBytes(utf8(json.substring(0, at)));
          out.writeBytes(bad);
          out.writeBytes(utf8(json.substring(at)));
          return document(malformation, out.toByteArray(),
              "inserted the bytes " + hex(bad) + " in a string at character " + at);
        }
        case UNPAIRED_SURROGATE: {
          int at = insideAString();
          String escape = draw.pick(SURROGATES);
          return text(malformation, json.substring(0, at) + escape + json.substring(at),
              "inserted " + escape + " in a string at character " + at);
        }
        case BAD_ESCAPE: {
          int at = insideAString();
          String escape = draw.pick(BAD_ESCAPES);
          return text(malformation, json.substring(0, at) + escape + json.substring(at),
              "inserted " + escape.replace("\n", "a raw line break").replace("\t", "a raw tab")
                  .replace("\u0001", "a raw U+0001") + " in a string at character " + at);
        }
        case TRAILING_CONTENT: {
          String trailer = draw.pick(TRAILERS);
          return text(malformation, json + trailer, "appended '" + trailer + "'");
        }
        case NOT_AN_OBJECT: {
          List<String> documents = List.of("[" + json + "]", "\"" + "plan" + "\"", "42", "null",
              "[]", "true");
          String document = draw.pick(documents);
          return text(malformation, document, document.startsWith("[{")
              ? "wrapped the plan in an array" : "replaced the document by " + document);
        }
        case TOO_DEEP: {
          int depth = draw.between(65, 10_000);
          String deep = "\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + ",";
          return text(malformation, "{" + deep + json.substring(1),
              "added a field nested " + depth + " arrays deep");
        }
        default:
          throw new IllegalStateException("unknown malformation " + malformation);
      }
    }

    private String swap(Kind kind) {
      switch (kind) {
        case STRING: return "true";
        case NUMBER: return "\"1\"";
        case BOOLEAN: return "0";
        case OBJECT: return "[]";
        case ARRAY: return "{}";
        default: return "\"null\"";
      }
    }

    private String hugeNumber() {
      switch (draw.between(0, 5)) {
        case 0: return "1" + "0".repeat(draw.between(100, 300));
        case 1: return "-9" + "9".repeat(draw.between(100, 300));
        case 2: return "1e999999999";
        case 3: return "-1e999999999";
        case 4: return "1e400";
        default: return "1e-999999999";
      }
    }

    /** A position strictly inside a string (value or key), never inside an escape. */
    private int insideAString() {
      List<Span> strings = new ArrayList<>(ofKind(spans.values(), Kind.STRING));
      strings.addAll(spans.keys());
      Span string = draw.pick(strings);
      int at = draw.between(string.start() + 1, string.end() - 1);
      // Step back to a boundary: not after a backslash, not inside a \\uXXXX, not mid-pair.
      while (at > string.start() + 1 && !boundary(at)) {
        at--;
      }
      return at;
    }

    private boolean boundary(int at) {
      if (Character.isLowSurrogate(json.charAt(at))) {
        return false;
      }
      int backslashes = 0;
      for (int i = at - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      if (backslashes % 2 == 1) {
        return false;
      }
      for (int back = 2; back <= 5; back++) {
        int u = at - back;
        if (u > 0 && json.charAt(u) == 'u' && json.charAt(u - 1) == '\\') {
          int escapes = 0;
          for (int i = u - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
            escapes++;
          }
          if (escapes % 2 == 1) {
            return false;
          }
        }
      }
      return true;
    }

    private MalformedDocument replace(Malformation malformation, Span span, String with,
        String description) {
      return text(malformation,
          json.substring(0, span.start()) + with + json.substring(span.end()), description);
    }

    private String excerpt(Span span) {
      return Texts.abbreviate(json.substring(span.start(), span.end()));
    }

    private static List<Span> ofKind(List<Span> spans, Kind kind) {
      List<Span> matching = new ArrayList<>();
      for (Span span : spans) {
        if (span.kind() == kind) {
          matching.add(span);
        }
      }
      return matching;
    }

    private static MalformedDocument text(Malformation malformation, String text,
        String description) {
      return document(malformation, utf8(text), description);
    }

    private static MalformedDocument document(Malformation malformation, byte[] bytes,
        String description) {
      return new MalformedDocument(malformation, bytes, description);
    }

    private static byte[] utf8(String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
      StringBuilder hex = new StringBuilder();
      for (byte b : bytes) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xFF));
      }
      return hex.toString();
    }
  }
}
