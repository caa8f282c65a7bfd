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
    // Zeros before a year's four digits (00001-01-01) leave it the same year.
    String iso = value.replaceFirst("^0+(?=[0-9]{4}-)", "");
    LocalDate date;
    try {
      date = LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      // A year past 9999 is a date, written without the sign ISO asks for: out of range.
      if (iso.matches("[0-9]{5,}-[0-9]{2}-[0-9]{2}")) {
        throw outOfRange(value);
      }
      throw new TypeConversionException(
          "'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2026-11-22");
    }
    if (date.isBefore(PlanLimits.MIN_DATE) || date.isAfter(PlanLimits.MAX_DATE)) {
      throw outOfRange(value);
    }
    return date;
  }

  private static TypeConversionException outOfRange(String value) {
    return new TypeConversionException("'" + value + "' is out of range; expected a date from "
        + PlanLimits.MIN_DATE + " to " + PlanLimits.MAX_DATE);
  }
}
