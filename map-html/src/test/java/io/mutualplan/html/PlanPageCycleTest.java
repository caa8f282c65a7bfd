package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PlanPageCycleTest {
  private static MutualActionPlan acmeWithACycle() {
    MutualActionPlan acme = TestPlans.acme();
    int first = acme.indexOf(MilestoneId.of("security-docs")).getAsInt();
    List<Milestone> milestones = new ArrayList<>(acme.milestones());
    Milestone docs = milestones.get(first);
    milestones.set(first, docs.withDependsOn(List.of(
        Dependency.on("champion-alignment"), Dependency.on("security-review"))));
    return acme.withMilestones(milestones);
  }

  @Test
  void aPlanWhoseDependenciesGoRoundInACircleStillRendersWithANoteInsteadOfTheChart() {
    Document page = Pages.seller(acmeWithACycle(), TestPlans.AS_OF);

    assertThat(page.select("svg")).isEmpty();
    assertThat(page.select("section.timeline .note").text())
        .contains("go round in a circle", "security-docs → security-review → security-docs");
    assertThat(page.select("table.map-table tbody tr")).hasSize(7);
    assertThat(page.select("li.finding code").eachText()).contains("dependencies-acyclic");
    assertThat(page.select(".fact dt").eachText()).containsExactly("Outcome", "As of");
  }

  @Test
  void aMilestoneThatDependsOnItselfIsOneDependencyToRemove() {
    MutualActionPlan acme = TestPlans.acme();
    int docs = acme.indexOf(MilestoneId.of("security-docs")).getAsInt();
    List<Milestone> milestones = new ArrayList<>(acme.milestones());
    milestones.set(docs,
        milestones.get(docs).withDependsOn(List.of(Dependency.on("security-docs"))));

    Document page = Pages.seller(acme.withMilestones(milestones), TestPlans.AS_OF);

    assertThat(page.select("section.timeline .note").text())
        .contains("(security-docs → security-docs)")
        .endsWith("Remove this dependency.");
    assertThat(Pages.seller(acmeWithACycle(), TestPlans.AS_OF).select("section.timeline .note")
        .text()).endsWith("Remove one of these dependencies.");
  }

  @Test
  void theBuyerGetsTheSameNoteWithoutTheFindings() {
    Document page = Pages.buyer(acmeWithACycle(), TestPlans.AS_OF);

    assertThat(page.select("section.timeline .note").text()).contains("go round in a circle");
    assertThat(page.select("section.findings")).isEmpty();
  }
}
