package io.mutualplan.json;

import static io.mutualplan.json.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.MutualActionPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents given as bytes must be text in their encoding: UTF-8 by the Unicode Standard's rules
 * (no overlong encodings, no encoded surrogates, nothing above U+10FFFF, no stray bytes), UTF-16
 * without unpaired surrogates. Every source of bytes (an array, a stream, a file) reports a bad
 * sequence the same way: at the byte, with the pointer of the value or object it is in.
 */
class InvalidTextTest {
  @TempDir
  static Path files;

  private static final String GOAL_PREFIX = "{\n  \"format\": \"mutual-action-plan/1\",\n  \"goal\": \"ab";

  /** Every way the reader is given bytes: an array, a stream (read a byte at a time too), a file. */
  private static List<Function<byte[], MutualActionPlan>> byteSources(MapJson json) {
    return List.of(
        json.plans()::read,
        bytes -> json.plans().read(new ByteArrayInputStream(bytes)),
        bytes -> json.plans().read(new TricklingStream(bytes)),
        bytes -> {
          try {
            Path file = Files.createTempFile(files, "plan", ".json");
            Files.write(file, bytes);
            return json.plans().read(file);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private static List<DocumentProblem> problemsFromEverySource(byte[] document) {
    List<DocumentProblem> first = null;
    for (MapJson json : List.of(MapJson.standard(), MapJson.standard().lenient())) {
      for (Function<byte[], MutualActionPlan> source : byteSources(json)) {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
            () -> source.apply(document));
        assertThat(e).as("rejected: %s", HexFormat.ofDelimiter(" ").formatHex(document)).isNotNull();
        if (first == null) {
          first = e.problems();
        } else {
          assertThat(e.problems()).as("the same problems from every source").isEqualTo(first);
        }
      }
    }
    return first;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      C0 AF       | byte C0 starts an overlong encoding, which UTF-8 does not allow
      C1 BF       | byte C1 starts an overlong encoding, which UTF-8 does not allow
      E0 80 AF    | bytes E0 80 start an overlong encoding, which UTF-8 does not allow
      E0 9F BF    | bytes E0 9F start an overlong encoding, which UTF-8 does not allow
      F0 8F BF BF | bytes F0 8F start an overlong encoding, which UTF-8 does not allow
      ED A0 80    | bytes ED A0 start an encoded surrogate (U+D800 to U+DFFF), which UTF-8 does not allow
      ED BF BF    | bytes ED BF start an encoded surrogate (U+D800 to U+DFFF), which UTF-8 does not allow
      F4 90 80 80 | bytes F4 90 start a code point above U+10FFFF, the last in Unicode
      F5 80 80 80 | byte F5 never appears in UTF-8
      FF          | byte FF never appears in UTF-8
      FC 83 BF BF BF BF | byte FC never appears in UTF-8
      81          | byte 81 continues a character that never started
      80          | byte 80 continues a character that never started
      BF          | byte BF continues a character that never started
      C3 41       | the character starting with byte C3 is cut short (bytes C3 41)
      E2 82 41    | the character starting with byte E2 is cut short (bytes E2 82 41)
      E0 FF       | the character starting with byte E0 is cut short (bytes E0 FF)
      """)
  void rejectsBytesThatAreNotUtf8InAStringAtTheByte(String hex, String reason) {
    byte[] bad = HexFormat.ofDelimiter(" ").parseHex(hex.trim());
    byte[] document = concat(utf8(GOAL_PREFIX), bad, utf8("cd\"\n}"));

    List<DocumentProblem> problems = problemsFromEverySource(document);

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0))
        .hasPointer("/goal")
        .isAt(3, 14)
        .hasMessage("the document is not valid UTF-8 at byte offset " + GOAL_PREFIX.length() + ": "
            + reason.trim());
  }

  @Test
  void rejectsBytesThatAreNotUtf8InAFieldNameEvenWhenLenientPlacingThemAtTheObject() {
    byte[] document = concat(utf8("{\n  \"format\": \"mutual-action-plan/1\",\n  \"buyer\": {\"na"),
        new byte[] {(byte) 0xFF}, utf8("me\": \"Acme\"}\n}"));

    List<DocumentProblem> problems = problemsFromEverySource(document);

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0))
        .hasPointer("/buyer")
        .isAt(3, 16)
        .hasMessage("the document is not valid UTF-8 at byte offset 53: byte FF never appears in"
            + " UTF-8");
  }

  @Test
  void rejectsAnOverlongEncodingInAnAttributeName() {
    String plan = Documents.planWith("", "  \"attributes\": {\"crm|id\": \"1\"}");
    String before = plan.substring(0, plan.indexOf('|'));
    byte[] document = concat(utf8(before), new byte[] {(byte) 0xC0, (byte) 0xAF},
        utf8(plan.substring(plan.indexOf('|') + 1)));

    List<DocumentProblem> problems = problemsFromEverySource(document);

    assertProblem(problems.get(problems.size() - 1))
        .hasPointer("/attributes")
        .hasMessageContaining("not valid UTF-8 at byte offset " + before.length()
            + ": byte C0 starts an overlong encoding");
  }

  @Test
  void placesABadByteAtTheStartOfTheDocumentBeforeTheParserBegins() {
    List<DocumentProblem> problems = problemsFromEverySource(
        concat(new byte[] {'{', (byte) 0xC0, (byte) 0xAF}, utf8("}")));

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0))
        .hasPointer("")
        .isAt(1, 2)
        .hasMessage("the document is not valid UTF-8 at byte offset 1: byte C0 starts an overlong"
            + " encoding, which UTF-8 does not allow");
  }

  @Test
  void rejectsADocumentThatEndsInsideACharacter() {
    List<DocumentProblem> problems =
        problemsFromEverySource(concat(utf8(GOAL_PREFIX), new byte[] {(byte) 0xF0, (byte) 0x9F}));

    assertProblem(problems.get(0))
        .hasPointer("/goal")
        .isAt(3, 14)
        .hasMessage("the document is not valid UTF-8 at byte offset " + GOAL_PREFIX.length()
            + ": the document ends inside a character (bytes F0 9F)");
  }

  /** Characters at the edges of every range of table 3-7 of the Unicode Standard are text. */
  @Test
  void readsEveryValidSequenceLengthFromEverySource() {
    String text = "\u0080\u07FF\u0800\uD7FF\uE000\uFFFD\uFFFF\uD800\uDC00\uDBFF\uDFFF é中😀";
    byte[] document = utf8(Documents.planWith("", "  \"goal\": \"" + text + "\""));

    for (MapJson json : List.of(MapJson.standard(), MapJson.standard().lenient())) {
      for (Function<byte[], MutualActionPlan> source : byteSources(json)) {
        assertThat(source.apply(document).goal()).hasValue(text);
      }
    }
  }

  /**
   * A stream is checked in buffers of 8 KiB: characters across the edge of a buffer are read,
   * and a bad one across it is placed at its first byte.
   */
  @Test
  void checksCharactersAcrossTheEdgesOfTheStreamsBuffers() {
    String filler = "x".repeat(8192 - GOAL_PREFIX.length() - 1);
    String text = filler + "😀";
    byte[] valid = utf8(GOAL_PREFIX.replace("\"ab", "\"") + text + "\",\n  \"id\": \"p\"}");
    assertThat(catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().plans().read(new ByteArrayInputStream(valid))).problems())
        .noneMatch(p -> p.message().contains("UTF-8"));

    byte[] prefix = utf8(GOAL_PREFIX + "x".repeat(8192 - GOAL_PREFIX.length() - 2));
    byte[] document = concat(prefix, new byte[] {(byte) 0xE2, (byte) 0x82, '!'}, utf8("\"}"));

    List<DocumentProblem> problems = problemsFromEverySource(document);

    assertProblem(problems.get(0))
        .hasPointer("/goal")
        .isAt(3, 8192 - (GOAL_PREFIX.length() - 13) - 2 + 1)
        .hasMessage("the document is not valid UTF-8 at byte offset 8190: the character starting"
            + " with byte E2 is cut short (bytes E2 82 21)");
  }

  @Test
  void readsAPlanWrittenInUtf16OrUtf32WithOrWithoutAByteOrderMark() throws IOException {
    String acme = Files.readString(Path.of("..", "examples", "acme-go-live.json"));
    MutualActionPlan expected = MapJson.standard().plans().read(acme);
    for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "UTF-8")) {
      for (String mark : List.of("", "\uFEFF")) {
        byte[] document = (mark + acme).getBytes(Charset.forName(charset));
        for (Function<byte[], MutualActionPlan> source : byteSources(MapJson.standard())) {
          assertThat(source.apply(document)).as("%s %s", charset, mark.isEmpty() ? "" : "BOM")
              .isEqualTo(expected);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"UTF-16BE, D8 00", "UTF-16LE, 00 D8", "UTF-16BE, D8 80"})
  void rejectsAnUnpairedSurrogateInUtf16InsteadOfReplacingIt(String charset, String hex) {
    Charset encoding = Charset.forName(charset);
    byte[] document = concat(GOAL_PREFIX.getBytes(encoding), HexFormat.ofDelimiter(" ")
        .parseHex(hex), "cd\"\n}".getBytes(encoding));

    List<DocumentProblem> problems = problemsFromEverySource(document);

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0))
        .hasPointer("/goal")
        .isAt(3, 14)
        .hasMessage("the document is not valid UTF-16 at byte offset " + 2 * GOAL_PREFIX.length()
            + ": bytes " + hex + " are an unpaired surrogate");
  }

  /** JDK and parser disagree past U+10FFFF: the reader's own check says where and why. */
  @ParameterizedTest
  @CsvSource({"UTF-32BE, 00 11 00 00", "UTF-32LE, 00 00 11 00"})
  void rejectsAValueAboveU10FfffInUtf32(String charset, String hex) {
    Charset encoding = Charset.forName(charset);
    byte[] document = concat(GOAL_PREFIX.getBytes(encoding), HexFormat.ofDelimiter(" ")
        .parseHex(hex), "cd\"\n}".getBytes(encoding));

    List<DocumentProblem> problems = problemsFromEverySource(document);

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0))
        .hasPointer("/goal")
        .isAt(3, 14)
        .hasMessage("the document is not valid UTF-32 at byte offset " + 4 * GOAL_PREFIX.length()
            + ": bytes " + hex + " are not a Unicode character");
  }

  @Test
  void rejectsAUtf16DocumentThatEndsInsideACharacter() {
    byte[] document = concat((GOAL_PREFIX + "cd").getBytes(StandardCharsets.UTF_16BE),
        new byte[] {0x00});

    List<DocumentProblem> problems = problemsFromEverySource(document);

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0))
        .hasPointer("/goal")
        .isAt(3, 16)
        .hasMessage("the document is not valid UTF-16 at byte offset "
            + 2 * (GOAL_PREFIX.length() + 2) + ": the document ends inside a character (bytes 00)");
  }

  /** Hands over one byte per read, as a slow network might. */
  private static final class TricklingStream extends InputStream {
    private final byte[] bytes;
    private int position;

    TricklingStream(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int next = read();
      if (next < 0) {
        return -1;
      }
      target[offset] = (byte) next;
      return 1;
    }
  }
}
