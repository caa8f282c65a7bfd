package io.mutualplan.json;

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
import java.util.List;

/**
 * The codecs of {@code mutual-action-plan/1}: the plan document, and each of its parts, ids and
 * enumerations for users' own documents (the Jackson module).
 */
final class PlanCodecs {
  private PlanCodecs() {}

  static final Codec<MutualActionPlan> PLAN =
      new Codec<>(MutualActionPlan.class, "a plan document", PlanReader::plan, PlanWriter::plan);

  static final List<Codec<?>> PARTS = List.of(
      new Codec<>(Organization.class, "an organization", PlanReader::organization,
          PlanWriter::organization),
      new Codec<>(Outcome.class, "outcome", PlanReader::outcome, PlanWriter::outcome),
      new Codec<>(CalendarSettings.class, "calendar", PlanReader::calendar, PlanWriter::calendar),
      new Codec<>(Money.class, "an amount of money", PlanReader::money, PlanWriter::money),
      new Codec<>(Stakeholder.class, "a stakeholder", PlanReader::stakeholder,
          PlanWriter::stakeholder),
      new Codec<>(Milestone.class, "a milestone", PlanReader::milestone, PlanWriter::milestone),
      new Codec<>(Estimate.class, "estimate", PlanReader::estimate, PlanWriter::estimate),
      new Codec<>(Dependency.class, "a dependency", PlanReader::dependency,
          PlanWriter::dependency),
      new Codec<>(Revision.class, "a revision", PlanReader::revision, PlanWriter::revision),
      new Codec<>(SignOff.class, "a sign-off", PlanReader::signOff, PlanWriter::signOff),
      Codec.text(PlanId.class, "a plan id", PlanId::of, PlanId::value),
      Codec.text(MilestoneId.class, "a milestone id", MilestoneId::of, MilestoneId::value),
      Codec.text(StakeholderId.class, "a stakeholder id", StakeholderId::of, StakeholderId::value),
      Codec.text(Side.class, "a side", Side::parse, Side::spelling),
      Codec.text(Role.class, "a role", Role::parse, Role::spelling),
      Codec.text(MilestoneKind.class, "a milestone kind", MilestoneKind::parse,
          MilestoneKind::spelling),
      Codec.text(MilestoneStatus.class, "a milestone status", MilestoneStatus::parse,
          MilestoneStatus::spelling),
      Codec.text(DependencyType.class, "a dependency type", DependencyType::parse,
          DependencyType::spelling));
}
