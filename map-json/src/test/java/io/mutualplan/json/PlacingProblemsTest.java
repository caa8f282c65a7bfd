package io.mutualplan.json;

import static io.mutualplan.json.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonDocuments#place}: problems found after a read, known only by their JSON Pointers, get
 * the line and column where the values they point at start, as the reader's own problems do.
 */
class PlacingProblemsTest {
  private static final JsonDocuments<?> CONFIGURATIONS = MapJson.standard().ruleConfigurations();

  private static final byte[] CONFIGURATION = """
      {"profile": "auto",
       "rules": {
         "seller-share": {"parameters": {"maxShare": "high"}},
         "a/b~c": {"enabled": false}
       }}
      """.getBytes(StandardCharsets.UTF_8);

  private static List<DocumentProblem> place(byte[] json, String... pointers) {
    return CONFIGURATIONS.place(json, Arrays.stream(pointers)
        .map(pointer -> DocumentProblem.unlocated(pointer, "wrong at " + pointer))
        .toList());
  }

  @Test
  void aProblemIsPlacedWhereTheValueItPointsAtStarts() {
    List<DocumentProblem> placed = place(CONFIGURATION,
        "/rules/seller-share/parameters/maxShare", "/rules/seller-share", "/profile");

    assertProblem(placed.get(0)).hasPointer("/rules/seller-share/parameters/maxShare")
        .isAt(3, 48).hasMessage("wrong at /rules/seller-share/parameters/maxShare");
    assertProblem(placed.get(1)).hasPointer("/rules/seller-share").isAt(3, 20);
    assertProblem(placed.get(2)).hasPointer("/profile").isAt(1, 13);
  }

  @Test
  void escapedKeysAreFoundByTheirEscapedTokens() {
    assertProblem(place(CONFIGURATION, "/rules/a~1b~0c").get(0)).isAt(4, 13);
  }

  @Test
  void aPointerToAValueTheDocumentLacksIsPlacedAtTheNearestValueThatEnclosesIt() {
    List<DocumentProblem> placed = place(CONFIGURATION,
        "/rules/seller-share/severity", "/rules/nope/parameters/x", "/autoThreshold");

    assertProblem(placed.get(0)).hasPointer("/rules/seller-share/severity").isAt(3, 20);
    assertProblem(placed.get(1)).hasPointer("/rules/nope/parameters/x").isAt(2, 11);
    assertProblem(placed.get(2)).hasPointer("/autoThreshold").isAt(1, 1);
  }

  @Test
  void arrayIndexesArePlacedAtTheirElements() {
    byte[] plan = "{\"milestones\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\"}]}"
        .getBytes(StandardCharsets.UTF_8);

    assertProblem(place(plan, "/milestones/1/id").get(0)).isAt(3, 10);
    assertProblem(place(plan, "/milestones/7").get(0)).isAt(1, 16);
  }

  @Test
  void arraysInArraysAndObjectsInArraysAreCountedByIndexNotByTheNameBeforeThem() {
    byte[] json = "{\"a\": [[1, 2], {\"b\": [3]}],\n \"c\": 4}"
        .getBytes(StandardCharsets.UTF_8);

    assertProblem(place(json, "/a/0/1").get(0)).isAt(1, 12);
    assertProblem(place(json, "/a/1/b/0").get(0)).isAt(1, 23);
    assertProblem(place(json, "/c").get(0)).isAt(2, 7);
  }

  @Test
  void aLineAndColumnTheProblemHadAreReplacedAndTheOrderIsKept() {
    List<DocumentProblem> placed = CONFIGURATIONS.place(CONFIGURATION, List.of(
        DocumentProblem.at("/profile", 40, 2, "second"),
        DocumentProblem.unlocated("/rules", "first")));

    assertThat(placed).extracting(DocumentProblem::message).containsExactly("second", "first");
    assertProblem(placed.get(0)).isAt(1, 13);
    assertProblem(placed.get(1)).isAt(2, 11);
  }

  @Test
  void problemsInTextThatIsNotJsonKeepTheirPointersWithoutPlaces() {
    List<DocumentProblem> placed =
        place("{\"rules\": {".getBytes(StandardCharsets.UTF_8), "/rules");

    assertThat(placed).containsExactly(DocumentProblem.unlocated("/rules", "wrong at /rules"));
  }

  @Test
  void anIndexPastTheLastElementOfATopLevelArrayIsPlacedAtTheArray() {
    byte[] json = "[1,\n 2]".getBytes(StandardCharsets.UTF_8);

    assertProblem(place(json, "/1").get(0)).isAt(2, 2);
    assertProblem(place(json, "/2").get(0)).isAt(1, 1);
  }

  @Test
  void aPointerThatIsNotAJsonPointerKeepsItsProblemWithoutAPlace() {
    assertThat(place(CONFIGURATION, "profile"))
        .containsExactly(DocumentProblem.unlocated("profile", "wrong at profile"));
  }

  @Test
  void problemsInAnEmptyDocumentKeepTheirPointersWithoutPlaces() {
    assertThat(place(new byte[0], "/rules"))
        .containsExactly(DocumentProblem.unlocated("/rules", "wrong at /rules"));
  }

  @Test
  void thePlacedProblemsCannotBeChanged() {
    List<DocumentProblem> placed = place(CONFIGURATION, "/profile");

    assertThatThrownBy(placed::clear).isInstanceOf(UnsupportedOperationException.class);
  }
}
