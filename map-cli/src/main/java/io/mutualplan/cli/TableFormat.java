package io.mutualplan.cli;

import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The two files of the MAP table: {@code map import} reads them, {@code map export} writes them. */
enum TableFormat {
  /** Comma-separated values (also with {@code ;} or tabs when read). */
  CSV,
  /** An Excel workbook. */
  XLSX;

  /** The spelling on the command line and the file's extension, for example {@code csv}. */
  String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format of a file, from its extension, in any case.
   *
   * @return the format, or empty when the extension is neither {@code .csv} nor {@code .xlsx}
   */
  static Optional<TableFormat> ofFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (TableFormat format : values()) {
      if (lower.endsWith("." + format.spelling())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Reads {@code export --to}. */
  static final class Converter implements ITypeConverter<TableFormat> {
    @Override
    public TableFormat convert(String value) {
      for (TableFormat format : values()) {
        if (format.spelling().equals(value)) {
          return format;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a table format; expected csv or xlsx");
    }
  }
}
