package io.mutualplan.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What happened when a test class ran through the JUnit launcher: the tests use it to watch
 * {@code @PlanProperty} methods pass, fail and skip, as a build would.
 */
final class Launched implements TestExecutionListener {
  /** One finished test or container. */
  record Outcome(TestIdentifier test, TestExecutionResult result) {
    String name() {
      return test.getDisplayName();
    }

    Optional<Throwable> failure() {
      return result.getThrowable();
    }
  }

  private final List<Outcome> finished = new ArrayList<>();

  private Launched() {}

  static Launched run(Class<?> testClass) {
    Launched launched = new Launched();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
        launched);
    return launched;
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    finished.add(new Outcome(test, result));
  }

  /** The finished test invocations (not the containers around them). */
  List<Outcome> tests() {
    return finished.stream().filter(o -> o.test().isTest()).collect(Collectors.toList());
  }

  List<Outcome> tests(TestExecutionResult.Status status) {
    return tests().stream()
        .filter(o -> o.result().getStatus() == status)
        .collect(Collectors.toList());
  }

  /** Finished containers (classes, test templates) that failed. */
  List<Outcome> failedContainers() {
    return finished.stream()
        .filter(o -> o.test().isContainer())
        .filter(o -> o.result().getStatus() == TestExecutionResult.Status.FAILED)
        .collect(Collectors.toList());
  }
}
