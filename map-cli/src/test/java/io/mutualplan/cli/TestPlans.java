package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.json.MapJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small plan documents written out in full, so each test shows the plan it runs on. */
final class TestPlans {
  private TestPlans() {}

  /** A plan with these milestones (JSON objects, comma-separated) and these outcome fields. */
  static String plan(String outcome, String milestones) {
    return "{\"format\":\"mutual-action-plan/1\",\"id\":\"small\",\"title\":\"Small deal\","
        + "\"buyer\":{\"name\":\"Buyer Co\"},\"seller\":{\"name\":\"Seller Co\"},"
        + (outcome.isEmpty() ? "" : "\"outcome\":{" + outcome + "},")
        + "\"stakeholders\":["
        + "{\"id\":\"bea\",\"name\":\"Bea Buyer\",\"side\":\"buyer\",\"roles\":[\"champion\"]},"
        + "{\"id\":\"sam\",\"name\":\"Sam Seller\",\"side\":\"seller\"}],"
        + "\"milestones\":[" + milestones + "]}";
  }

  /** The same plan on a calendar of weekdays: Saturdays and Sundays are not working days. */
  static String onWeekdays(String plan) {
    return plan.replace("\"stakeholders\":", "\"calendar\":{\"workingDays\":[\"monday\","
        + "\"tuesday\",\"wednesday\",\"thursday\",\"friday\"]},\"stakeholders\":");
  }

  /** Three milestones in a chain, without due dates, built back from 2027-01-31. */
  static String chainWithoutDueDates() {
    return plan(
        "\"date\":\"2027-01-31\",\"label\":\"Go-live\"",
        "{\"id\":\"a\",\"title\":\"First step\",\"buyerOwner\":\"bea\",\"durationDays\":5},"
            + "{\"id\":\"b\",\"title\":\"Second step\",\"sellerOwner\":\"sam\",\"durationDays\":3,"
            + "\"dependsOn\":[\"a\"]},"
            + "{\"id\":\"c\",\"title\":\"Third step\",\"buyerOwner\":\"bea\",\"durationDays\":0,"
            + "\"due\":\"2027-01-10\",\"dependsOn\":[\"b\"]}");
  }

  /**
   * The Acme example a week on, as {@code docs/diff.md} describes it: the CFO's review of the ROI
   * model (business-case) moved to the January budget meeting, so it takes 50 days instead of 10
   * and is due 2027-01-15 instead of 2026-12-11; Nina Patel, Acme's new senior counsel, took legal
   * over from Marco Ruiz, who left; Sarah recorded the changes as revision 4 (on 2026-11-21), so
   * Dan's sign-off of revision 3 no longer covers the plan.
   */
  static String acmeNextWeek() throws java.io.IOException {
    MutualActionPlan acme = MapJson.standard().plans().read(MapRun.exampleText("acme-go-live.json"));
    MilestoneId businessCase = MilestoneId.of("business-case");
    MutualActionPlan moved = acme.moveDue(businessCase, LocalDate.parse("2027-01-15"));
    StakeholderId nina = StakeholderId.of("nina");
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone milestone : moved.milestones()) {
      if (milestone.id().equals(businessCase)) {
        milestone = milestone.withDurationDays(50);
      } else if (milestone.id().value().equals("legal")) {
        milestone = milestone.withBuyerOwner(nina);
      }
      milestones.add(milestone);
    }
    List<Stakeholder> people = new ArrayList<>();
    for (Stakeholder person : moved.stakeholders()) {
      if (person.id().value().equals("marco")) {
        person = Stakeholder.builder().id(nina).name("Nina Patel").side(Side.BUYER)
            .addRole(Role.LEGAL).title("Senior Counsel").build();
      }
      people.add(person);
    }
    MutualActionPlan nextWeek = MutualActionPlan.builder().from(moved)
        .stakeholders(people).milestones(milestones).build()
        .addRevision(StakeholderId.of("sarah"), Instant.parse("2026-11-21T16:00:00Z"),
            "CFO review moved to the January budget meeting; Nina takes over legal");
    return MapJson.standard().pretty().plans().write(nextWeek);
  }

  /** Two milestones that depend on each other: legal waits for procurement and back. */
  static String cycle() {
    return plan(
        "\"date\":\"2027-01-31\"",
        "{\"id\":\"legal\",\"title\":\"MSA agreed\",\"buyerOwner\":\"bea\",\"durationDays\":5,"
            + "\"dependsOn\":[\"procurement\"]},"
            + "{\"id\":\"procurement\",\"title\":\"PO issued\",\"sellerOwner\":\"sam\","
            + "\"durationDays\":3,\"dependsOn\":[\"legal\"]}");
  }
}
