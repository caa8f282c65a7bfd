package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The docs show code that this build compiles and runs. */
class DocumentationTest {
  @Test
  void thePropertyTestingGuideShowsTheExampleThatRunsInThisBuild() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "property-testing.md"),
        StandardCharsets.UTF_8);
    String example = Files.readString(
        Path.of("src", "test", "java", "com", "example", "deals", "DealDeskPropertiesTest.java"),
        StandardCharsets.UTF_8);
    int start = guide.indexOf("```java\n") + "```java\n".length();
    String shown = guide.substring(start, guide.indexOf("```", start));
    assertThat(shown).isEqualTo(example);
  }
}
