package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

/** Helpers for tests about rejected documents. */
final class Documents {
  private Documents() {}

  /**
   * A small valid plan, with a buyer-side sarah and a seller-side alex, and {@code milestones}
   * spliced into its milestones array; the milestones start on line 10.
   */
  static String planWithMilestones(String milestones) {
    return """
        {
          "format": "mutual-action-plan/1",
          "id": "acme",
          "title": "Acme x Globex",
          "buyer": { "name": "Acme" },
          "seller": { "name": "Globex" },
          "stakeholders": [
            { "id": "sarah", "name": "Sarah Chen", "side": "buyer" },
            { "id": "alex", "name": "Alex Kim", "side": "seller" } ],
          "milestones": [
        %s
          ]
        }
        """.formatted(milestones);
  }

  /** The small valid plan with more top-level fields after the milestones (line 12 on). */
  static String planWith(String milestones, String moreFields) {
    String plan = planWithMilestones(milestones);
    int end = plan.lastIndexOf('}');
    return plan.substring(0, plan.lastIndexOf(']', end) + 1) + ",\n" + moreFields + "\n}\n";
  }

  /** Reads the plan document and returns the problems the reader reports. */
  static List<DocumentProblem> problemsOf(String json) {
    return problemsOf(MapJson.standard().plans(), json);
  }

  /** Reads the document with {@code documents}, which must reject it, and returns the problems. */
  static List<DocumentProblem> problemsOf(JsonDocuments<?> documents, String json) {
    DocumentReadException e =
        catchThrowableOfType(DocumentReadException.class, () -> documents.read(json));
    assertThat(e).as("the reader should reject:%n%s", json).isNotNull();
    return e.problems();
  }

  /** The one problem the reader reports for the plan document. */
  static DocumentProblem onlyProblemOf(String json) {
    return onlyProblemOf(MapJson.standard().plans(), json);
  }

  /** The one problem {@code documents} reports for the document. */
  static DocumentProblem onlyProblemOf(JsonDocuments<?> documents, String json) {
    List<DocumentProblem> problems = problemsOf(documents, json);
    assertThat(problems).as("problems of%n%s", json).hasSize(1);
    return problems.get(0);
  }

  /** The line and column where the {@code occurrence}-th (from 1) {@code text} starts. */
  static int[] spot(String json, String text, int occurrence) {
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = json.indexOf(text, at + 1);
      assertThat(at).as("'%s' #%d in the document", text, i + 1).isNotNegative();
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (json.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  static int[] spot(String json, String text) {
    return spot(json, text, 1);
  }
}
