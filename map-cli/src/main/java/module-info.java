/**
 * The {@code map} command line: check, schedule, forecast, compare, derive due dates and format
 * mutual action plan files, import and export their MAP tables, write their calendar feeds, make a
 * plan's page and summarise a whole pipeline of plans.
 * Run it with {@code java -jar map.jar} or the {@link io.mutualplan.cli.Main} class.
 */
module io.mutualplan.cli {
  requires io.mutualplan.core;
  requires io.mutualplan.rules;
  requires io.mutualplan.forecast;
  requires io.mutualplan.json;
  requires io.mutualplan.sheets;
  requires io.mutualplan.ical;
  requires io.mutualplan.html;
  requires info.picocli;

  exports io.mutualplan.cli;

  // picocli reads the command classes' annotations and sets their fields reflectively.
  opens io.mutualplan.cli to
      info.picocli;
}
