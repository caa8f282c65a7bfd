package io.mutualplan.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.json.MapJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/plan-format.md} true: its sample plan reads, and its lists of roles, kinds and
 * statuses are exactly the values the format has, in the model's order.
 */
class PlanFormatPageTest {
  private static final Path PAGE = Path.of("..", "docs", "plan-format.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CODE_SPAN = Pattern.compile("`([a-z-]+)`");

  private static String page() throws IOException {
    return Files.readString(PAGE);
  }

  /** The spellings in code spans of the paragraph that starts with {@code start}. */
  private static List<String> listAfter(String page, String start) {
    int from = page.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    String paragraph = page.substring(from + start.length(), page.indexOf(".", from));
    List<String> spellings = new ArrayList<>();
    Matcher span = CODE_SPAN.matcher(paragraph);
    while (span.find()) {
      spellings.add(span.group(1));
    }
    return spellings;
  }

  @Test
  void theSmallPlanOnThePageReadsAsAPlanWithTwoPeopleAndTwoSteps() throws IOException {
    Matcher block = JSON_BLOCK.matcher(page());
    assertThat(block.find()).isTrue();

    MutualActionPlan plan = MapJson.standard().plans().read(block.group(1));

    assertThat(plan.stakeholders()).hasSize(2);
    assertThat(plan.milestones()).hasSize(2);
  }

  @Test
  void theRolesKindsAndStatusesAreTheFormatsOwn() throws IOException {
    String page = page();

    assertThat(listAfter(page, "Roles: ")).containsExactlyElementsOf(
        Arrays.stream(Role.values()).map(Role::spelling).toList());
    assertThat(listAfter(page, "### Kinds\n\n")).containsExactlyElementsOf(
        Arrays.stream(MilestoneKind.values()).map(MilestoneKind::spelling).toList());
    List<String> statuses = new ArrayList<>();
    Matcher row = Pattern.compile("^\\| `([a-z-]+)` \\|", Pattern.MULTILINE)
        .matcher(page.substring(page.indexOf("### Statuses"), page.indexOf("### Due dates")));
    while (row.find()) {
      statuses.add(row.group(1));
    }
    assertThat(statuses).containsExactlyElementsOf(
        Arrays.stream(MilestoneStatus.values()).map(MilestoneStatus::spelling).toList());
  }
}
