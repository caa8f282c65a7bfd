package io.mutualplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.json.MapJson;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed baseline of JsonBenchmark is equivalent to the model: every field of a plan document
 * survives databind reading it into {@link TypedPlanPojo} and writing it back, so MapJson reads the
 * very plan it reads from the original bytes.
 */
class TypedPlanPojoTest {
  private static final MapJson JSON = MapJson.standard();
  private static final ObjectMapper MAPPER = TypedPlanPojo.mapper();

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.mutualplan.benchmarks.PojoPlansTest#fixtures")
  void carriesTheExamplePlansThroughDatabind(String fixture) throws IOException {
    assertSamePlan(PojoPlansTest.exampleDocument(fixture));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.mutualplan.benchmarks.PojoPlansTest#seeds")
  void carriesGeneratedPlansThroughDatabind(long seed) throws IOException {
    assertSamePlan(PojoPlansTest.generatedDocument(seed));
  }

  static Stream<Arguments> enumerations() {
    return Stream.of(
        Arguments.of(TypedPlanPojo.Side.class, spellings(Side.values(), Side::spelling)),
        Arguments.of(TypedPlanPojo.Role.class, spellings(Role.values(), Role::spelling)),
        Arguments.of(TypedPlanPojo.Kind.class,
            spellings(MilestoneKind.values(), MilestoneKind::spelling)),
        Arguments.of(TypedPlanPojo.Status.class,
            spellings(MilestoneStatus.values(), MilestoneStatus::spelling)),
        Arguments.of(TypedPlanPojo.DependencyType.class,
            spellings(DependencyType.values(), DependencyType::spelling)),
        Arguments.of(TypedPlanPojo.Weekday.class,
            spellings(DayOfWeek.values(), day -> day.name().toLowerCase(Locale.ROOT))));
  }

  /**
   * Each enumeration of the POJO is written with the model's spellings, in the model's order:
   * the generated plans need not use every constant.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("enumerations")
  void spellsEveryConstantAsTheModelDoes(Class<? extends Enum<?>> type, List<String> expected)
      throws IOException {
    String written = MAPPER.writeValueAsString(type.getEnumConstants());

    assertThat(MAPPER.readValue(written, String[].class)).containsExactlyElementsOf(expected);
  }

  @Test
  void readsABareIdAsADependencyWithNoTypeOrLag() throws IOException {
    TypedPlanPojo.Milestone milestone = MAPPER.readValue(
        "{\"id\": \"y\", \"title\": \"Y\", \"dependsOn\": [\"x\"]}", TypedPlanPojo.Milestone.class);

    assertThat(milestone.dependsOn).singleElement().satisfies(dependency -> {
      assertThat(dependency.milestone).isEqualTo("x");
      assertThat(dependency.type).isNull();
      assertThat(dependency.lagDays).isNull();
    });
  }

  private static <E> List<String> spellings(E[] constants, Function<E, String> spelling) {
    return Arrays.stream(constants).map(spelling).toList();
  }

  private static void assertSamePlan(byte[] document) throws IOException {
    MutualActionPlan read = JSON.plans().read(document);
    byte[] rewritten = MAPPER.writeValueAsBytes(MAPPER.readValue(document, TypedPlanPojo.class));
    assertThat(JSON.plans().read(rewritten)).isEqualTo(read);
  }
}
