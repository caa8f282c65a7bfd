package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.core.MutualActionPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing and reading a plan loses nothing, and canonical output is a fixed point: for every
 * generated plan {@code p}, {@code read(write(p)).equals(p)} and {@code write(read(write(p)))} is
 * byte for byte {@code write(p)}, compact or pretty, through every input and output kind of {@link
 * MapJson} and through the Jackson module. Each case is named by its seed; rerun one with {@link
 * RandomPlans#plan(long, int)}.
 */
class RoundTripPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new MapJsonModule());

  static LongStream seeds() {
    return LongStream.range(0, 400).map(i -> 0x5EED_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readingWhatWasWrittenGivesTheSamePlanAndTheSameBytes(long seed) {
    MutualActionPlan plan = RandomPlans.plan(seed, 12);
    MapJson json = MapJson.standard();

    String text = json.plans().write(plan);
    MutualActionPlan read = json.plans().read(text);

    assertThat(read).as("seed %d: %s", seed, text).isEqualTo(plan);
    assertThat(json.plans().write(read)).as("seed %d", seed).isEqualTo(text);
    assertThat(json.plans().writeBytes(plan)).as("seed %d", seed)
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void prettyOutputReadsBackToTheSamePlanAndIsStable(long seed) {
    MutualActionPlan plan = RandomPlans.plan(seed, 12);
    MapJson pretty = MapJson.standard().pretty();

    String text = pretty.plans().write(plan);

    assertThat(pretty.plans().read(text)).as("seed %d", seed).isEqualTo(plan);
    assertThat(pretty.plans().write(pretty.plans().read(text))).as("seed %d", seed).isEqualTo(text);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyInputAndOutputKindAgrees(long seed) {
    MutualActionPlan plan = RandomPlans.plan(seed, 6);
    MapJson json = MapJson.standard();
    String text = json.plans().write(plan);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.plans().write(plan, bytes);
    StringWriter chars = new StringWriter();
    json.plans().write(plan, chars);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(chars.toString()).isEqualTo(text);
    assertThat(json.plans().read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(plan);
    assertThat(json.plans().read(new StringReader(text))).isEqualTo(plan);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theJacksonModuleWritesAndReadsTheSameDocument(long seed) throws Exception {
    MutualActionPlan plan = RandomPlans.plan(seed, 8);
    String text = MapJson.standard().plans().write(plan);

    assertThat(MAPPER.writeValueAsString(plan)).isEqualTo(text);
    assertThat(MAPPER.readValue(text, MutualActionPlan.class)).isEqualTo(plan);
  }
}
