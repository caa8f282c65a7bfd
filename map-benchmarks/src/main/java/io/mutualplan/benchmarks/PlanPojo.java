package io.mutualplan.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A plan document as plain Jackson databind sees it: a mutable object with one public field per
 * field of the plan format, strings for dates, instants, ids and enumerations, and nothing checked.
 * In {@link JsonBenchmark} it is the strings-only comparison, beside the typed {@link
 * TypedPlanPojo}: what reading and writing the same bytes costs when nothing is validated, no
 * immutable model is built and no value is converted; and it is what {@link PojoPlans} builds the
 * model from in the like-for-like comparison.
 *
 * <p>{@code dependsOn} holds a bare id or a dependency object, so its elements are {@link Object}:
 * databind makes a {@link String} of the one and a {@link java.util.LinkedHashMap} of the other,
 * which is what it does with no custom code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PlanPojo {
  /** The format and major version. */
  public String format;
  /** The plan's id. */
  public String id;
  /** The plan's title. */
  public String title;
  /** What both sides work toward. */
  public String goal;
  /** The buying organization. */
  public OrganizationPojo buyer;
  /** The selling organization. */
  public OrganizationPojo seller;
  /** The buyer's outcome. */
  public OutcomePojo outcome;
  /** The working days. */
  public CalendarPojo calendar;
  /** The annual contract value. */
  public MoneyPojo dealValue;
  /** When the plan was first drafted. */
  public String createdOn;
  /** The people on both sides. */
  public List<StakeholderPojo> stakeholders;
  /** The steps. */
  public List<MilestonePojo> milestones;
  /** The edit history. */
  public List<RevisionPojo> revisions;
  /** Who agreed to which revision. */
  public List<SignOffPojo> signOffs;
  /** Preserved, not interpreted. */
  public Map<String, String> attributes;

  /** An organization. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class OrganizationPojo {
    /** Its name. */
    public String name;
  }

  /** The outcome. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class OutcomePojo {
    /** The first day the outcome holds. */
    public String date;
    /** Its label. */
    public String label;
    /** Working days between the last milestone and the outcome. */
    public Integer leadTimeDays;
    /** Who named the date. */
    public String setBy;
  }

  /** The working calendar. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class CalendarPojo {
    /** The working days of the week. */
    public List<String> workingDays;
    /** Non-working dates. */
    public List<String> holidays;
  }

  /** An amount of money. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class MoneyPojo {
    /** The amount. */
    public BigDecimal amount;
    /** The ISO-4217 currency. */
    public String currency;
  }

  /** A stakeholder. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class StakeholderPojo {
    /** The id. */
    public String id;
    /** The name. */
    public String name;
    /** The side. */
    public String side;
    /** The roles. */
    public List<String> roles;
    /** The job title. */
    public String title;
    /** The email address. */
    public String email;
  }

  /** A milestone. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class MilestonePojo {
    /** The id. */
    public String id;
    /** The title. */
    public String title;
    /** The description. */
    public String description;
    /** The kind. */
    public String kind;
    /** The buyer owner's id. */
    public String buyerOwner;
    /** The seller owner's id. */
    public String sellerOwner;
    /** The due date. */
    public String due;
    /** The first due date agreed. */
    public String baselineDue;
    /** Working days the step takes. */
    public Integer durationDays;
    /** The three-point estimate. */
    public EstimatePojo estimate;
    /** The exit criteria. */
    public String exitCriteria;
    /** The status. */
    public String status;
    /** The actual start. */
    public String started;
    /** The actual completion. */
    public String completed;
    /** Predecessors: bare ids (strings) or dependency objects (maps). */
    public List<Object> dependsOn;
    /** Whether the step is at risk. */
    public Boolean atRisk;
    /** Notes. */
    public String notes;
    /** Preserved, not interpreted. */
    public Map<String, String> attributes;
  }

  /** A three-point estimate. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class EstimatePojo {
    /** Optimistic working days. */
    public Integer optimistic;
    /** Likely working days. */
    public Integer likely;
    /** Pessimistic working days. */
    public Integer pessimistic;
  }

  /** A revision. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class RevisionPojo {
    /** The revision number. */
    public Integer number;
    /** The author's id. */
    public String author;
    /** The instant. */
    public String at;
    /** What changed. */
    public String summary;
  }

  /** A sign-off. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class SignOffPojo {
    /** Who agreed. */
    public String by;
    /** The revision agreed to. */
    public Integer revision;
    /** When. */
    public String on;
  }
}
