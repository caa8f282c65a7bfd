package io.mutualplan.cli;

import io.mutualplan.core.PlanLimits;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --as-of DATE}: an ISO date such as {@code 2026-11-22}, in the plan format's range. */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2026-11-22");
    }
    if (date.isBefore(PlanLimits.MIN_DATE) || date.isAfter(PlanLimits.MAX_DATE)) {
      throw new TypeConversionException("'" + value + "' is out of range; expected a date from "
          + PlanLimits.MIN_DATE + " to " + PlanLimits.MAX_DATE);
    }
    return date;
  }
}
