package io.mutualplan.sheets;

import io.mutualplan.core.PlanId;
import io.mutualplan.sheets.internal.SheetsStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a MAP table cannot say about a new plan: the plan's id and title, the two organizations and
 * the buyer's outcome. The table brings the milestones and the people who own them.
 *
 * <pre>{@code
 * NewPlan acme = NewPlan.builder()
 *     .id(PlanId.of("acme-2027"))
 *     .title("Acme x Globex")
 *     .buyer("Acme Corp")
 *     .seller("Globex")
 *     .outcomeDate(LocalDate.parse("2027-03-01"))
 *     .outcomeLabel("Go-live")
 *     .leadTimeDays(21)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SheetsStyle
abstract class AbstractNewPlan {
  /**
   * The new plan's id.
   *
   * @return the id
   */
  public abstract PlanId id();

  /**
   * The new plan's title, such as {@code Acme x Globex}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The buying organization's name.
   *
   * @return the buyer's name
   */
  public abstract String buyer();

  /**
   * The selling organization's name.
   *
   * @return the seller's name
   */
  public abstract String seller();

  /**
   * The buyer's outcome date (go-live, board decision) the plan is built back from.
   *
   * @return the date, if the plan has an outcome
   */
  public abstract Optional<LocalDate> outcomeDate();

  /**
   * A label for the outcome, such as {@code Go-live}; needs an outcome date.
   *
   * @return the label, if given
   */
  public abstract Optional<String> outcomeLabel();

  /**
   * Working days needed between the last milestone and the outcome; needs an outcome date.
   *
   * @return the lead time, if given
   */
  public abstract OptionalInt leadTimeDays();

  @Value.Check
  void check() {
    if (outcomeDate().isEmpty() && (outcomeLabel().isPresent() || leadTimeDays().isPresent())) {
      throw new IllegalArgumentException(
          "an outcome label or lead time needs an outcome date; give the outcome date too");
    }
  }
}
