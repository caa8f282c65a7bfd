package io.mutualplan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * How one type of the documents is read and written: the one reader and the one writer of that
 * type, shared by {@code MapJson} and the Jackson module's serializers and deserializers.
 *
 * @param <T> the type
 */
public final class Codec<T> {
  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator gen, T value) throws IOException;
  }

  /** The plan document, {@code mutual-action-plan/1}. */
  public static final Codec<MutualActionPlan> PLAN =
      new Codec<>(MutualActionPlan.class, PlanReader::plan, PlanWriter::plan);

  /** The scheduler's result, {@code mutual-action-plan-schedule/1}. */
  public static final Codec<Schedule> SCHEDULE =
      new Codec<>(Schedule.class, ScheduleCodec::read, ScheduleCodec::write);

  /** A quality report, {@code mutual-action-plan-report/1}. */
  public static final Codec<QualityReport> REPORT =
      new Codec<>(QualityReport.class, ReportCodec::read, ReportCodec::write);

  /** A rule configuration document. */
  public static final Codec<RuleConfiguration> RULE_CONFIGURATION = new Codec<>(
      RuleConfiguration.class, RuleConfigurationCodec::read, RuleConfigurationCodec::write);

  private static final List<Codec<?>> PARTS = List.of(
      SCHEDULE,
      REPORT,
      RULE_CONFIGURATION,
      PLAN,
      new Codec<>(Organization.class, (in, n, s) -> PlanReader.organization(in, n, s,
          "an organization"), PlanWriter::organization),
      new Codec<>(Outcome.class, PlanReader::outcome, PlanWriter::outcome),
      new Codec<>(CalendarSettings.class, PlanReader::calendar, PlanWriter::calendar),
      new Codec<>(Money.class, (in, n, s) -> PlanReader.money(in, n, s, "an amount of money"),
          PlanWriter::money),
      new Codec<>(Stakeholder.class, PlanReader::stakeholder, PlanWriter::stakeholder),
      new Codec<>(Milestone.class, PlanReader::milestone, PlanWriter::milestone),
      new Codec<>(Estimate.class, PlanReader::estimate, PlanWriter::estimate),
      new Codec<>(Dependency.class, PlanReader::dependency, PlanWriter::dependency),
      new Codec<>(Revision.class, PlanReader::revision, PlanWriter::revision),
      new Codec<>(SignOff.class, PlanReader::signOff, PlanWriter::signOff),
      spelled(PlanId.class, "a plan id", PlanId::of, PlanId::value),
      spelled(MilestoneId.class, "a milestone id", MilestoneId::of, MilestoneId::value),
      spelled(StakeholderId.class, "a stakeholder id", StakeholderId::of, StakeholderId::value),
      constant(Side.class, "a side", PlanReader.SIDES, Side::spelling),
      constant(Role.class, "a role", PlanReader.ROLES, Role::spelling),
      constant(MilestoneKind.class, "a milestone kind", PlanReader.KINDS,
          MilestoneKind::spelling),
      constant(MilestoneStatus.class, "a milestone status", PlanReader.STATUSES,
          MilestoneStatus::spelling),
      constant(DependencyType.class, "a dependency type", PlanReader.DEPENDENCY_TYPES,
          DependencyType::spelling));

  private final Class<T> type;
  private final JsonInput.Reader<T> reader;
  private final Writer<T> writer;

  Codec(Class<T> type, JsonInput.Reader<T> reader, Writer<T> writer) {
    this.type = type;
    this.reader = reader;
    this.writer = writer;
  }

  private static <T> Codec<T> spelled(Class<T> type, String what, Function<String, T> parse,
      Function<T, String> spelling) {
    return new Codec<>(type, (in, node, slot) -> in.parsed(node, slot, what, parse),
        (gen, value) -> gen.writeString(spelling.apply(value)));
  }

  private static <E extends Enum<E>> Codec<E> constant(Class<E> type, String what,
      EnumSpellings<E> spellings, Function<E, String> spelling) {
    return new Codec<>(type, (in, node, slot) -> in.constant(node, slot, what, spellings),
        (gen, value) -> gen.writeString(spelling.apply(value)));
  }

  /**
   * Every type with a codec: the three documents, the rule configuration, the plan's parts, its
   * ids and its enumerations.
   *
   * @return the codecs
   */
  public static List<Codec<?>> all() {
    return PARTS;
  }

  /**
   * The type read and written.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Reads a whole document: nothing may follow the value.
   *
   * @param parser a parser that has not started
   * @param lenient whether unknown fields are ignored
   * @return the value
   * @throws FormatFailure with every problem found
   */
  public T readDocument(JsonParser parser, boolean lenient) {
    return new JsonInput(parser, lenient).readRoot(reader, true);
  }

  /**
   * Reads the value the parser stands on, leaving the parser on its last token.
   *
   * @param parser a parser standing on the value's first token
   * @param lenient whether unknown fields are ignored
   * @return the value
   * @throws FormatFailure with every problem found, pointers relative to the value
   */
  public T readValue(JsonParser parser, boolean lenient) {
    return new JsonInput(parser, lenient).readRoot(reader, false);
  }

  /**
   * Writes a value in canonical form.
   *
   * @param gen the generator
   * @param value the value
   * @throws IOException when the generator's target fails
   */
  public void write(JsonGenerator gen, T value) throws IOException {
    writer.write(gen, value);
  }
}
