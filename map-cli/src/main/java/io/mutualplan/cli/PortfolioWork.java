package io.mutualplan.cli;

import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanProblem;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code map portfolio} does with one plan, on any worker thread: read it, check it, schedule
 * it and, with {@code --forecast}, forecast it, into a row; or, when it cannot be read or is
 * invalid, into a failure with its first few problems. Thread-safe: it holds settings only.
 *
 * @param json how to read plans (strictly, or leniently with {@code --lenient})
 * @param engine the rules, built-in and custom
 * @param asOf the date every plan is looked at on
 * @param forecast the forecast's settings, or empty without {@code --forecast}
 */
record PortfolioWork(
    MapJson json, RuleEngine engine, LocalDate asOf, Optional<ForecastSettings> forecast) {

  /** The most problems a failure lists. */
  static final int MAX_PROBLEMS = 5;

  /** Reads, checks, schedules and forecasts a batch of plans, in order. */
  List<PortfolioEntry> all(List<PortfolioInput> batch) {
    List<PortfolioEntry> done = new ArrayList<>(batch.size());
    for (PortfolioInput input : batch) {
      done.add(one(input));
    }
    return done;
  }

  PortfolioEntry one(PortfolioInput input) {
    if (input.problem().isPresent()) {
      return failure(input, List.of(input.problem().get()));
    }
    MutualActionPlan plan;
    try {
      byte[] bytes = input.bytes().isPresent() ? input.bytes().get()
          : PlanSource.read(input.source(), InputStream.nullInputStream()).bytes();
      plan = json.plans().read(bytes);
    } catch (BadInputException e) {
      // "cannot read FILE: no such file": the failure names the file already.
      String named = "cannot read " + input.source() + ": ";
      return failure(input, e.lines().stream()
          .map(line -> line.startsWith(named) ? line.substring(named.length()) : line)
          .toList());
    } catch (DocumentReadException e) {
      List<String> problems = problems(input, PlanProblems.found(e));
      // On the first problem, which every output shows first.
      otherWayToGive(input).ifPresent(way -> problems.set(0, problems.get(0) + "; " + way));
      return failure(input, problems, PlanProblems.stopped(e));
    } catch (InvalidPlanException e) {
      List<String> problems = new ArrayList<>();
      for (PlanProblem problem : e.problems()) {
        problems.add(problem.pointer() + ": " + problem.message());
      }
      return failure(input, problems);
    }
    PlanSummary row = PlanSummary.summarize(input.source(), plan, asOf, engine);
    if (input.line().isPresent()) {
      row = row.withLine(input.line().getAsLong());
    }
    if (forecast.isPresent() && row.hasSchedule() && plan.outcome().isPresent()) {
      OptionalDouble probability = probabilityOnTime(plan);
      if (probability.isPresent()) {
        row = row.withProbabilityOnTime(probability.getAsDouble());
      }
    }
    return row;
  }

  private OptionalDouble probabilityOnTime(MutualActionPlan plan) {
    try {
      return Forecaster.forecast(plan, asOf, forecast.orElseThrow()).probabilityOnTime();
    } catch (CyclicDependencyException | DateOutOfRangeException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * A document's problems as sentences. A line of a stream is its own document, so its problems'
   * places are columns of that line, whose number the failure carries.
   */
  private static List<String> problems(PortfolioInput input, List<DocumentProblem> problems) {
    List<String> described = new ArrayList<>();
    for (DocumentProblem problem : problems) {
      if (input.line().isPresent() && problem.line().orElse(1) == 1) {
        String pointer = problem.pointer().isEmpty() ? "(document)" : problem.pointer();
        described.add(pointer + (problem.column().isPresent()
            ? " (column " + problem.column().getAsInt() + ")" : "") + ": " + problem.message()
            + PlanProblems.lenientAdvice(problem));
      } else {
        described.add(problem + PlanProblems.lenientAdvice(problem));
      }
    }
    return described;
  }

  /**
   * How the input was meant to be given, when it shows: a file named as a stream of one plan per
   * line given as one plan, or a stream that starts with an indented document (a plan file given
   * with {@code --ndjson}), whose every line would fail on its own.
   */
  private static Optional<String> otherWayToGive(PortfolioInput input) {
    if (input.line().isEmpty()) {
      String name = input.source().toLowerCase(Locale.ROOT);
      return name.endsWith(".ndjson") || name.endsWith(".jsonl")
          ? Optional.of("a file of one plan per line is read with --ndjson FILE")
          : Optional.empty();
    }
    String text = new String(input.bytes().orElse(new byte[0]), StandardCharsets.UTF_8).strip();
    return input.line().getAsLong() == 1 && (text.equals("{") || text.equals("["))
        ? Optional.of("the stream starts with an indented document, not one plan per line: a"
            + " plan file is given without --ndjson")
        : Optional.empty();
  }

  private static PlanFailure failure(PortfolioInput input, List<String> problems) {
    return failure(input, problems, Optional.empty());
  }

  /** A failure with its first few problems, cut as every command cuts a list of problems. */
  private static PlanFailure failure(PortfolioInput input, List<String> problems,
      Optional<String> stopped) {
    PlanFailure.Builder failure = PlanFailure.builder().source(input.source());
    input.line().ifPresent(failure::line);
    failure.addAllProblems(PlanProblems.cut(problems, MAX_PROBLEMS, stopped));
    return failure.build();
  }
}
