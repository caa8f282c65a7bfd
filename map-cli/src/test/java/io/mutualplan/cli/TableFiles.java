package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import io.mutualplan.sheets.MapTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** MAP tables for the tests of {@code map import}: written by the library, or line by line. */
final class TableFiles {
  private TableFiles() {}

  /** The Acme example's table, exported once per test run into a directory of its own. */
  private static final class Acme {
    static final Path DIRECTORY = temporaryDirectory();
    static final Path CSV = export(MapRun.EXAMPLES.resolve("acme-go-live.json"),
        DIRECTORY.resolve("acme-go-live.csv"));
    static final Path XLSX = export(MapRun.EXAMPLES.resolve("acme-go-live.json"),
        DIRECTORY.resolve("acme-go-live.xlsx"));
  }

  /** The Acme example's table as CSV, an absolute path (jar runs start in another directory). */
  static String acmeCsv() {
    return Acme.CSV.toString();
  }

  /** The Acme example's table as an XLSX workbook, an absolute path. */
  static String acmeXlsx() {
    return Acme.XLSX.toString();
  }

  /** Writes a plan file's table as CSV or XLSX, as the file's extension says. */
  static Path export(Path plan, Path table) {
    try {
      MutualActionPlan read = MapJson.standard().plans().read(plan);
      try (OutputStream out = Files.newOutputStream(table)) {
        if (table.toString().endsWith(".csv")) {
          MapTable.standard().exportCsv(read, out);
        } else {
          MapTable.standard().exportXlsx(read, out);
        }
      }
      table.toFile().deleteOnExit();
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a CSV file of these lines, each ended by a line break. */
  static Path csv(Path file, String... lines) throws IOException {
    return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static Path temporaryDirectory() {
    try {
      Path directory = Files.createTempDirectory("map-tables");
      directory.toFile().deleteOnExit();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
