package io.mutualplan.core.schedule;

import io.mutualplan.core.MilestoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One milestone's line of a {@link Schedule}: its early and late dates, its float and whether it
 * is critical.
 *
 * <p>Dates are the reported dates of the scheduling spec: a step of {@code d >= 1} working days
 * starts on its first working day and finishes on its last; an event ({@code d = 0}) starts and
 * finishes on the day at whose end it happens. For a completed milestone the early and late dates
 * are both the actual ones, it has no float and it is never critical.
 *
 * <p>Floats are in working days of the plan's calendar. Total float is {@code lateFinish -
 * earlyFinish}; negative total float means the deadline cannot be met along this milestone's
 * path. Free float is how far the milestone can slip without moving any successor.
 *
 * <p>Instances are immutable; two are equal when every field is.
 */
public final class MilestoneSchedule {
  private final MilestoneId id;
  private final int durationDays;
  private final boolean complete;
  private final LocalDate earlyStart;
  private final LocalDate earlyFinish;
  private final LocalDate lateStart;
  private final LocalDate lateFinish;
  private final OptionalLong totalFloat;
  private final OptionalLong freeFloat;
  private final boolean critical;

  /** The line of a milestone from its parts; the scheduler and the builder keep the invariants. */
  MilestoneSchedule(
      MilestoneId id,
      int durationDays,
      boolean complete,
      LocalDate earlyStart,
      LocalDate earlyFinish,
      LocalDate lateStart,
      LocalDate lateFinish,
      OptionalLong totalFloat,
      OptionalLong freeFloat,
      boolean critical) {
    this.id = id;
    this.durationDays = durationDays;
    this.complete = complete;
    this.earlyStart = earlyStart;
    this.earlyFinish = earlyFinish;
    this.lateStart = lateStart;
    this.lateFinish = lateFinish;
    this.totalFloat = totalFloat;
    this.freeFloat = freeFloat;
    this.critical = critical;
  }

  /**
   * A builder of a milestone's line from its parts, for example as read back from a schedule
   * document. Every value is required but the floats, which only a milestone not yet complete
   * has, and the critical flag, false unless set.
   *
   * <pre>{@code
   * MilestoneSchedule line = MilestoneSchedule.builder()
   *     .id(MilestoneId.of("legal"))
   *     .durationDays(10)
   *     .complete(false)
   *     .earlyStart(LocalDate.parse("2027-01-05")).earlyFinish(LocalDate.parse("2027-01-14"))
   *     .lateStart(LocalDate.parse("2027-01-19")).lateFinish(LocalDate.parse("2027-01-28"))
   *     .totalFloat(14).freeFloat(0)
   *     .critical(false)
   *     .build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MilestoneSchedule}. Every setter but the floats and {@code critical} is
   * required; the floats are set exactly when the milestone is not complete.
   */
  public static final class Builder {
    private MilestoneId id;
    private Integer durationDays;
    private Boolean complete;
    private LocalDate earlyStart;
    private LocalDate earlyFinish;
    private LocalDate lateStart;
    private LocalDate lateFinish;
    private OptionalLong totalFloat = OptionalLong.empty();
    private OptionalLong freeFloat = OptionalLong.empty();
    private boolean critical;

    private Builder() {}

    /**
     * Sets the milestone.
     *
     * @param id its id
     * @return this builder
     */
    public Builder id(MilestoneId id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the duration the scheduler used.
     *
     * @param durationDays working days, {@code >= 0}
     * @return this builder
     */
    public Builder durationDays(int durationDays) {
      this.durationDays = durationDays;
      return this;
    }

    /**
     * Sets whether the milestone is done.
     *
     * @param complete true for a completed milestone
     * @return this builder
     */
    public Builder complete(boolean complete) {
      this.complete = complete;
      return this;
    }

    /**
     * Sets the early start date.
     *
     * @param earlyStart the date
     * @return this builder
     */
    public Builder earlyStart(LocalDate earlyStart) {
      this.earlyStart = Objects.requireNonNull(earlyStart, "earlyStart");
      return this;
    }

    /**
     * Sets the early finish date.
     *
     * @param earlyFinish the date
     * @return this builder
     */
    public Builder earlyFinish(LocalDate earlyFinish) {
      this.earlyFinish = Objects.requireNonNull(earlyFinish, "earlyFinish");
      return this;
    }

    /**
     * Sets the late start date.
     *
     * @param lateStart the date
     * @return this builder
     */
    public Builder lateStart(LocalDate lateStart) {
      this.lateStart = Objects.requireNonNull(lateStart, "lateStart");
      return this;
    }

    /**
     * Sets the late finish date.
     *
     * @param lateFinish the date
     * @return this builder
     */
    public Builder lateFinish(LocalDate lateFinish) {
      this.lateFinish = Objects.requireNonNull(lateFinish, "lateFinish");
      return this;
    }

    /**
     * Sets the total float.
     *
     * @param totalFloat working days
     * @return this builder
     */
    public Builder totalFloat(long totalFloat) {
      return totalFloat(OptionalLong.of(totalFloat));
    }

    /**
     * Sets the total float, or clears it.
     *
     * @param totalFloat working days; empty for a completed milestone
     * @return this builder
     */
    public Builder totalFloat(OptionalLong totalFloat) {
      this.totalFloat = Objects.requireNonNull(totalFloat, "totalFloat");
      return this;
    }

    /**
     * Sets the free float.
     *
     * @param freeFloat working days
     * @return this builder
     */
    public Builder freeFloat(long freeFloat) {
      return freeFloat(OptionalLong.of(freeFloat));
    }

    /**
     * Sets the free float, or clears it.
     *
     * @param freeFloat working days; empty for a completed milestone
     * @return this builder
     */
    public Builder freeFloat(OptionalLong freeFloat) {
      this.freeFloat = Objects.requireNonNull(freeFloat, "freeFloat");
      return this;
    }

    /**
     * Sets whether the milestone is critical; false unless set.
     *
     * @param critical true for a critical milestone
     * @return this builder
     */
    public Builder critical(boolean critical) {
      this.critical = critical;
      return this;
    }

    /**
     * Builds the line.
     *
     * @return the line
     * @throws IllegalStateException when a required value is missing
     * @throws IllegalArgumentException when the duration is negative, or the floats or the
     *     critical flag disagree with {@code complete}
     */
    public MilestoneSchedule build() {
      List<String> missing = new ArrayList<>();
      if (id == null) {
        missing.add("id");
      }
      if (durationDays == null) {
        missing.add("durationDays");
      }
      if (complete == null) {
        missing.add("complete");
      }
      if (earlyStart == null) {
        missing.add("earlyStart");
      }
      if (earlyFinish == null) {
        missing.add("earlyFinish");
      }
      if (lateStart == null) {
        missing.add("lateStart");
      }
      if (lateFinish == null) {
        missing.add("lateFinish");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("a milestone's line needs " + String.join(", ", missing));
      }
      if (durationDays < 0) {
        throw new IllegalArgumentException(
            "milestone '" + id + "': durationDays " + durationDays + " is negative");
      }
      if (complete && (totalFloat.isPresent() || freeFloat.isPresent() || critical)) {
        throw new IllegalArgumentException("milestone '" + id
            + "' is complete; a completed milestone has no float and is never critical");
      }
      if (!complete && (totalFloat.isEmpty() || freeFloat.isEmpty())) {
        throw new IllegalArgumentException(
            "milestone '" + id + "' is not complete; it needs a total float and a free float");
      }
      return new MilestoneSchedule(id, durationDays, complete, earlyStart, earlyFinish, lateStart,
          lateFinish, totalFloat, freeFloat, critical);
    }
  }

  /**
   * The milestone.
   *
   * @return its id
   */
  public MilestoneId id() {
    return id;
  }

  /**
   * The duration the scheduler used: {@code durationDays}, else the estimate's likely value, else
   * 0 (an event).
   *
   * @return working days, {@code >= 0}
   */
  public int durationDays() {
    return durationDays;
  }

  /**
   * Whether the milestone is done; its dates are then the actual ones.
   *
   * @return true for a completed milestone
   */
  public boolean complete() {
    return complete;
  }

  /**
   * The earliest date the milestone can start (its actual start when complete).
   *
   * @return the early start date
   */
  public LocalDate earlyStart() {
    return earlyStart;
  }

  /**
   * The earliest date the milestone can finish (its completion date when complete).
   *
   * @return the early finish date
   */
  public LocalDate earlyFinish() {
    return earlyFinish;
  }

  /**
   * The latest date the milestone can start and still meet the deadline (its actual start when
   * complete).
   *
   * @return the late start date
   */
  public LocalDate lateStart() {
    return lateStart;
  }

  /**
   * The latest date the milestone can finish and still meet the deadline (its completion date when
   * complete).
   *
   * @return the late finish date
   */
  public LocalDate lateFinish() {
    return lateFinish;
  }

  /**
   * Working days the milestone can slip before the plan misses its deadline: late finish minus
   * early finish; negative when the deadline cannot be met along this path.
   *
   * @return the total float; empty for a completed milestone
   */
  public OptionalLong totalFloat() {
    return totalFloat;
  }

  /**
   * Working days the milestone can slip before it moves any successor (or, with no incomplete
   * successor, the deadline).
   *
   * @return the free float; empty for a completed milestone
   */
  public OptionalLong freeFloat() {
    return freeFloat;
  }

  /**
   * Whether the milestone drives the finish: it is incomplete and its total float is the plan's
   * slack.
   *
   * @return true for a critical milestone
   */
  public boolean critical() {
    return critical;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MilestoneSchedule)) {
      return false;
    }
    MilestoneSchedule that = (MilestoneSchedule) other;
    return durationDays == that.durationDays
        && complete == that.complete
        && critical == that.critical
        && id.equals(that.id)
        && earlyStart.equals(that.earlyStart)
        && earlyFinish.equals(that.earlyFinish)
        && lateStart.equals(that.lateStart)
        && lateFinish.equals(that.lateFinish)
        && totalFloat.equals(that.totalFloat)
        && freeFloat.equals(that.freeFloat);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, durationDays, complete, earlyStart, earlyFinish, lateStart, lateFinish,
        totalFloat, freeFloat, critical);
  }

  @Override
  public String toString() {
    return "MilestoneSchedule{id=" + id
        + ", durationDays=" + durationDays
        + ", complete=" + complete
        + ", earlyStart=" + earlyStart
        + ", earlyFinish=" + earlyFinish
        + ", lateStart=" + lateStart
        + ", lateFinish=" + lateFinish
        + ", totalFloat=" + describe(totalFloat)
        + ", freeFloat=" + describe(freeFloat)
        + ", critical=" + critical
        + "}";
  }

  private static String describe(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "none";
  }
}
