package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.json.MapJson;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RejectedDocumentsTest {

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
}
