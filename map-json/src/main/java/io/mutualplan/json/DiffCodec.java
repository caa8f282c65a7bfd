package io.mutualplan.json;

import static io.mutualplan.json.DocumentReader.set;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.diff.ChangeType;
import io.mutualplan.core.diff.FieldChange;
import io.mutualplan.core.diff.MilestoneChange;
import io.mutualplan.core.diff.OutcomeChange;
import io.mutualplan.core.diff.PlanDiff;
import io.mutualplan.core.diff.StakeholderChanges;
import io.mutualplan.json.DocumentReader.ObjectReading;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.rules.PlanStanding;
import io.mutualplan.rules.Verdict;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A plan comparison as {@code mutual-action-plan-diff/1}: both sides' standing, the finish slip,
 * the outcome's change, the people who joined or left, the stale sign-offs and the milestones
 * added, removed and changed field by field. Every field of the document is always written, with
 * {@code null} where the comparison has no value (an unchanged outcome, the schedule of a side
 * with a dependency cycle); an added or removed milestone has no {@code changes}. The values of a
 * field change are written by {@link MilestoneValues}, as the plan format writes them.
 *
 * <p>Reading asks for every field except those that may be {@code null}, which may also be left
 * out, and builds through the model's builders, so a document that contradicts itself (a change
 * "from" a value to the same value, a finish slip without two projected finishes) is rejected.
 */
final class DiffCodec {
  enum DiffField {
    FORMAT, PLAN_ID, AS_OF, FROM, TO, FINISH_SLIP_DAYS, OUTCOME, STAKEHOLDERS, SIGN_OFFS_STALE,
    MILESTONES
  }

  static final Fields<DiffField> FIELDS = new Fields<>(DiffField.class, "a diff document",
      DiffField.FORMAT, DiffField.PLAN_ID, DiffField.AS_OF, DiffField.FROM, DiffField.TO,
      DiffField.STAKEHOLDERS, DiffField.SIGN_OFFS_STALE, DiffField.MILESTONES);

  enum StandingField {
    LATEST_REVISION, DEADLINE, PROJECTED_FINISH, SLACK_DAYS, FEASIBLE, CRITICAL_PATH, SCORE,
    VERDICT
  }

  static final Fields<StandingField> STANDING_FIELDS = new Fields<>(StandingField.class,
      "a side of the diff", StandingField.SCORE, StandingField.VERDICT);

  enum OutcomeField { FROM, TO, LEAD_TIME_FROM, LEAD_TIME_TO }

  static final Fields<OutcomeField> OUTCOME_FIELDS = new Fields<>(OutcomeField.class,
      "the outcome's change");

  enum StakeholdersField { ADDED, REMOVED }

  static final Fields<StakeholdersField> STAKEHOLDERS_FIELDS = new Fields<>(
      StakeholdersField.class, "the stakeholders' changes", StakeholdersField.values());

  enum MilestoneEntryField { ID, CHANGE, CHANGES }

  static final Fields<MilestoneEntryField> MILESTONE_FIELDS = new Fields<>(
      MilestoneEntryField.class, "a milestone's change", MilestoneEntryField.ID,
      MilestoneEntryField.CHANGE);

  enum ChangeField { FIELD, FROM, TO, WORKING_DAYS }

  static final Fields<ChangeField> CHANGE_FIELDS = new Fields<>(ChangeField.class,
      "a field's change", ChangeField.FIELD);

  static final Codec<PlanComparison> DIFF = new Codec<>(PlanComparison.class, "a diff document",
      DiffCodec::read, DiffCodec::write);

  private DiffCodec() {}

  // ---- writing ----------------------------------------------------------------------------------

  static void write(JsonGenerator gen, PlanComparison comparison) throws IOException {
    PlanDiff changes = comparison.changes();
    gen.writeStartObject();
    FIELDS.string(gen, DiffField.FORMAT, DocumentFormat.DIFF.formatName());
    FIELDS.string(gen, DiffField.PLAN_ID, comparison.planId().value());
    FIELDS.date(gen, DiffField.AS_OF, comparison.asOf());
    FIELDS.name(gen, DiffField.FROM);
    writeStanding(gen, comparison.from());
    FIELDS.name(gen, DiffField.TO);
    writeStanding(gen, comparison.to());
    FIELDS.numberOrNull(gen, DiffField.FINISH_SLIP_DAYS, comparison.finishSlipDays());
    FIELDS.orNull(gen, DiffField.OUTCOME, changes.outcome(), DiffCodec::writeOutcome);
    FIELDS.name(gen, DiffField.STAKEHOLDERS);
    gen.writeStartObject();
    STAKEHOLDERS_FIELDS.array(gen, StakeholdersField.ADDED, changes.stakeholders().added(),
        DiffCodec::writeId);
    STAKEHOLDERS_FIELDS.array(gen, StakeholdersField.REMOVED, changes.stakeholders().removed(),
        DiffCodec::writeId);
    gen.writeEndObject();
    FIELDS.array(gen, DiffField.SIGN_OFFS_STALE, changes.signOffsStale(), DiffCodec::writeId);
    FIELDS.array(gen, DiffField.MILESTONES, changes.milestones(), DiffCodec::writeMilestone);
    gen.writeEndObject();
  }

  private static void writeStanding(JsonGenerator gen, PlanStanding standing) throws IOException {
    gen.writeStartObject();
    STANDING_FIELDS.numberOrNull(gen, StandingField.LATEST_REVISION, standing.latestRevision());
    STANDING_FIELDS.dateOrNull(gen, StandingField.DEADLINE, standing.deadline());
    STANDING_FIELDS.dateOrNull(gen, StandingField.PROJECTED_FINISH,
        standing.projectedFinish());
    STANDING_FIELDS.numberOrNull(gen, StandingField.SLACK_DAYS, standing.slackDays());
    STANDING_FIELDS.orNull(gen, StandingField.FEASIBLE, standing.feasible(),
        JsonGenerator::writeBoolean);
    STANDING_FIELDS.orNull(gen, StandingField.CRITICAL_PATH, standing.criticalPath(),
        (out, path) -> Fields.array(out, path, (to, id) -> to.writeString(id.value())));
    STANDING_FIELDS.number(gen, StandingField.SCORE, standing.score());
    STANDING_FIELDS.string(gen, StandingField.VERDICT, standing.verdict().spelling());
    gen.writeEndObject();
  }

  private static void writeOutcome(JsonGenerator gen, OutcomeChange outcome) throws IOException {
    gen.writeStartObject();
    OUTCOME_FIELDS.dateOrNull(gen, OutcomeField.FROM, outcome.from());
    OUTCOME_FIELDS.dateOrNull(gen, OutcomeField.TO, outcome.to());
    OUTCOME_FIELDS.numberOrNull(gen, OutcomeField.LEAD_TIME_FROM, outcome.leadTimeFrom());
    OUTCOME_FIELDS.numberOrNull(gen, OutcomeField.LEAD_TIME_TO, outcome.leadTimeTo());
    gen.writeEndObject();
  }

  private static void writeId(JsonGenerator gen, StakeholderId id) throws IOException {
    gen.writeString(id.value());
  }

  private static void writeMilestone(JsonGenerator gen, MilestoneChange milestone)
      throws IOException {
    gen.writeStartObject();
    MILESTONE_FIELDS.string(gen, MilestoneEntryField.ID, milestone.id().value());
    MILESTONE_FIELDS.string(gen, MilestoneEntryField.CHANGE, milestone.type().spelling());
    if (milestone.type() == ChangeType.CHANGED) {
      MILESTONE_FIELDS.array(gen, MilestoneEntryField.CHANGES, milestone.changes(),
          DiffCodec::writeChange);
    }
    gen.writeEndObject();
  }

  private static <T> void writeChange(JsonGenerator gen, FieldChange<T> change)
      throws IOException {
    Codec.Writer<T> value = MilestoneValues.of(change.field()).writer;
    gen.writeStartObject();
    CHANGE_FIELDS.string(gen, ChangeField.FIELD, change.field().name());
    CHANGE_FIELDS.orNull(gen, ChangeField.FROM, change.from(), value);
    CHANGE_FIELDS.orNull(gen, ChangeField.TO, change.to(), value);
    if (change.field().isDate()) {
      CHANGE_FIELDS.numberOrNull(gen, ChangeField.WORKING_DAYS, change.workingDays());
    }
    gen.writeEndObject();
  }

  // ---- reading ----------------------------------------------------------------------------------

  static PlanComparison read(DocumentReader in) throws IOException {
    ObjectReading<DiffField> object = in.object(FIELDS);
    PlanComparison.Builder comparison = PlanComparison.builder();
    PlanDiff.Builder changes = PlanDiff.builder();
    Long finishSlipDays = null;
    PlanStanding[] sides = new PlanStanding[2];
    StakeholderChanges stakeholders = null;
    List<StakeholderId> signOffsStale = List.of();
    List<MilestoneChange> milestones = List.of();
    for (DiffField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case FORMAT -> in.expectFormat(DocumentFormat.DIFF, "");
        case PLAN_ID -> set(in.parsed(PlanId::of), comparison::planId);
        case AS_OF -> set(in.dateInRange(), comparison::asOf);
        case FROM -> sides[0] = readStanding(in);
        case TO -> sides[1] = readStanding(in);
        case FINISH_SLIP_DAYS -> finishSlipDays = in.longInteger();
        case OUTCOME -> set(readOutcome(in), changes::outcome);
        case STAKEHOLDERS -> stakeholders = readStakeholders(in);
        case SIGN_OFFS_STALE -> signOffsStale = in.list("a stakeholder id",
            id -> id.parsed(StakeholderId::of));
        case MILESTONES -> milestones = in.list("a milestone's change",
            DiffCodec::readMilestone);
      }
    }
    if (!object.complete() || !eachListedOnce(in, sides, stakeholders, signOffsStale, milestones)) {
      return null;
    }
    changes.stakeholders(stakeholders).signOffsStale(signOffsStale).milestones(milestones);
    if (finishSlipDays != null) {
      if (sides[0].projectedFinish().isEmpty() || sides[1].projectedFinish().isEmpty()) {
        in.problemAt("/finishSlipDays", "a finish slip compares two projected finishes; give"
            + " null when a side has none");
        return null;
      }
      comparison.finishSlipDays(finishSlipDays);
    }
    return in.buildPart(() -> comparison.from(sides[0]).to(sides[1])
        .changes(changes.build()).build());
  }

  /**
   * Whether every list of the diff names each of its things once, as a diff of two plans does: a
   * critical path passes through a milestone once, a stakeholder joins, leaves or signed off once,
   * and a milestone is added, removed or changed. A repeat is reported where it stands.
   */
  private static boolean eachListedOnce(DocumentReader in, PlanStanding[] sides,
      StakeholderChanges stakeholders, List<StakeholderId> signOffsStale,
      List<MilestoneChange> milestones) {
    String path = "; a critical path passes through each milestone once";
    boolean once = listedOnce(in, "/from/criticalPath", "", "milestone",
        sides[0].criticalPath().orElse(List.of()), path);
    once &= listedOnce(in, "/to/criticalPath", "", "milestone",
        sides[1].criticalPath().orElse(List.of()), path);
    once &= listedOnce(in, "/stakeholders/added", "", "stakeholder", stakeholders.added(),
        "; each stakeholder who joined is named once");
    once &= listedOnce(in, "/stakeholders/removed", "", "stakeholder", stakeholders.removed(),
        "; each stakeholder who left is named once");
    once &= listedOnce(in, "/signOffsStale", "", "stakeholder", signOffsStale,
        "; each stakeholder whose sign-off is stale is named once");
    once &= listedOnce(in, "/milestones", "/id", "milestone",
        milestones.stream().map(MilestoneChange::id).toList(),
        "; a diff of two plans names each milestone once");
    return once;
  }

  /**
   * Whether a list names each id once; a repeat is reported at {@code list/i} plus {@code inEntry}
   * (the id's place in an entry), naming where the id stood first.
   */
  private static boolean listedOnce(DocumentReader in, String list, String inEntry, String what,
      List<?> ids, String why) {
    Map<Object, Integer> first = new HashMap<>();
    boolean once = true;
    for (int i = 0; i < ids.size(); i++) {
      Integer earlier = first.putIfAbsent(ids.get(i), i);
      if (earlier != null) {
        in.problemAt(list + "/" + i + inEntry, what + " '" + ids.get(i) + "' is listed twice (also"
            + " at " + list + "/" + earlier + ")" + why);
        once = false;
      }
    }
    return once;
  }

  private static PlanStanding readStanding(DocumentReader in) throws IOException {
    ObjectReading<StandingField> object = in.object(STANDING_FIELDS);
    PlanStanding.Builder standing = PlanStanding.builder();
    for (StandingField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case LATEST_REVISION -> set(in.integer(), standing::latestRevision);
        case DEADLINE -> set(in.dateInRange(), standing::deadline);
        case PROJECTED_FINISH -> set(in.dateInRange(), standing::projectedFinish);
        case SLACK_DAYS -> set(in.longInteger(), standing::slackDays);
        case FEASIBLE -> set(in.bool(), standing::feasible);
        case CRITICAL_PATH -> set(in.list("a milestone id", id -> id.parsed(MilestoneId::of)),
            standing::criticalPath);
        case SCORE -> set(in.score(), standing::score);
        case VERDICT -> set(in.parsed(Verdict::parse), standing::verdict);
      }
    }
    return object.complete() ? in.buildPart(standing::build) : null;
  }

  private static OutcomeChange readOutcome(DocumentReader in) throws IOException {
    ObjectReading<OutcomeField> object = in.object(OUTCOME_FIELDS);
    OutcomeChange.Builder outcome = OutcomeChange.builder();
    for (OutcomeField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case FROM -> set(in.dateInRange(), outcome::from);
        case TO -> set(in.dateInRange(), outcome::to);
        case LEAD_TIME_FROM -> set(in.days(), outcome::leadTimeFrom);
        case LEAD_TIME_TO -> set(in.days(), outcome::leadTimeTo);
      }
    }
    return object.complete() ? in.buildPart(outcome::build) : null;
  }

  private static StakeholderChanges readStakeholders(DocumentReader in) throws IOException {
    ObjectReading<StakeholdersField> object = in.object(STAKEHOLDERS_FIELDS);
    StakeholderChanges.Builder stakeholders = StakeholderChanges.builder();
    for (StakeholdersField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ADDED -> in.each("a stakeholder id", id -> id.parsed(StakeholderId::of),
            stakeholders::addAdded);
        case REMOVED -> in.each("a stakeholder id", id -> id.parsed(StakeholderId::of),
            stakeholders::addRemoved);
      }
    }
    return object.complete() ? in.buildPart(stakeholders::build) : null;
  }

  private static MilestoneChange readMilestone(DocumentReader in) throws IOException {
    ObjectReading<MilestoneEntryField> object = in.object(MILESTONE_FIELDS);
    MilestoneChange.Builder milestone = MilestoneChange.builder();
    for (MilestoneEntryField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> set(in.parsed(MilestoneId::of), milestone::id);
        case CHANGE -> set(in.parsed(ChangeType::parse), milestone::type);
        case CHANGES -> in.each("a field's change", DiffCodec::readChange, milestone::addChange);
      }
    }
    return object.complete() ? in.buildPart(milestone::build) : null;
  }

  /**
   * A field's change. The type of {@code from} and {@code to} is the field's, so {@code field}
   * comes first (as writers put it, and as a program that sorts keys does too).
   */
  private static FieldChange<?> readChange(DocumentReader in) throws IOException {
    ObjectReading<ChangeField> object = in.object(CHANGE_FIELDS);
    MilestoneValues.Change<?> change = null;
    boolean fieldGiven = false;
    Long workingDays = null;
    for (ChangeField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case FIELD -> {
          fieldGiven = true;
          change = MilestoneValues.change(in);
        }
        case FROM, TO -> {
          if (change != null) {
            change.read(in, field == ChangeField.FROM);
          } else {
            if (!fieldGiven) {
              in.problem("a field's change names its field before its values: write \"field\""
                  + " first");
            }
            in.skip();
          }
        }
        case WORKING_DAYS -> workingDays = in.longInteger();
      }
    }
    if (!object.complete()) {
      return null;
    }
    MilestoneValues.Change<?> read = change;
    OptionalLong moved = workingDays == null ? OptionalLong.empty() : OptionalLong.of(workingDays);
    return in.buildPart(() -> read.build(moved));
  }
}
