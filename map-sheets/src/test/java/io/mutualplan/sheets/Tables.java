package io.mutualplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.rzymek.opczip.OpcOutputStream;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Test inputs: CSV text as a stream, workbooks from another writer (fastexcel's), and the
 * plan-level fields of a new plan.
 */
final class Tables {
  /** The plan-level fields the import tests start new plans from. */
  static final NewPlan ACME = NewPlan.builder()
      .id(PlanId.of("acme-2027"))
      .title("Acme x Globex")
      .buyer("Acme Corp")
      .seller("Globex")
      .build();

  private Tables() {}

  /** CSV text as UTF-8 bytes. */
  static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The lines of the problems an import reports; fails when it reports none. */
  static List<String> problems(Runnable importing) {
    try {
      importing.run();
    } catch (TableException e) {
      return e.problems().stream().map(TableProblem::toString).toList();
    }
    throw new AssertionError("the import did not fail");
  }

  /**
   * Checks the import's contract for any input: it gives a plan that comes back equal through its
   * own export, or a {@link TableException} with problems; any other exception propagates.
   */
  static void planThatRoundTripsOrProblems(Supplier<MutualActionPlan> importing,
      UnaryOperator<MutualActionPlan> throughExport) {
    MutualActionPlan plan;
    try {
      plan = importing.get();
    } catch (TableException e) {
      assertThat(e.problems()).isNotEmpty();
      return;
    }
    assertThat(throughExport.apply(plan)).isEqualTo(plan);
  }

  /** A workbook with one sheet per name, each filled by the consumer. */
  static byte[] workbook(List<String> sheets, SheetFiller filler) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "MAP tests", "1.0");
      for (String name : sheets) {
        filler.fill(name, workbook.newWorksheet(name));
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Fills a sheet of a test workbook. */
  @FunctionalInterface
  interface SheetFiller {
    void fill(String name, Worksheet sheet);
  }

  /** Writes a header row. */
  static void header(Worksheet sheet, String... headers) {
    for (int c = 0; c < headers.length; c++) {
      sheet.value(0, c, headers[c]);
    }
  }

  /** A workbook with text in one of its parts replaced; fails when the part lacks the text. */
  static byte[] replaceInPart(byte[] xlsx, String part, String from, String to) {
    return changePart(xlsx, part, content -> {
      assertThat(content).contains(from);
      return content.replace(from, to);
    });
  }

  /** A workbook with one of its parts changed, as text. */
  static byte[] changePart(byte[] xlsx, String part, UnaryOperator<String> change) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : parts(xlsx).entrySet()) {
        String content = entry.getKey().equals(part)
            ? change.apply(entry.getValue()) : entry.getValue();
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A workbook zipped again as fastexcel's writer zips one (with opczip, the zip writer it uses):
   * each entry ends with a Zip64 data descriptor, which {@code ZipInputStream} misreads, and the
   * zip's directory at the end says where each entry is.
   */
  static byte[] zippedAsFastexcelWrites(byte[] xlsx) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OpcOutputStream zip = new OpcOutputStream(out)) {
      for (Map.Entry<String, String> entry : parts(xlsx).entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A workbook's parts as text, in the zip's order. The workbook is read from a file, by its zip
   * directory: fastexcel's writer ends each entry with a Zip64 data descriptor, which {@code
   * ZipInputStream} misreads.
   */
  private static Map<String, String> parts(byte[] xlsx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    Path file = Files.createTempFile("map-tables", ".xlsx");
    try (ZipFile in = new ZipFile(Files.write(file, xlsx).toFile())) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        parts.put(entry.getName(),
            new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
      }
    } finally {
      Files.delete(file);
    }
    return parts;
  }

  /** The bytes something writes. */
  static byte[] bytes(Consumer<ByteArrayOutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(out);
    return out.toByteArray();
  }
}
