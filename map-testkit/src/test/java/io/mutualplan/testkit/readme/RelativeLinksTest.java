package io.mutualplan.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the repository's Markdown (README, docs, examples, benchmarks, changelog)
 * leads somewhere inside the repository: to a file or folder that exists and, for a link with a
 * {@code #fragment}, to a heading of that page. A user reading the docs on GitHub or in a clone
 * never lands on a missing page or at the top of a page instead of the section meant.
 */
class RelativeLinksTest {
  /** The build runs the tests in the module's folder; the repository is its parent. */
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  /** An inline link or image, {@code [text](target)} or {@code [text](target "title")}. */
  private static final Pattern INLINE_LINK =
      Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

  /** A link reference definition, {@code [label]: target}, on a line of its own. */
  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?([^\\s>]+)>?.*$", Pattern.MULTILINE);

  /** A code span on one line: {@code `...`}. */
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

  /** A target with a scheme ({@code https:}, {@code mailto:}) is not relative. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

  /** One link: the page it is on, its line, and where it points. */
  record Link(Path page, int line, String target) {
    @Override
    public String toString() {
      return REPOSITORY.relativize(page) + ":" + line + ": (" + target + ")";
    }
  }

  @Test
  void everyRelativeLinkInTheRepositorysMarkdownLeadsToAFileOrHeadingThatExists()
      throws IOException {
    List<Link> links = new ArrayList<>();
    for (Path page : markdownPages()) {
      links.addAll(relativeLinks(page, Files.readString(page)));
    }

    List<Link> broken = new ArrayList<>();
    for (Link link : links) {
      if (!resolves(link)) {
        broken.add(link);
      }
    }

    // README.md alone has a dozen; far fewer would mean the pages were not found or not parsed.
    assertThat(links).hasSizeGreaterThan(100);
    assertThat(broken).as("links that lead nowhere").isEmpty();
  }

  @Test
  void theMarkdownPagesIncludeTheReadmeTheDocsAndTheExamplesReadme() throws IOException {
    assertThat(markdownPages()).extracting(page -> REPOSITORY.relativize(page).toString()
            .replace('\\', '/'))
        .contains("README.md", "CHANGELOG.md", "docs/plan-format.md", "docs/scheduling.md",
            "docs/rules/README.md", "examples/README.md")
        .noneMatch(path -> path.contains("target/") || path.contains("src/"));
  }

  @Test
  void aLinkToAMissingFileOrHeadingIsFoundAndOneInsideCodeIsIgnored() throws IOException {
    Path page = REPOSITORY.resolve("docs").resolve("scheduling.md");
    String text = String.join("\n",
        "See [the format](plan-format.md), [a typo](plan-fromat.md),",
        "[a section](plan-format.md#the-four-types), [no section](plan-format.md#the-five-types),",
        "[this page](#the-deadline), [outside](../../elsewhere.md) and [the web](https://example.com).",
        "`[in code](missing.md)`",
        "```",
        "[in a block](missing.md)",
        "```",
        "[ref]: ../README.md#a-worked-example");

    List<Link> links = relativeLinks(page, text);

    assertThat(links).extracting(Link::target).containsExactly("plan-format.md",
        "plan-fromat.md", "plan-format.md#the-four-types", "plan-format.md#the-five-types",
        "#the-deadline", "../../elsewhere.md", "../README.md#a-worked-example");
    assertThat(links).filteredOn(link -> !resolves(link)).extracting(Link::target)
        .containsExactly("plan-fromat.md", "plan-format.md#the-five-types", "../../elsewhere.md");
  }

  @Test
  void headingAnchorsAreSpelledAsGitHubSpellsThem() {
    assertThat(anchors(String.join("\n",
        "# The plan format: `mutual-action-plan/1`",
        "## Benchmarks (`map-benchmarks`)",
        "## Due dates: `due` and `baselineDue`",
        "### Dates in the report",
        "### Dates in the report",
        "## Fourth round: where the rest goes, measured against a reader with no bookkeeping",
        "```",
        "# not a heading",
        "```")))
        .containsExactly("the-plan-format-mutual-action-plan1", "benchmarks-map-benchmarks",
            "due-dates-due-and-baselinedue", "dates-in-the-report", "dates-in-the-report-1",
            "fourth-round-where-the-rest-goes-measured-against-a-reader-with-no-bookkeeping");
  }

  /** The Markdown files of the repository, outside build output, sources and hidden folders. */
  private static List<Path> markdownPages() throws IOException {
    List<Path> pages = new ArrayList<>();
    Files.walkFileTree(REPOSITORY, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
        String name = directory.getFileName().toString();
        boolean skipped = !directory.equals(REPOSITORY)
            && (name.equals("target") || name.equals("src") || name.startsWith("."));
        return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (file.getFileName().toString().endsWith(".md")) {
          pages.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    pages.sort(null);
    return pages;
  }

  /**
   * The relative links of a page, in order. Code does not count: fenced blocks and code spans are
   * blanked out first (keeping the line breaks, so that line numbers stay right), and a link's
   * text may run over several lines.
   */
  private static List<Link> relativeLinks(Path page, String text) {
    StringBuilder prose = new StringBuilder();
    boolean inFence = false;
    for (String line : text.split("\n", -1)) {
      if (line.stripLeading().startsWith("```")) {
        inFence = !inFence;
      } else if (!inFence) {
        prose.append(CODE_SPAN.matcher(line).replaceAll(""));
      }
      prose.append('\n');
    }
    List<Link> links = new ArrayList<>();
    Matcher inline = INLINE_LINK.matcher(prose);
    while (inline.find()) {
      add(links, page, prose, inline.start(), inline.group(1));
    }
    Matcher definition = REFERENCE_DEFINITION.matcher(prose);
    while (definition.find()) {
      add(links, page, prose, definition.start(), definition.group(1));
    }
    links.sort(Comparator.comparingInt(Link::line));
    return links;
  }

  private static void add(List<Link> links, Path page, CharSequence prose, int at, String target) {
    if (!target.isEmpty() && !SCHEME.matcher(target).find()) {
      int line = 1 + (int) prose.subSequence(0, at).chars().filter(c -> c == '\n').count();
      links.add(new Link(page, line, target));
    }
  }

  /** Whether the link's file exists inside the repository and, with a fragment, its heading. */
  private static boolean resolves(Link link) {
    int hash = link.target().indexOf('#');
    String file = hash < 0 ? link.target() : link.target().substring(0, hash);
    Path target = file.isEmpty() ? link.page()
        : link.page().getParent().resolve(file).normalize();
    if (!target.startsWith(REPOSITORY) || !Files.exists(target)) {
      return false;
    }
    if (hash < 0) {
      return true;
    }
    String fragment = link.target().substring(hash + 1);
    try {
      return target.toString().endsWith(".md")
          && anchors(Files.readString(target)).contains(fragment);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The anchors GitHub gives a page's headings: the heading's text without its Markdown, in lower
   * case, without punctuation other than hyphens and underscores, spaces turned into hyphens, and
   * a repeated anchor numbered ({@code -1}, {@code -2}).
   */
  private static Set<String> anchors(String text) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean inFence = false;
    for (String line : text.split("\n", -1)) {
      if (line.stripLeading().startsWith("```")) {
        inFence = !inFence;
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (inFence || !heading.matches()) {
        continue;
      }
      String words = heading.group(1)
          .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
          .toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
          .replace(' ', '-');
      int repeats = seen.merge(words, 1, Integer::sum) - 1;
      anchors.add(repeats == 0 ? words : words + "-" + repeats);
    }
    return anchors;
  }
}
