package io.mutualplan.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The values of {@code --format}; each command accepts some of them. */
enum OutputFormat {
  /** A table a person reads in a terminal. */
  TEXT,
  /** The JSON document of {@code cli.md}. */
  JSON,
  /** The table for pasting into a document or a CRM note. */
  MARKDOWN,
  /** A Mermaid {@code gantt} chart definition. */
  MERMAID,
  /** One JSON document per line: a portfolio's per-plan rows. */
  NDJSON,
  /** A self-contained HTML page. */
  HTML;

  /** The spelling on the command line, for example {@code markdown}. */
  String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The formats of {@code map check}. */
  static final class ForCheck extends Converter {
    ForCheck() {
      super("check", EnumSet.of(TEXT, JSON, MARKDOWN));
    }
  }

  /** The formats of {@code map schedule}. */
  static final class ForSchedule extends Converter {
    ForSchedule() {
      super("schedule", EnumSet.of(TEXT, JSON, MARKDOWN, MERMAID));
    }
  }

  /** The formats of {@code map diff}. */
  static final class ForDiff extends Converter {
    ForDiff() {
      super("diff", EnumSet.of(TEXT, JSON, MARKDOWN));
    }
  }

  /** The formats of {@code map forecast}. */
  static final class ForForecast extends Converter {
    ForForecast() {
      super("forecast", EnumSet.of(TEXT, JSON, MARKDOWN));
    }
  }

  /** The formats of {@code map portfolio}. */
  static final class ForPortfolio extends Converter {
    ForPortfolio() {
      super("portfolio", EnumSet.of(TEXT, JSON, MARKDOWN, NDJSON, HTML));
    }
  }

  /** Reads one of a command's formats, naming the allowed ones when the value is not one. */
  abstract static class Converter implements ITypeConverter<OutputFormat> {
    private final String command;
    private final Set<OutputFormat> allowed;

    Converter(String command, Set<OutputFormat> allowed) {
      this.command = command;
      this.allowed = allowed;
    }

    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : allowed) {
        if (format.spelling().equals(value)) {
          return format;
        }
      }
      List<String> names = new ArrayList<>();
      allowed.forEach(format -> names.add(format.spelling()));
      throw new TypeConversionException(
          "'" + value + "' is not a format of map " + command + "; expected "
              + String.join(", ", names.subList(0, names.size() - 1)) + " or "
              + names.get(names.size() - 1));
    }
  }
}
