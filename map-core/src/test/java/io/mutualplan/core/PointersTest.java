package io.mutualplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A JSON Pointer token escapes '~' as "~0" and '/' as "~1" (RFC 6901), wherever they are. */
class PointersTest {
  @Test
  void aTildeOrASlashIsEscapedAtTheStartInTheMiddleAndAtTheEnd() {
    assertThat(Pointers.escape("~")).isEqualTo("~0");
    assertThat(Pointers.escape("/")).isEqualTo("~1");
    assertThat(Pointers.escape("~a")).isEqualTo("~0a");
    assertThat(Pointers.escape("/a")).isEqualTo("~1a");
    assertThat(Pointers.escape("a~b/c")).isEqualTo("a~0b~1c");
    assertThat(Pointers.escape("a/")).isEqualTo("a~1");
  }

  @Test
  void aTokenWithNeitherIsKeptAsItIs() {
    assertThat(Pointers.escape("milestones")).isEqualTo("milestones");
    assertThat(Pointers.escape("")).isEmpty();
  }
}
