package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RandomPlans} feeds the round-trip, schema and location tests: it must use every field of
 * a plan and of a milestone, or a field the writer drops or the schema lacks goes unnoticed. A
 * field added to the format fails here until RandomPlans sets it.
 */
class RandomPlansTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void someOf300PlansUseEveryFieldOfAPlanAndOfAMilestone() throws IOException {
    Set<String> planFields = new LinkedHashSet<>();
    Set<String> milestoneFields = new LinkedHashSet<>();
    for (long seed = 0; seed < 300; seed++) {
      JsonNode plan = TREES.readTree(MapJson.standard().plans().write(RandomPlans.plan(seed, 8)));
      planFields.addAll(PlanSchemaTest.fieldNames(plan));
      for (JsonNode milestone : plan.get("milestones")) {
        milestoneFields.addAll(PlanSchemaTest.fieldNames(milestone));
      }
    }

    assertThat(planFields)
        .as("the fields of a plan that RandomPlans sets (set the missing ones there)")
        .containsAll(PlanSchemaTest.names(PlanFields.PLAN, PlanFields.PlanField.values()));
    assertThat(milestoneFields)
        .as("the fields of a milestone that RandomPlans sets (set the missing ones there)")
        .containsAll(
            PlanSchemaTest.names(PlanFields.MILESTONE, PlanFields.MilestoneField.values()));
  }
}
