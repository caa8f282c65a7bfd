package io.mutualplan.testkit.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The code of a test method between its {@code // NAME-BEGIN} and {@code // NAME-END} comments,
 * as a page shows it: without the method body's indentation. A test that runs a page's example
 * keeps it there, and checks that the page still shows it word for word.
 */
final class MarkedCode {
  private static final String INDENT = "    ";

  private MarkedCode() {}

  /** The lines between the markers named {@code name} in the test source {@code file}. */
  static String between(String file, String name) throws IOException {
    List<String> source =
        Files.readAllLines(Path.of("src/test/java/io/mutualplan/testkit/readme").resolve(file));
    int begin = source.indexOf(INDENT + "// " + name + "-BEGIN");
    int end = source.indexOf(INDENT + "// " + name + "-END");
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(file + " has no " + name + "-BEGIN and -END markers");
    }
    return String.join("\n", source.subList(begin + 1, end).stream()
        .map(line -> line.startsWith(INDENT) ? line.substring(INDENT.length()) : line)
        .toList());
  }
}
