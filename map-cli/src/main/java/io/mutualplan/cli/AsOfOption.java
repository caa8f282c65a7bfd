package io.mutualplan.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --as-of DATE} option of the commands that look at a plan on a given day. */
final class AsOfOption {
  @Option(
      names = "--as-of",
      order = 1,
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "The day to look at the plan on (YYYY-MM-DD). Default: today, in this "
          + "computer's time zone.")
  private Optional<LocalDate> asOf = Optional.empty();

  /** The date given, or today on the clock. */
  LocalDate resolve(Clock clock) {
    return asOf.orElseGet(() -> LocalDate.now(clock));
  }
}
