package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.json.MapJson;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RejectedDocumentsTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  /**
   * Invariant: a document with one reader rejection is rejected by the strict reader with exactly
   * one problem, at the pointer the generator names.
   */
  @ParameterizedTest
  @EnumSource(ReaderRejection.class)
  void eachRejectionIsReportedAsExactlyOneProblemWhereItWasMade(ReaderRejection rejection) {
    RejectedDocumentGenerator generator = PlanGenerators.rejectedDocuments().rejections(rejection);
    SplittableRandom random = new SplittableRandom(rejection.ordinal() * 7919L);
    for (int i = 0; i < 60; i++) {
      RejectedDocument document = generator.document(random);
      DocumentReadException error = catchThrowableOfType(DocumentReadException.class,
          () -> MapJson.standard().plans().read(document.json()));
      assertThat(error).as("%s: %s", document.description(), document.json()).isNotNull();
      assertThat(error.problems()).as("%s", document.description())
          .extracting(DocumentProblem::pointer)
          .containsExactly(document.pointer());
    }
  }

  @Test
  void theSameSeedGivesTheSameDocumentAndEveryRejectionComesUp() {
    Set<ReaderRejection> seen = EnumSet.noneOf(ReaderRejection.class);
    SplittableRandom first = new SplittableRandom(11);
    SplittableRandom second = new SplittableRandom(11);
    for (int i = 0; i < 600; i++) {
      RejectedDocument document = PlanGenerators.rejectedDocuments().document(first);
      assertThat(PlanGenerators.rejectedDocuments().document(second)).isEqualTo(document);
      seen.add(document.rejection());
    }
    assertThat(seen).containsExactlyInAnyOrder(ReaderRejection.values());
  }

  /** A required field is set to null for the one rejection and removed for the other. */
  @Test
  void aNullRequiredFieldIsNullAndAMissingOneIsAbsent() throws Exception {
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 40; i++) {
      RejectedDocument nulled = PlanGenerators.rejectedDocuments()
          .rejections(ReaderRejection.NULL_REQUIRED_FIELD).document(random);
      assertThat(TREES.readTree(nulled.json()).at(nulled.pointer()).isNull())
          .as(nulled.description()).isTrue();
      assertThat(nulled.description()).isEqualTo(nulled.pointer() + " set to null");
      RejectedDocument missing = PlanGenerators.rejectedDocuments()
          .rejections(ReaderRejection.MISSING_REQUIRED_FIELD).document(random);
      assertThat(TREES.readTree(missing.json()).at(missing.pointer()).isMissingNode())
          .as(missing.description()).isTrue();
      assertThat(missing.description()).isEqualTo(missing.pointer() + " removed");
    }
  }

  /**
   * Numbers out of range come below the least and above the most; the milestone broken is any
   * of them; a dependency added with a bad lag names another milestone.
   */
  @Test
  void numbersOutOfRangeAreTooSmallAndTooLargeOnAnyMilestone() throws Exception {
    Set<String> sides = new HashSet<>();
    Set<String> milestones = new HashSet<>();
    SplittableRandom random = new SplittableRandom(13);
    for (int i = 0; i < 200; i++) {
      RejectedDocument document = PlanGenerators.rejectedDocuments()
          .rejections(ReaderRejection.NUMBER_OUT_OF_RANGE).document(random);
      JsonNode tree = TREES.readTree(document.json());
      long value = tree.at(document.pointer()).asLong();
      sides.add(value < 0 ? "below" : "above");
      Matcher lag = Pattern.compile("(/milestones/(\\d+))/dependsOn/\\d+/lagDays")
          .matcher(document.pointer());
      if (document.pointer().startsWith("/milestones/")) {
        milestones.add(document.pointer().split("/")[2]);
      }
      if (lag.matches()) {
        String dependency = document.pointer().substring(0,
            document.pointer().length() - "/lagDays".length());
        assertThat(tree.at(dependency + "/milestone").asText()).as(document.description())
            .isNotEqualTo(tree.at(lag.group(1) + "/id").asText());
      }
    }
    assertThat(sides).containsExactlyInAnyOrder("below", "above");
    assertThat(milestones).hasSizeGreaterThan(3);
  }
}
