package io.mutualplan.json;

import static io.mutualplan.json.PlanFields.DEPENDENCY;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.diff.FieldChange;
import io.mutualplan.core.diff.MilestoneField;
import io.mutualplan.json.PlanFields.DependencyField;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the value of each compared milestone field ({@link MilestoneField}) is written in a diff
 * document and read back: as the plan format writes the field, except that a dependency is always
 * the object with its {@code type} and {@code lagDays} written out, and an absent value is {@code
 * null}.
 *
 * @param <T> the type of the field's value
 */
final class MilestoneValues<T> {
  private static final Map<MilestoneField<?>, MilestoneValues<?>> BY_FIELD = Map.ofEntries(
      values(MilestoneField.TITLE, DocumentReader::text, JsonGenerator::writeString),
      values(MilestoneField.KIND, in -> in.parsed(MilestoneKind::parse),
          (gen, kind) -> gen.writeString(kind.spelling())),
      values(MilestoneField.BUYER_OWNER, in -> in.parsed(StakeholderId::of),
          (gen, id) -> gen.writeString(id.value())),
      values(MilestoneField.SELLER_OWNER, in -> in.parsed(StakeholderId::of),
          (gen, id) -> gen.writeString(id.value())),
      values(MilestoneField.DUE, DocumentReader::dateInRange, IsoDates::write),
      values(MilestoneField.BASELINE_DUE, DocumentReader::dateInRange, IsoDates::write),
      values(MilestoneField.DURATION_DAYS, DocumentReader::days,
          (gen, days) -> gen.writeNumber(days.intValue())),
      values(MilestoneField.ESTIMATE, PlanReader::estimate, PlanWriter::estimate),
      values(MilestoneField.EXIT_CRITERIA, DocumentReader::text, JsonGenerator::writeString),
      values(MilestoneField.STATUS, in -> in.parsed(MilestoneStatus::parse),
          (gen, status) -> gen.writeString(status.spelling())),
      values(MilestoneField.STARTED, DocumentReader::dateInRange, IsoDates::write),
      values(MilestoneField.COMPLETED, DocumentReader::dateInRange, IsoDates::write),
      values(MilestoneField.DEPENDS_ON, MilestoneValues::readDependencies,
          MilestoneValues::writeDependencies),
      values(MilestoneField.AT_RISK, DocumentReader::bool,
          (gen, atRisk) -> gen.writeBoolean(atRisk.booleanValue())),
      values(MilestoneField.NOTES, DocumentReader::text, JsonGenerator::writeString));

  /** The fields a milestone always has a value for: the title, and the defaulted flags. */
  private static final Set<MilestoneField<?>> ALWAYS_THERE =
      Set.of(MilestoneField.TITLE, MilestoneField.STATUS, MilestoneField.AT_RISK);

  private final MilestoneField<T> field;
  private final DocumentReader.ValueReader<T> reader;
  /** Writes a value of the field. */
  final Codec.Writer<T> writer;

  private MilestoneValues(MilestoneField<T> field, DocumentReader.ValueReader<T> reader,
      Codec.Writer<T> writer) {
    this.field = field;
    this.reader = reader;
    this.writer = writer;
  }

  private static <T> Map.Entry<MilestoneField<?>, MilestoneValues<?>> values(
      MilestoneField<T> field, DocumentReader.ValueReader<T> reader, Codec.Writer<T> writer) {
    return Map.entry(field, new MilestoneValues<>(field, reader, writer));
  }

  /** The values of a compared field. */
  static <T> MilestoneValues<T> of(MilestoneField<T> field) {
    @SuppressWarnings("unchecked") // each field was added with readers and writers of its type
    MilestoneValues<T> values = (MilestoneValues<T>) BY_FIELD.get(field);
    return values;
  }

  /**
   * Reads the name of a compared field and starts its change; null after a recorded problem when
   * no compared field has that name.
   */
  static Change<?> change(DocumentReader in) throws IOException {
    String name = in.text();
    if (name == null) {
      return null;
    }
    Optional<MilestoneField<?>> field = MilestoneField.named(name);
    if (field.isEmpty()) {
      in.problem("'" + Quote.text(name) + "' is not a milestone field a diff compares; the"
          + " fields are: " + MilestoneField.all().stream().map(MilestoneField::name)
              .collect(Collectors.joining(", ")));
      return null;
    }
    return new Change<>(of(field.get()));
  }

  /** The values of one field's change, read in any order once the field is known. */
  static final class Change<T> {
    private final MilestoneValues<T> values;
    private T from;
    private T to;

    private Change(MilestoneValues<T> values) {
      this.values = values;
    }

    /** Reads {@code from} or {@code to}. */
    void read(DocumentReader in, boolean isFrom) throws IOException {
      T value = values.reader.read(in);
      if (isFrom) {
        from = value;
      } else {
        to = value;
      }
    }

    /**
     * The change read; throws IllegalArgumentException, to be placed at the change, when the
     * values contradict the diff's rules.
     */
    FieldChange<T> build(OptionalLong workingDays) {
      if (ALWAYS_THERE.contains(values.field) && (from == null || to == null)) {
        throw new IllegalArgumentException(values.field + " always has a value in a diff (a status"
            + " left out is not-started, an at-risk flag false); from and to cannot be null");
      }
      return FieldChange.of(values.field, Optional.ofNullable(from), Optional.ofNullable(to),
          workingDays);
    }
  }

  /** Dependencies in full, sorted by milestone id as a diff compares them. */
  private static void writeDependencies(JsonGenerator gen, List<Dependency> dependencies)
      throws IOException {
    gen.writeStartArray();
    for (Dependency dependency : dependencies) {
      gen.writeStartObject();
      DEPENDENCY.string(gen, DependencyField.MILESTONE, dependency.milestone().value());
      DEPENDENCY.string(gen, DependencyField.TYPE, dependency.type().spelling());
      DEPENDENCY.number(gen, DependencyField.LAG_DAYS, dependency.lagDays());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  /**
   * Dependencies in any form the plan format allows, sorted by milestone id as a diff compares
   * them, a predecessor at most once. An empty list is no value (null, without a problem), as in
   * a plan, where no dependencies and {@code []} are the same.
   */
  private static List<Dependency> readDependencies(DocumentReader in) throws IOException {
    List<Dependency> dependencies = in.list("a dependency", PlanReader::dependency);
    Set<MilestoneId> predecessors = new HashSet<>();
    for (Dependency dependency : dependencies) {
      if (!predecessors.add(dependency.milestone())) {
        in.problem("milestone '" + dependency.milestone() + "' appears twice; a milestone"
            + " depends on another once");
        return null;
      }
    }
    if (dependencies.isEmpty()) {
      return null;
    }
    dependencies.sort(Comparator.comparing(Dependency::milestone));
    return List.copyOf(dependencies);
  }
}
