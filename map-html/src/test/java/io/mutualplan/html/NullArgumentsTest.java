package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A null argument to a page's entry points is named where it is passed. */
class NullArgumentsTest {
  @Test
  void aMissingPlanOrDateIsNamed() {
    assertThatThrownBy(() -> PlanPage.render(null, TestPlans.AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("plan");
    assertThatThrownBy(() -> PlanPage.render(null, TestPlans.AS_OF, PageOptions.builder().build(),
        new StringWriter()))
        .isInstanceOf(NullPointerException.class).hasMessage("plan");
    assertThatThrownBy(() -> PlanPage.render(TestPlans.acme(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
  }
}
