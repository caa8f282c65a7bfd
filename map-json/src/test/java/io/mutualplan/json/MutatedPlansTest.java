package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mutualplan.core.MutualActionPlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken plans end in a {@link DocumentReadException} and nothing else. For every seed, a valid plan
 * (generated, or one of the examples) is written compact or pretty and damaged a few times at
 * random: braces, brackets, quotes, colons and commas deleted or inserted, the text truncated, a
 * value replaced by one of another type, a key repeated, numbers made huge, invalid Unicode and
 * invalid UTF-8 put into strings, a part copied elsewhere, deep nesting inserted. Each damaged
 * document, read from bytes, text and a stream, strictly and leniently, must either read as a plan
 * (some damage is harmless, e.g. to whitespace) that writes and reads back to itself, or be
 * rejected with a {@link DocumentReadException} with at least one problem: never another exception.
 * A failure names the seed and the damaged document.
 */
class MutatedPlansTest {
  private static final int MUTANTS_PER_SEED = 40;

  static LongStream seeds() {
    return LongStream.range(0, 100).map(i -> 0xBAD_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDamagedPlanReadsAsAPlanOrFailsWithAFormatError(long seed) throws IOException {
    Random random = new Random(seed);
    byte[] original = original(seed, random);
    for (int i = 0; i < MUTANTS_PER_SEED; i++) {
      byte[] mutant = mutate(original, random);
      for (MapJson json : List.of(MapJson.standard(), MapJson.standard().lenient())) {
        checkOutcome(seed, mutant, () -> json.plans().read(mutant));
        checkOutcome(seed, mutant, () -> json.plans().read(new ByteArrayInputStream(mutant)));
        String text = new String(mutant, StandardCharsets.UTF_8);
        checkOutcome(seed, mutant, () -> json.plans().read(text));
      }
    }
  }

  private interface Read {
    MutualActionPlan read();
  }

  private static void checkOutcome(long seed, byte[] mutant, Read read) {
    MutualActionPlan[] plan = new MutualActionPlan[1];
    Throwable thrown = catchThrowable(() -> plan[0] = read.read());
    String description = "seed " + seed + ", document:\n" + new String(mutant, StandardCharsets.UTF_8);
    if (thrown == null) {
      MapJson json = MapJson.standard();
      assertThat(json.plans().read(json.plans().write(plan[0]))).as(description).isEqualTo(plan[0]);
    } else {
      assertThat(thrown).as(description).isInstanceOf(DocumentReadException.class);
      assertThat(((DocumentReadException) thrown).problems()).as(description).isNotEmpty();
    }
  }

  private static byte[] original(long seed, Random random) throws IOException {
    MapJson json = random.nextBoolean() ? MapJson.standard() : MapJson.standard().pretty();
    if (seed % 10 == 0) {
      List<java.nio.file.Path> examples = ExamplePlansTest.examples();
      return Files.readAllBytes(examples.get(random.nextInt(examples.size())));
    }
    return json.plans().writeBytes(RandomPlans.plan(seed, 8));
  }

  private static final String[] STRUCTURE = {"{", "}", "[", "]", "\"", ":", ",", "\\"};
  private static final String[] VALUES = {"null", "true", "false", "0", "-1", "1.5", "\"\"",
      "\"x\"", "{}", "[]", "[null]", "{\"a\":1}", "\"2027-02-30\"", "\"bad id\"", "-0", "1e5"};
  private static final String[] HUGE_NUMBERS = {"1e999999999", "-1e-999999999", "1e99999999999",
      "-7.5E-99999999999",
      "123456789012345678901234567890", "2147483648", "-2147483649", "1" + "0".repeat(120),
      "0." + "0".repeat(90) + "1", "1.0E+400", "9".repeat(40) + ".5"};
  private static final String[] BAD_UNICODE = {"\\uD800", "\\uDFFF", "\\uD83D", "\\u0000",
      "\\uZZZZ", "\\u12", "\\x41", "\t", "\u0001"};
  private static final byte[][] BAD_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
      (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}};

  private static byte[] mutate(byte[] original, Random random) {
    byte[] document = original;
    for (int damages = 1 + random.nextInt(3); damages > 0; damages--) {
      document = damage(document, random);
    }
    return document;
  }

  private static byte[] damage(byte[] document, Random random) {
    String text = new String(document, StandardCharsets.UTF_8);
    int at = random.nextInt(document.length + 1);
    switch (random.nextInt(10)) {
      case 0 -> {
        int structural = findAny(document, random, "{}[]\":,");
        return structural < 0 ? document : splice(document, structural, 1, new byte[0]);
      }
      case 1 -> {
        return splice(document, at, 0, bytes(STRUCTURE[random.nextInt(STRUCTURE.length)]));
      }
      case 2 -> {
        return java.util.Arrays.copyOf(document, random.nextInt(document.length));
      }
      case 3 -> {
        return replaceValue(text, random, VALUES[random.nextInt(VALUES.length)]);
      }
      case 4 -> {
        return repeatKey(text, random);
      }
      case 5 -> {
        return replaceValue(text, random, HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)]);
      }
      case 6 -> {
        int quote = findAny(document, random, "\"");
        return quote < 0 ? document
            : splice(document, quote + 1, 0, bytes(BAD_UNICODE[random.nextInt(BAD_UNICODE.length)]));
      }
      case 7 -> {
        int quote = findAny(document, random, "\"");
        return quote < 0 ? document
            : splice(document, quote + 1, 0, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
      }
      case 8 -> {
        int from = random.nextInt(document.length);
        int length = random.nextInt(Math.min(200, document.length - from) + 1);
        byte[] part = java.util.Arrays.copyOfRange(document, from, from + length);
        return splice(document, at, 0, part);
      }
      default -> {
        int depth = 1 + random.nextInt(120);
        return replaceValue(text, random, "[".repeat(depth) + "]".repeat(depth));
      }
    }
  }

  /** Replaces a value (after a colon, or an array element) with {@code replacement}. */
  private static byte[] replaceValue(String text, Random random, String replacement) {
    List<int[]> values = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '[' || c == ',') {
        int start = i + 1;
        while (start < text.length() && text.charAt(start) == ' ') {
          start++;
        }
        int end = scalarEnd(text, start);
        if (end > start) {
          values.add(new int[] {start, end});
        }
      }
    }
    if (values.isEmpty()) {
      return bytes(text);
    }
    int[] value = values.get(random.nextInt(values.size()));
    return bytes(text.substring(0, value[0]) + replacement + text.substring(value[1]));
  }

  private static int scalarEnd(String text, int start) {
    if (start >= text.length()) {
      return start;
    }
    if (text.charAt(start) == '"') {
      int i = start + 1;
      while (i < text.length() && text.charAt(i) != '"') {
        i += text.charAt(i) == '\\' ? 2 : 1;
      }
      return Math.min(i + 1, text.length());
    }
    int i = start;
    while (i < text.length() && ",}] \n".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /** Repeats a {@code "key": scalar} pair right after itself. */
  private static byte[] repeatKey(String text, Random random) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = text.indexOf("\":"); i >= 0; i = text.indexOf("\":", i + 1)) {
      int keyStart = text.lastIndexOf('"', i - 1);
      int valueStart = i + 2;
      while (valueStart < text.length() && text.charAt(valueStart) == ' ') {
        valueStart++;
      }
      int end = scalarEnd(text, valueStart);
      if (keyStart >= 0 && end > valueStart) {
        pairs.add(new int[] {keyStart, end});
      }
    }
    if (pairs.isEmpty()) {
      return bytes(text);
    }
    int[] pair = pairs.get(random.nextInt(pairs.size()));
    String copy = text.substring(pair[0], pair[1]);
    return bytes(text.substring(0, pair[1]) + "," + copy + text.substring(pair[1]));
  }

  private static int findAny(byte[] document, Random random, String characters) {
    for (int tries = 0; tries < 200; tries++) {
      int at = random.nextInt(document.length);
      if (characters.indexOf(document[at]) >= 0) {
        return at;
      }
    }
    return -1;
  }

  private static byte[] splice(byte[] document, int at, int remove, byte[] insert) {
    byte[] result = new byte[document.length - remove + insert.length];
    System.arraycopy(document, 0, result, 0, at);
    System.arraycopy(insert, 0, result, at, insert.length);
    System.arraycopy(document, at + remove, result, at + insert.length,
        document.length - at - remove);
    return result;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
