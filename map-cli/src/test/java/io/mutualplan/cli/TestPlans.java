package io.mutualplan.cli;

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
