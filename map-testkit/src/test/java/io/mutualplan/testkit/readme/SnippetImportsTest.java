package io.mutualplan.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README, of {@code docs/getting-started.md} and of {@code
 * docs/spreadsheets-and-calendars.md} names its imports, so a reader can paste it: each type it
 * uses is imported, declared in the snippet or in {@code java.lang}; each import names a type
 * that exists (a MAP type with a source file in the repository, a JDK type, or a library type the
 * project's own code imports the same way); and no import is left unused.
 */
class SnippetImportsTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final List<Path> PAGES = List.of(
      REPOSITORY.resolve("README.md"), REPOSITORY.resolve("docs").resolve("getting-started.md"),
      REPOSITORY.resolve("docs").resolve("spreadsheets-and-calendars.md"));

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern IMPORT =
      Pattern.compile("^import (static )?([\\w.]+);$", Pattern.MULTILINE);
  private static final Pattern DECLARATION =
      Pattern.compile("\\b(?:class|record|interface|enum) ([A-Z]\\w*)");
  /** A capitalised name with a lower-case letter (constants such as {@code READY} have none). */
  private static final Pattern TYPE_NAME =
      Pattern.compile("(?<![\\w.])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\\b");
  private static final Pattern STRING_OR_COMMENT = Pattern.compile(
      "\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)'|//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  /** One snippet: the page it is on, its number there, and its code. */
  record Snippet(String page, int number, String code) {
    @Override
    public String toString() {
      return page + ", Java snippet " + number;
    }
  }

  @Test
  void everySnippetImportsTheTypesItUsesAndOnlyThose() throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    for (Path page : PAGES) {
      snippets.addAll(snippets(page));
    }
    List<String> problems = new ArrayList<>();
    for (Snippet snippet : snippets) {
      problems.addAll(problems(snippet));
    }

    // The README has five snippets, the getting-started page and the spreadsheets page one each;
    // fewer, or a page with none, means some were not read.
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(7);
    assertThat(snippets).extracting(Snippet::page)
        .contains("README.md", "docs/getting-started.md", "docs/spreadsheets-and-calendars.md");
    assertThat(problems).isEmpty();
  }

  @Test
  void aMissingAnUnknownAndAnUnusedImportAreEachFound() {
    Snippet snippet = new Snippet("page.md", 1, String.join("\n",
        "import io.mutualplan.core.MilestoneId;",
        "import io.mutualplan.core.NoSuchType;",
        "import java.util.List;",
        "",
        "// Scheduler and Verdict in a comment, \"Optional\" in a string, neither need an import.",
        "MutualActionPlan plan = read(\"Scheduler\");",
        "record Pair(MilestoneId id, String title) {}",
        "NoSuchType.hello(new Pair(null, Integer.toString(READY)));"));

    assertThat(problems(snippet)).containsExactly(
        "page.md, Java snippet 1: io.mutualplan.core.NoSuchType is not a type of MAP, the JDK or"
            + " a library the project imports",
        "page.md, Java snippet 1: MutualActionPlan is used but not imported",
        "page.md, Java snippet 1: java.util.List is imported but not used");
  }

  private static List<Snippet> snippets(Path page) throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(Files.readString(page));
    while (block.find()) {
      snippets.add(new Snippet(REPOSITORY.relativize(page).toString(), snippets.size() + 1,
          block.group(1)));
    }
    return snippets;
  }

  /** What a reader pasting the snippet would trip over. */
  private static List<String> problems(Snippet snippet) {
    String code = STRING_OR_COMMENT.matcher(snippet.code()).replaceAll("\"\"");
    Set<String> imported = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    Matcher line = IMPORT.matcher(code);
    while (line.find()) {
      boolean isStatic = line.group(1) != null;
      String name = line.group(2);
      String type = isStatic ? name.substring(0, name.lastIndexOf('.')) : name;
      if (!exists(type)) {
        problems.add(snippet + ": " + type
            + " is not a type of MAP, the JDK or a library the project imports");
      }
      imported.add(name.substring(name.lastIndexOf('.') + 1));
    }
    String body = IMPORT.matcher(code).replaceAll("");
    Set<String> declared = new LinkedHashSet<>();
    DECLARATION.matcher(body).results().forEach(match -> declared.add(match.group(1)));
    Set<String> used = new LinkedHashSet<>();
    TYPE_NAME.matcher(body).results().forEach(match -> used.add(match.group()));

    for (String type : used) {
      if (!imported.contains(type) && !declared.contains(type) && !inJavaLang(type)) {
        problems.add(snippet + ": " + type + " is used but not imported");
      }
    }
    for (String name : imported) {
      if (!Pattern.compile("\\b" + name + "\\b").matcher(body).find()) {
        problems.add(snippet + ": " + importOf(code, name) + " is imported but not used");
      }
    }
    return problems;
  }

  private static String importOf(String code, String simpleName) {
    Matcher line = IMPORT.matcher(code);
    while (line.find()) {
      if (line.group(2).endsWith("." + simpleName)) {
        return line.group(2);
      }
    }
    return simpleName;
  }

  private static boolean inJavaLang(String simpleName) {
    return isJdkType("java.lang." + simpleName);
  }

  /**
   * Whether a fully qualified type exists: a MAP type has a source file in a module of the
   * repository (an Immutables value type is written as {@code AbstractName}); a JDK type loads;
   * any other library's type is one that the project's own sources import in the same words, so
   * that the build compiling them proves it.
   */
  private static boolean exists(String type) {
    if (type.startsWith("io.mutualplan.")) {
      int dot = type.lastIndexOf('.');
      String folder = type.substring(0, dot).replace('.', '/');
      String name = type.substring(dot + 1);
      return modules().anyMatch(module -> {
        Path sources = module.resolve("src/main/java").resolve(folder);
        return Files.exists(sources.resolve(name + ".java"))
            || Files.exists(sources.resolve("Abstract" + name + ".java"));
      });
    }
    if (type.startsWith("java.") || type.startsWith("javax.")) {
      return isJdkType(type);
    }
    return importedByTheProject(type);
  }

  private static boolean isJdkType(String type) {
    try {
      Class.forName(type, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static boolean importedByTheProject(String type) {
    Pattern line = Pattern.compile(
        "^import (static )?" + Pattern.quote(type) + "(\\.\\w+)?;$", Pattern.MULTILINE);
    return modules().anyMatch(module -> {
      try (Stream<Path> files = Files.walk(module.resolve("src"))) {
        return files.filter(file -> file.toString().endsWith(".java"))
            .anyMatch(file -> line.matcher(read(file)).find());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> modules() {
    try {
      return Files.list(REPOSITORY)
          .filter(folder -> folder.getFileName().toString().startsWith("map-"))
          .filter(folder -> Files.isDirectory(folder.resolve("src")))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
