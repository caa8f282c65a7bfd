package io.mutualplan.benchmarks;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan document as an engineer would map it with plain Jackson databind: a mutable object with
 * one public field per field of the plan format, each of the model's value type. Dates are {@link
 * LocalDate}, the revision instant an {@link Instant} (both through jackson-datatype-jsr310), the
 * amount a {@link BigDecimal}, enumerations Java enums spelled as the format spells them, and a
 * dependency an object that also reads from the bare-id form. Nothing is checked: ids stay
 * strings, references are not resolved, and no rule of the format is applied.
 *
 * <p>It is the primary baseline of {@link JsonBenchmark}: the same document read into an
 * equivalent mutable object. {@link PlanPojo}, with strings for dates and enumerations and maps for
 * dependencies, is the stricter comparison beside it.
 *
 * <p>Written back, a dependency is always an object ({@code {"milestone": "x"}} for one read from
 * {@code "x"}): choosing the bare-id form when the type and lag are the defaults would take a
 * custom serializer, which plain databind does not have. The document means the same plan.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TypedPlanPojo {
  /**
   * The mapper for this POJO: plain databind with Jackson's Java time module, writing dates and
   * instants as ISO text, as the format does.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /** The format and major version. */
  public String format;
  /** The plan's id. */
  public String id;
  /** The plan's title. */
  public String title;
  /** What both sides work toward. */
  public String goal;
  /** The buying organization. */
  public Organization buyer;
  /** The selling organization. */
  public Organization seller;
  /** The buyer's outcome. */
  public Outcome outcome;
  /** The working days. */
  public Calendar calendar;
  /** The annual contract value. */
  public Money dealValue;
  /** When the plan was first drafted. */
  public LocalDate createdOn;
  /** The people on both sides. */
  public List<Stakeholder> stakeholders;
  /** The steps. */
  public List<Milestone> milestones;
  /** The edit history. */
  public List<Revision> revisions;
  /** Who agreed to which revision. */
  public List<SignOff> signOffs;
  /** Preserved, not interpreted. */
  public Map<String, String> attributes;

  /** An organization. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Organization {
    /** Its name. */
    public String name;
  }

  /** The outcome. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Outcome {
    /** The first day the outcome holds. */
    public LocalDate date;
    /** Its label. */
    public String label;
    /** Working days between the last milestone and the outcome. */
    public Integer leadTimeDays;
    /** Who named the date. */
    public String setBy;
  }

  /** The working calendar. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Calendar {
    /** The working days of the week. */
    public List<Weekday> workingDays;
    /** Non-working dates. */
    public List<LocalDate> holidays;
  }

  /**
   * A day of the week as the format spells it. Not {@link java.time.DayOfWeek}: databind reads
   * and writes that as {@code MONDAY}.
   */
  public enum Weekday {
    /** Monday. */
    @JsonProperty("monday") MONDAY,
    /** Tuesday. */
    @JsonProperty("tuesday") TUESDAY,
    /** Wednesday. */
    @JsonProperty("wednesday") WEDNESDAY,
    /** Thursday. */
    @JsonProperty("thursday") THURSDAY,
    /** Friday. */
    @JsonProperty("friday") FRIDAY,
    /** Saturday. */
    @JsonProperty("saturday") SATURDAY,
    /** Sunday. */
    @JsonProperty("sunday") SUNDAY
  }

  /** An amount of money. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Money {
    /** The amount, read exactly. */
    public BigDecimal amount;
    /** The ISO-4217 currency. */
    public String currency;
  }

  /** A stakeholder. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Stakeholder {
    /** The id. */
    public String id;
    /** The name. */
    public String name;
    /** The side. */
    public Side side;
    /** The roles. */
    public List<Role> roles;
    /** The job title. */
    public String title;
    /** The email address. */
    public String email;
  }

  /** Which organization a stakeholder belongs to. */
  public enum Side {
    /** The buying organization. */
    @JsonProperty("buyer") BUYER,
    /** The selling organization. */
    @JsonProperty("seller") SELLER
  }

  /** A stakeholder's role. */
  public enum Role {
    /** Champion. */
    @JsonProperty("champion") CHAMPION,
    /** Economic buyer. */
    @JsonProperty("economic-buyer") ECONOMIC_BUYER,
    /** Decision maker. */
    @JsonProperty("decision-maker") DECISION_MAKER,
    /** Technical evaluator. */
    @JsonProperty("technical-evaluator") TECHNICAL_EVALUATOR,
    /** Legal. */
    @JsonProperty("legal") LEGAL,
    /** Security. */
    @JsonProperty("security") SECURITY,
    /** Procurement. */
    @JsonProperty("procurement") PROCUREMENT,
    /** Finance. */
    @JsonProperty("finance") FINANCE,
    /** Executive sponsor. */
    @JsonProperty("executive-sponsor") EXECUTIVE_SPONSOR,
    /** End user. */
    @JsonProperty("end-user") END_USER,
    /** Account executive. */
    @JsonProperty("account-executive") ACCOUNT_EXECUTIVE,
    /** Sales engineer. */
    @JsonProperty("sales-engineer") SALES_ENGINEER,
    /** Sales manager. */
    @JsonProperty("sales-manager") SALES_MANAGER,
    /** Customer success. */
    @JsonProperty("customer-success") CUSTOMER_SUCCESS,
    /** Any other role. */
    @JsonProperty("other") OTHER
  }

  /** A milestone. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Milestone {
    /** The id. */
    public String id;
    /** The title. */
    public String title;
    /** The description. */
    public String description;
    /** The kind. */
    public Kind kind;
    /** The buyer owner's id. */
    public String buyerOwner;
    /** The seller owner's id. */
    public String sellerOwner;
    /** The due date. */
    public LocalDate due;
    /** The first due date agreed. */
    public LocalDate baselineDue;
    /** Working days the step takes. */
    public Integer durationDays;
    /** The three-point estimate. */
    public Estimate estimate;
    /** The exit criteria. */
    public String exitCriteria;
    /** The status. */
    public Status status;
    /** The actual start. */
    public LocalDate started;
    /** The actual completion. */
    public LocalDate completed;
    /** The predecessors. */
    public List<Dependency> dependsOn;
    /** Whether the step is at risk. */
    public Boolean atRisk;
    /** Notes. */
    public String notes;
    /** Preserved, not interpreted. */
    public Map<String, String> attributes;
  }

  /** What sort of step a milestone is. */
  public enum Kind {
    /** Champion alignment. */
    @JsonProperty("champion-alignment") CHAMPION_ALIGNMENT,
    /** Stakeholder alignment. */
    @JsonProperty("stakeholder-alignment") STAKEHOLDER_ALIGNMENT,
    /** Discovery. */
    @JsonProperty("discovery") DISCOVERY,
    /** Demo. */
    @JsonProperty("demo") DEMO,
    /** Technical validation. */
    @JsonProperty("technical-validation") TECHNICAL_VALIDATION,
    /** Security review. */
    @JsonProperty("security-review") SECURITY_REVIEW,
    /** Business case. */
    @JsonProperty("business-case") BUSINESS_CASE,
    /** Reference call. */
    @JsonProperty("reference-call") REFERENCE_CALL,
    /** Proposal. */
    @JsonProperty("proposal") PROPOSAL,
    /** Budget approval. */
    @JsonProperty("budget-approval") BUDGET_APPROVAL,
    /** Legal. */
    @JsonProperty("legal") LEGAL,
    /** Procurement. */
    @JsonProperty("procurement") PROCUREMENT,
    /** Executive sign-off. */
    @JsonProperty("executive-sign-off") EXECUTIVE_SIGN_OFF,
    /** Signature. */
    @JsonProperty("signature") SIGNATURE,
    /** Kickoff. */
    @JsonProperty("kickoff") KICKOFF,
    /** Go-live planning. */
    @JsonProperty("go-live-planning") GO_LIVE_PLANNING,
    /** Implementation. */
    @JsonProperty("implementation") IMPLEMENTATION,
    /** Internal. */
    @JsonProperty("internal") INTERNAL,
    /** Any other kind. */
    @JsonProperty("other") OTHER
  }

  /** Where a milestone stands. */
  public enum Status {
    /** Not started. */
    @JsonProperty("not-started") NOT_STARTED,
    /** Scheduled. */
    @JsonProperty("scheduled") SCHEDULED,
    /** In progress. */
    @JsonProperty("in-progress") IN_PROGRESS,
    /** Blocked. */
    @JsonProperty("blocked") BLOCKED,
    /** Complete. */
    @JsonProperty("complete") COMPLETE
  }

  /** A three-point estimate. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Estimate {
    /** Optimistic working days. */
    public Integer optimistic;
    /** Likely working days. */
    public Integer likely;
    /** Pessimistic working days. */
    public Integer pessimistic;
  }

  /** A predecessor: read from a dependency object or from a bare id. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Dependency {
    /** The predecessor's id. */
    public String milestone;
    /** How the dates are bound; absent means finish-to-start. */
    public DependencyType type;
    /** The lag in working days; absent means 0. */
    public Integer lagDays;

    /** An empty dependency, which databind fills from an object. */
    public Dependency() {}

    /**
     * The bare-id form: finish-to-start with no lag, left absent as in the document.
     *
     * @param milestone the predecessor's id
     * @return the dependency
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Dependency on(String milestone) {
      Dependency dependency = new Dependency();
      dependency.milestone = milestone;
      return dependency;
    }
  }

  /** How a milestone's dates are bound to a predecessor's. */
  public enum DependencyType {
    /** Finish to start. */
    @JsonProperty("finish-to-start") FINISH_TO_START,
    /** Start to start. */
    @JsonProperty("start-to-start") START_TO_START,
    /** Finish to finish. */
    @JsonProperty("finish-to-finish") FINISH_TO_FINISH,
    /** Start to finish. */
    @JsonProperty("start-to-finish") START_TO_FINISH
  }

  /** A revision. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Revision {
    /** The revision number. */
    public Integer number;
    /** The author's id. */
    public String author;
    /** The instant. */
    public Instant at;
    /** What changed. */
    public String summary;
  }

  /** A sign-off. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class SignOff {
    /** Who agreed. */
    public String by;
    /** The revision agreed to. */
    public Integer revision;
    /** When. */
    public LocalDate on;
  }
}
