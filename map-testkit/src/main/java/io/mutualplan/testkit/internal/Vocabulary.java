package io.mutualplan.testkit.internal;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.Role;
import java.util.List;

/**
 * The words generated plans are made of, so that a failing plan in a report reads like a plan: the
 * people have names, the steps say what happens, and the odd value carries the characters that
 * break careless writers (quotes, line breaks, non-Latin scripts, the longest allowed text).
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** Buying organizations. */
  public static final List<String> BUYERS =
      List.of("Acme Corp", "Bluebird Cafe", "Initech", "Umbrella Health", "Stark Logistics",
          "Wayne Foods", "Hooli", "Vandelay Industries");

  /** Selling organizations. */
  public static final List<String> SELLERS =
      List.of("Globex", "Tailspin Software", "Contoso", "Northwind", "Fabrikam", "Soylent Cloud");

  private static final List<String> FIRST_NAMES =
      List.of("Sarah", "Dan", "Priya", "Marco", "Lena", "Alex", "Jordan", "Noor", "Sam", "Kenji",
          "Amara", "Tomas", "Ines", "Olu", "Mei", "Rafael");

  private static final List<String> LAST_NAMES =
      List.of("Chen", "Ortiz", "Nair", "Ruiz", "Park", "Kim", "Blake", "Aziz", "Rivera", "Sato",
          "Okafor", "Novak", "Silva", "Adeyemi", "Lin", "Costa");

  private static final List<String> JOB_TITLES =
      List.of("VP Operations", "CFO", "IT Security Lead", "Corporate Counsel",
          "Procurement Manager", "Account Executive", "Sales Engineer", "Head of Data");

  /** Roles the buyer side usually has. */
  public static final List<Role> BUYER_ROLES =
      List.of(Role.CHAMPION, Role.ECONOMIC_BUYER, Role.DECISION_MAKER, Role.TECHNICAL_EVALUATOR,
          Role.LEGAL, Role.SECURITY, Role.PROCUREMENT, Role.FINANCE, Role.EXECUTIVE_SPONSOR,
          Role.END_USER);

  /** Roles the seller side usually has. */
  public static final List<Role> SELLER_ROLES =
      List.of(Role.ACCOUNT_EXECUTIVE, Role.SALES_ENGINEER, Role.SALES_MANAGER,
          Role.CUSTOMER_SUCCESS, Role.LEGAL, Role.EXECUTIVE_SPONSOR, Role.OTHER);

  private static final List<String> STEP_TITLES =
      List.of("Evaluation team confirmed", "Security questionnaire approved",
          "ROI model reviewed by the CFO", "MSA redlines agreed", "Purchase order issued",
          "Order form signed", "Technical validation passed", "Reference call held",
          "Proposal accepted", "Budget approved", "Kickoff held", "Go-live plan agreed",
          "Data residency confirmed", "Executive sponsor briefed");

  private static final List<String> EXIT_CRITERIA =
      List.of("Signed approval in the shared folder", "PO number sent to the seller",
          "MSA countersigned by both legal teams", "Written confirmation from the champion",
          "Test results accepted by the evaluator", "Calendar invite accepted by all attendees");

  private static final List<String> GOALS =
      List.of("Operations team live before the fiscal year starts",
          "Replace the legacy system before the contract renews",
          "Cut month-end close from ten days to three");

  private static final List<String> NOTES =
      List.of("Waiting on the security team's capacity", "Legal is on holiday until Monday",
          "Budget freeze until the board meets", "Questionnaire has 300 questions");

  private static final List<String> SUMMARIES =
      List.of("First draft after the discovery call", "Added the security review",
          "Dates from the backward build", "Moved legal after the holidays",
          "Buyer added procurement steps");

  private static final List<String> LABELS =
      List.of("Go-live", "Board decision", "Live for the holiday rush", "Pilot starts");

  /** Values that break careless writers and readers, appended to text now and then. */
  private static final List<String> TRICKY =
      List.of(" \"quoted\"", " back\\slash", " line\nbreak", " tab\there", " Zürich", " 日本語",
          " emoji 😀", " nul\u0000char", " line\u2028separator", " </script>", " ~tilde/slash",
          "");

  /** Attribute names, some needing JSON Pointer escapes. */
  public static final List<String> ATTRIBUTE_NAMES =
      List.of("crm.id", "owner-team", "source", "a/b", "x~y", "région");

  /**
   * A person's name.
   *
   * @param draw the randomness
   * @return first and last name
   */
  public static String personName(Draw draw) {
    return draw.pick(FIRST_NAMES) + " " + draw.pick(LAST_NAMES);
  }

  /**
   * A job title.
   *
   * @param draw the randomness
   * @return a job title
   */
  public static String jobTitle(Draw draw) {
    return draw.pick(JOB_TITLES);
  }

  /**
   * A milestone title fitting its kind.
   *
   * @param draw the randomness
   * @param kind the kind, or null for none
   * @return a title
   */
  public static String stepTitle(Draw draw, MilestoneKind kind) {
    if (kind == null || draw.chance(0.5)) {
      return draw.pick(STEP_TITLES);
    }
    String spelling = kind.spelling().replace('-', ' ');
    return Character.toUpperCase(spelling.charAt(0)) + spelling.substring(1) + " done";
  }

  /**
   * Exit criteria.
   *
   * @param draw the randomness
   * @return observable proof
   */
  public static String exitCriteria(Draw draw) {
    return draw.pick(EXIT_CRITERIA);
  }

  /**
   * A plan's goal.
   *
   * @param draw the randomness
   * @return a goal
   */
  public static String goal(Draw draw) {
    return draw.pick(GOALS);
  }

  /**
   * Notes on a milestone.
   *
   * @param draw the randomness
   * @return notes
   */
  public static String notes(Draw draw) {
    return draw.pick(NOTES);
  }

  /**
   * A revision's summary.
   *
   * @param draw the randomness
   * @return a summary
   */
  public static String summary(Draw draw) {
    return draw.pick(SUMMARIES);
  }

  /**
   * An outcome's label.
   *
   * @param draw the randomness
   * @return a label
   */
  public static String label(Draw draw) {
    return draw.pick(LABELS);
  }

  /**
   * Usually {@code plain}; with the given probability, {@code plain} with a tricky value appended,
   * or the longest text the format allows.
   *
   * @param draw the randomness
   * @param plain the ordinary text
   * @param trickyChance the probability of a tricky value
   * @return the text
   */
  public static String text(Draw draw, String plain, double trickyChance) {
    if (!draw.chance(trickyChance)) {
      return plain;
    }
    String tricky = draw.pick(TRICKY);
    if (tricky.isEmpty()) {
      return longest(plain);
    }
    return plain + tricky;
  }

  /**
   * Exactly {@link PlanLimits#MAX_TEXT_LENGTH} characters, starting with {@code plain}: {@code
   * plain} over and over, each time followed by an emoji. The limit counts Unicode characters, and
   * an emoji is one character but two UTF-16 units, so the text is longer than the limit in units:
   * a reader or writer that counts units rejects or cuts it.
   */
  private static String longest(String plain) {
    String repeated = plain + " \uD83D\uDE00 ";
    StringBuilder text = new StringBuilder(2 * PlanLimits.MAX_TEXT_LENGTH);
    for (int characters = 0, at = 0; characters < PlanLimits.MAX_TEXT_LENGTH; characters++) {
      int character = repeated.codePointAt(at);
      text.appendCodePoint(character);
      at = (at + Character.charCount(character)) % repeated.length();
    }
    return text.toString();
  }
}
