package io.mutualplan.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Keeps {@code docs/getting-started.md} true: its {@code pom.xml} names exactly the versions the
 * project itself builds with (read from the repository's own poms, so a version bump that forgets
 * the page fails here), and its first test is {@link FirstPlanTest}, word for word.
 */
class GettingStartedPageTest {
  private static final Path REPOSITORY = Path.of("..");
  private static final Path PAGE = REPOSITORY.resolve("docs").resolve("getting-started.md");
  private static final Pattern XML_BLOCK = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL);
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  /** A dependency or plugin that names a version, as {@code groupId:artifactId} and version. */
  record Pinned(String coordinates, String version) {}

  @Test
  void everyVersionThePagesPomNamesIsTheOneTheProjectBuildsWith() throws Exception {
    List<Pinned> pinned = pinned(pagePom());
    Map<String, String> managed = projectVersions();

    // The BOM, JUnit, AssertJ, ArchUnit, the compiler and Surefire: each names its version.
    assertThat(pinned).hasSize(6);
    assertThat(mismatches(pinned, managed)).as("versions on the page that the build does not use")
        .isEmpty();
  }

  @Test
  void aVersionTheBuildDoesNotUseIsFound() throws Exception {
    Map<String, String> managed = projectVersions();
    String junit = managed.get("org.junit:junit-bom");
    List<Pinned> pinned = List.of(
        new Pinned("org.junit.jupiter:junit-jupiter", "5.10.0"),
        new Pinned("org.junit.jupiter:junit-jupiter-params", junit),
        new Pinned("org.example:unknown", "1.0"));

    assertThat(mismatches(pinned, managed)).containsExactly(
        "org.junit.jupiter:junit-jupiter 5.10.0: the build uses " + junit,
        "org.example:unknown 1.0: the build does not use it");
  }

  @Test
  void thePagesPomImportsTheBomAndDeclaresTheTestLibrariesTheTestkitLeavesOut() throws Exception {
    Document pom = pagePom();
    Map<String, Element> dependencies = new LinkedHashMap<>();
    for (Element dependency : elements(pom.getDocumentElement(), "dependency")) {
      dependencies.put(text(dependency, "artifactId"), dependency);
    }

    assertThat(dependencies).containsOnlyKeys("map-bom", "map-json", "map-testkit",
        "junit-jupiter", "assertj-core", "archunit-junit6");
    assertThat(text(dependencies.get("map-bom"), "scope")).isEqualTo("import");
    // The BOM gives the modules their versions: naming one would defeat it.
    assertThat(text(dependencies.get("map-json"), "version")).isEmpty();
    assertThat(text(dependencies.get("map-testkit"), "version")).isEmpty();
    for (String test : List.of("map-testkit", "junit-jupiter", "assertj-core", "archunit-junit6")) {
      assertThat(text(dependencies.get(test), "scope")).as(test).isEqualTo("test");
    }
    assertThat(elements(pom.getDocumentElement(), "plugin"))
        .extracting(plugin -> text(plugin, "artifactId"))
        .contains("maven-surefire-plugin");
    assertThat(text(first(pom.getDocumentElement(), "properties"), "maven.compiler.release"))
        .isEqualTo(rootProperties().get("maven.compiler.release"));
  }

  @Test
  void theFirstTestOnThePageIsFirstPlanTestWordForWord() throws IOException {
    Matcher block = JAVA_BLOCK.matcher(Files.readString(PAGE));
    assertThat(block.find()).isTrue();
    String source = Files.readString(
        Path.of("src/test/java/io/mutualplan/testkit/readme/FirstPlanTest.java"));

    assertThat(block.group(1)).startsWith("package com.example.deals;\n");
    assertThat(withoutPackage(block.group(1))).isEqualTo(withoutPackage(source));
  }

  private static String withoutPackage(String source) {
    return source.substring(source.indexOf('\n') + 1);
  }

  /** What is wrong with each pinned version, beside the versions the project builds with. */
  private static List<String> mismatches(List<Pinned> pinned, Map<String, String> managed) {
    List<String> mismatches = new ArrayList<>();
    for (Pinned one : pinned) {
      Set<String> expected = expectedVersions(one.coordinates(), managed);
      if (expected.isEmpty()) {
        mismatches.add(one.coordinates() + " " + one.version() + ": the build does not use it");
      } else if (!expected.equals(Set.of(one.version()))) {
        mismatches.add(one.coordinates() + " " + one.version() + ": the build uses "
            + String.join(" or ", expected));
      }
    }
    return mismatches;
  }

  /**
   * The versions the build uses for an artifact: its own managed version, or else those of the
   * managed artifacts of its group or a parent group (the build manages {@code archunit} and
   * {@code org.junit:junit-bom}; {@code archunit-junit6} and {@code junit-jupiter} come with
   * them). More than one means the page's choice is ambiguous, which is reported too.
   */
  private static Set<String> expectedVersions(String coordinates, Map<String, String> managed) {
    if (managed.containsKey(coordinates)) {
      return Set.of(managed.get(coordinates));
    }
    String group = coordinates.substring(0, coordinates.indexOf(':'));
    Set<String> versions = new TreeSet<>();
    managed.forEach((key, version) -> {
      String managedGroup = key.substring(0, key.indexOf(':'));
      if (group.equals(managedGroup) || group.startsWith(managedGroup + ".")) {
        versions.add(version);
      }
    });
    return versions;
  }

  /**
   * The versions the project builds with, by {@code groupId:artifactId}: map-parent's
   * dependencyManagement (every MAP module at the project's version, then the libraries) and the
   * root pom's pluginManagement, with properties resolved.
   */
  private static Map<String, String> projectVersions() throws Exception {
    Document root = parse(Files.readString(REPOSITORY.resolve("pom.xml")));
    Document parent = parse(Files.readString(REPOSITORY.resolve("map-parent").resolve("pom.xml")));
    Map<String, String> properties = rootProperties();
    properties.putAll(properties(parent.getDocumentElement()));
    properties.put("project.version", text(root.getDocumentElement(), "version"));

    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("io.mutualplan:map-bom", properties.get("project.version"));
    for (Element dependency : elements(first(parent.getDocumentElement(), "dependencyManagement"),
        "dependency")) {
      versions.put(coordinates(dependency), resolve(text(dependency, "version"), properties));
    }
    for (Element plugin : elements(first(root.getDocumentElement(), "pluginManagement"),
        "plugin")) {
      versions.put(coordinates(plugin), resolve(text(plugin, "version"), properties));
    }
    return versions;
  }

  private static Map<String, String> rootProperties() throws Exception {
    return properties(parse(Files.readString(REPOSITORY.resolve("pom.xml"))).getDocumentElement());
  }

  private static Map<String, String> properties(Element project) {
    Map<String, String> properties = new HashMap<>();
    Element block = first(project, "properties");
    for (Node node = block.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element property) {
        properties.put(property.getTagName(), property.getTextContent().strip());
      }
    }
    return properties;
  }

  private static String resolve(String value, Map<String, String> properties) {
    String resolved = value;
    Matcher reference = PROPERTY.matcher(resolved);
    while (reference.find()) {
      String name = reference.group(1);
      assertThat(properties).as("property ${%s}", name).containsKey(name);
      resolved = resolved.replace(reference.group(), properties.get(name));
      reference = PROPERTY.matcher(resolved);
    }
    return resolved;
  }

  private static Document pagePom() throws Exception {
    Matcher block = XML_BLOCK.matcher(Files.readString(PAGE));
    assertThat(block.find()).isTrue();
    return parse(block.group(1));
  }

  /** Every dependency and plugin of a pom that names a version. */
  private static List<Pinned> pinned(Document pom) {
    List<Pinned> pinned = new ArrayList<>();
    for (String tag : List.of("dependency", "plugin")) {
      for (Element element : elements(pom.getDocumentElement(), tag)) {
        String version = text(element, "version");
        if (!version.isEmpty()) {
          pinned.add(new Pinned(coordinates(element), version));
        }
      }
    }
    return pinned;
  }

  private static String coordinates(Element element) {
    String group = text(element, "groupId");
    // A plugin without a groupId is one of Maven's own.
    return (group.isEmpty() ? "org.apache.maven.plugins" : group) + ":"
        + text(element, "artifactId");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Element within, String tag) {
    List<Element> elements = new ArrayList<>();
    var nodes = within.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static Element first(Element within, String tag) {
    List<Element> found = elements(within, tag);
    assertThat(found).as("<%s>", tag).isNotEmpty();
    return found.get(0);
  }

  /** The text of the element's own child {@code tag}, or "" when it has none. */
  private static String text(Element element, String tag) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(tag)) {
        return child.getTextContent().strip();
      }
    }
    return "";
  }
}
