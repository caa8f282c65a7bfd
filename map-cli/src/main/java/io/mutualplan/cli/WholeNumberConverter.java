package io.mutualplan.cli;

import io.mutualplan.core.PlanLimits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option that is a whole number in a range, such as {@code --threads 4}, saying in words
 * what the number counts when the value is not one; one subclass per option, since picocli makes
 * converters from their class.
 */
abstract class WholeNumberConverter implements ITypeConverter<Integer> {
  private final String counted;
  private final String example;
  private final String subject;
  private final int min;
  private final int max;
  private final String largest;

  /**
   * A converter of numbers of {@code counted} from {@code min} to {@code max}.
   *
   * @param counted what the number counts, plural, such as {@code "threads"}
   * @param example a good value, for the message
   * @param subject what the number is, in the message on its range
   * @param largest {@code max} as that message writes it, such as {@code "10000 working days"}
   */
  WholeNumberConverter(String counted, String example, String subject, int min, int max,
      String largest) {
    this.counted = counted;
    this.example = example;
    this.subject = subject;
    this.min = min;
    this.max = max;
    this.largest = largest;
  }

  @Override
  public Integer convert(String value) {
    if (!value.matches("[+-]?[0-9]+")) {
      throw new TypeConversionException(
          "'" + value + "' is not a whole number of " + counted + ", such as " + example);
    }
    // Past the digits of an int, the number is out of range all the same.
    long number = value.replaceFirst("^[+-]?0*", "").length() > 10
        ? Long.MAX_VALUE : Long.parseLong(value);
    if (number < min || number > max) {
      throw new TypeConversionException(
          subject + " must be between " + min + " and " + largest + "; got " + value);
    }
    return (int) number;
  }

  /** {@code portfolio --threads N}: worker threads, 1 to {@value PortfolioCommand#MAX_THREADS}. */
  static final class Threads extends WholeNumberConverter {
    Threads() {
      super("threads", "4", "threads", 1, PortfolioCommand.MAX_THREADS,
          String.valueOf(PortfolioCommand.MAX_THREADS));
    }
  }

  /** {@code import --lead-time N}: working days, as a plan's outcome allows them. */
  static final class LeadTime extends WholeNumberConverter {
    LeadTime() {
      super("working days", "21", "the lead time", 0, PlanLimits.MAX_DAYS,
          PlanLimits.MAX_DAYS + " working days");
    }
  }

  /**
   * {@code --trials N}: trials of a forecast, in the range its settings accept, said as they say
   * it.
   */
  static final class Trials extends WholeNumberConverter {
    Trials() {
      super("trials", "10000", "trials", 1, 1_000_000, "1,000,000");
    }
  }
}
