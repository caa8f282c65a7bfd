package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.MutualActionPlan;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are read and written with clear messages naming them; configurations are values. */
class MapJsonFilesTest {

  @Test
  void writesAndReadsAPlanFile(@TempDir Path directory) {
    MutualActionPlan plan = MapJson.standard().plans().read(Examples.named("acme-go-live"));
    Path file = directory.resolve("acme.json");

    MapJson.standard().pretty().plans().write(plan, file);

    assertThat(MapJson.standard().plans().read(file)).isEqualTo(plan);
  }

  @Test
  void saysWhichFileIsMissing(@TempDir Path directory) {
    Path missing = directory.resolve("nope.json");

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().plans().read(missing));

    assertThat(e.getMessage()).isEqualTo("(document): cannot read " + missing
        + ": there is no such file");
  }

  @Test
  void saysADirectoryIsNotAPlan(@TempDir Path directory) {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().plans().read(directory));

    assertThat(e.getMessage()).isEqualTo("(document): cannot read " + directory
        + ": it is a directory");
  }

  @Test
  void saysWhichFileCannotBeWritten(@TempDir Path directory) {
    MutualActionPlan plan = MapJson.standard().plans().read(Examples.named("acme-go-live"));
    Path file = directory.resolve("missing-directory").resolve("acme.json");

    assertThatThrownBy(() -> MapJson.standard().plans().write(plan, file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot write " + file);
  }

  @Test
  void isAnImmutableConfiguration() {
    MapJson standard = MapJson.standard();

    MapJson lenientPretty = standard.lenient().pretty();

    assertThat(standard.isLenient()).isFalse();
    assertThat(standard.isPretty()).isFalse();
    assertThat(lenientPretty.isLenient()).isTrue();
    assertThat(lenientPretty.isPretty()).isTrue();
    assertThat(lenientPretty.withLenient(false).withPretty(false).isLenient()).isFalse();
  }

  @Test
  void namesItsOptionsInToString() {
    assertThat(MapJson.standard()).hasToString("MapJson");
    assertThat(MapJson.standard().lenient()).hasToString("MapJson, lenient");
    assertThat(MapJson.standard().pretty()).hasToString("MapJson, pretty");
    assertThat(MapJson.standard().lenient().pretty()).hasToString("MapJson, lenient, pretty");
  }

  @Test
  void readsAFileWithAByteOrderMark(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("bom.json");
    byte[] plan = Files.readAllBytes(Examples.named("acme-go-live"));
    byte[] withBom = new byte[plan.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(plan, 0, withBom, 3, plan.length);
    Files.write(file, withBom);

    assertThat(MapJson.standard().plans().read(file).id().value()).isEqualTo("acme-2027");
  }
}
