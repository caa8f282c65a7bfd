package io.mutualplan.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Javadoc takes a comment's first sentence, up to the first period followed by white space, as
 * its summary in every index and table: "The plan's title, e.g. {@code Acme x Globex}." shows as
 * "The plan's title, e.g.". No Javadoc comment in any module's main sources may have its first
 * sentence cut at an abbreviation; write "for example" or "such as".
 */
class JavadocSummaryTest {
  private static final List<String> ABBREVIATIONS = List.of("e.g.", "i.e.", "cf.", "vs.");

  @Test
  void noSummarySentenceIsCutAtAnAbbreviation() throws IOException {
    List<String> cut = new ArrayList<>();
    List<Path> sourceRoots;
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      sourceRoots = modules.map(module -> module.resolve("src/main/java"))
          .filter(Files::isDirectory).sorted().toList();
    }
    assertThat(sourceRoots).extracting(root -> root.subpath(1, 2).toString()).contains("map-core", "map-rules", "map-json", "map-testkit", "map-cli");
    for (Path root : sourceRoots) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
      }
      for (Path file : files) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        for (int start = source.indexOf("/**"); start >= 0;
            start = source.indexOf("/**", start + 3)) {
          int end = source.indexOf("*/", start + 3);
          int line = 1 + (int) source.substring(0, start).chars().filter(c -> c == '\n').count();
          cutSummary(source.substring(start + 3, end)).ifPresent(summary ->
              cut.add(Path.of("..").relativize(file) + ":" + line + ": " + summary));
        }
      }
    }
    assertThat(cut).as("summaries that end at an abbreviation").isEmpty();
  }

  @Test
  void theCheckFindsASummaryCutAtAnAbbreviationAndNothingElse() {
    assertThat(cutSummary("\n   * The plan's title, e.g. {@code Acme x Globex}.\n   *\n"
        + "   * @return the title\n   ")).contains("The plan's title, e.g.");
    assertThat(cutSummary(" Notes, i.e.\n   * why it is blocked. ")).contains("Notes, i.e.");
    assertThat(cutSummary(" The plan's title, for example {@code Acme x Globex}. ")).isEmpty();
    assertThat(cutSummary(" Reads {@code a.b. c}. The rest, e.g. this, is not the summary. "))
        .isEmpty();
    assertThat(cutSummary(" Returns the id.\n   *\n   * @return the id, e.g. {@code a}\n"))
        .isEmpty();
  }

  /** The first sentence of a comment's text, when it ends at an abbreviation. */
  static Optional<String> cutSummary(String comment) {
    StringBuilder text = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("*")) {
        stripped = stripped.substring(1).strip();
      }
      if (stripped.startsWith("@")) {
        break; // the first block tag ends the main description
      }
      text.append(stripped).append(' ');
    }
    String sentence = firstSentence(withoutInlineTags(text.toString())).strip();
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (String abbreviation : ABBREVIATIONS) {
      if (lower.equals(abbreviation) || lower.endsWith(" " + abbreviation)
          || lower.endsWith("(" + abbreviation) || lower.endsWith("," + abbreviation)) {
        return Optional.of(sentence);
      }
    }
    return Optional.empty();
  }

  /** The text up to and including the first period that white space follows. */
  private static String firstSentence(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '.' && Character.isWhitespace(text.charAt(i + 1))) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  /** The text with each inline tag replaced by a word, so that no period inside one ends it. */
  private static String withoutInlineTags(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (depth == 0 && c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '@') {
        depth = 1;
        out.append("tag");
      } else if (depth > 0) {
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
