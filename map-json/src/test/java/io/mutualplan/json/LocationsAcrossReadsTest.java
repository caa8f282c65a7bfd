package io.mutualplan.json;

import static io.mutualplan.json.Documents.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Each read keeps where its values start for itself. These tests pin that a read never sees what
 * an earlier or a concurrent read kept: the model's problems, which are placed through those
 * places, keep their exact line and column after larger reads and beside reads on other threads.
 */
class LocationsAcrossReadsTest {
  private static final MapJson JSON = MapJson.standard();

  /** A plan whose milestone 1 depends on a milestone it does not have: a problem of the model. */
  private static final String BROKEN = """
      {
        "format": "mutual-action-plan/1",
        "id": "p",
        "title": "Acme x Globex",
        "buyer": {"name": "Acme"},
        "seller": {"name": "Globex"},
        "stakeholders": [{"id": "ana", "name": "Ana", "side": "buyer"}],
        "milestones": [
          {"id": "a", "title": "A"},
          {"id": "b", "title": "B",
           "dependsOn": ["a", {"milestone": "ghost", "lagDays": 2}]}
        ]
      }
      """;

  /** The line and column of the dependency on the milestone the plan does not have. */
  private static final int[] GHOST_SPOT = Documents.spot(BROKEN, "{\"milestone\": \"ghost\"");

  private static final DocumentProblem GHOST = DocumentProblem.at(
      "/milestones/1/dependsOn/1", GHOST_SPOT[0], GHOST_SPOT[1],
      "'b' depends on 'ghost', which is not a milestone of this plan");

  @Test
  void aProblemIsPlacedExactlyAfterALargerDocumentWasRead() {
    JSON.plans().read(JSON.pretty().plans().write(RandomPlans.plan(7L, 400)));

    assertThat(problemsOf(JSON.plans(), BROKEN)).containsExactly(GHOST);
    assertThat(problemsOf(JSON.plans(), BROKEN)).containsExactly(GHOST);
  }

  @Test
  void readsOnSeveralThreadsPlaceTheirProblemsExactly() throws Exception {
    List<String> large = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      large.add(JSON.pretty().plans().write(RandomPlans.plan(seed, 300)));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<DocumentProblem>>> results = new ArrayList<>();
      for (int task = 0; task < 200; task++) {
        String before = large.get(task % large.size());
        results.add(threads.submit(() -> {
          JSON.plans().read(before);
          return problemsOf(JSON.plans(), BROKEN);
        }));
      }
      for (Future<List<DocumentProblem>> result : results) {
        assertThat(result.get()).containsExactly(GHOST);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
