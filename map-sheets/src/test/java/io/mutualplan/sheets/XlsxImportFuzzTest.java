package io.mutualplan.sheets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzes the XLSX import: a workbook imported as a new plan, and onto the Acme example plan, gives
 * a plan or a {@link TableException} listing its problems; any other exception, a hang or running
 * out of memory is a finding. A plan made must come back equal when its XLSX export is imported
 * onto it. Raw bytes rarely make a zip, so one target edits the cells of the Acme plan's exported
 * workbook instead. Under {@code ./mvnw verify} this replays the committed seed corpus in {@code
 * src/test/resources/io/mutualplan/sheets/XlsxImportFuzzTestInputs}; see docs/fuzzing.md to fuzz
 * for longer.
 */
class XlsxImportFuzzTest {
  private static final MapTable TABLE = MapTable.standard();
  private static final MutualActionPlan ACME = Fixtures.plan("acme-go-live");

  /** The Acme plan's exported workbook, part by part in zip order. */
  private static final Map<String, byte[]> TEMPLATE =
      unzip(Tables.bytes(out -> TABLE.exportXlsx(ACME, out)));

  /** The sheets whose cells the fuzzer edits: the plan's and the stakeholders'. */
  private static final List<String> SHEETS =
      List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");

  private static final Pattern CELL = Pattern.compile("<c r=\"[^\"]*\"[^>]*>.*?</c>");

  /** The values of Excel's error cells, and some that are not. */
  private static final List<String> ERRORS = List.of("#N/A", "#VALUE!", "#REF!", "#DIV/0!",
      "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "", "#");

  @FuzzTest
  void anyBytesImportAsAPlanOrATableException(byte[] xlsx) {
    importBoth(xlsx);
  }

  /**
   * Replaces cells of the exported Acme workbook with what the fuzzer picks: text, numbers (as
   * dates too), booleans, formula results, errors, shared strings the workbook lacks, in another cell
   * (any reference the fuzzer writes), or raw XML.
   */
  @FuzzTest
  void anyCellsOfAnExportedWorkbookImportAsAPlanOrATableException(FuzzedDataProvider data) {
    Map<String, byte[]> parts = new LinkedHashMap<>(TEMPLATE);
    int edits = data.consumeInt(1, 8);
    for (int e = 0; e < edits && data.remainingBytes() > 0; e++) {
      String part = data.pickValue(SHEETS);
      String xml = new String(parts.get(part), StandardCharsets.UTF_8);
      List<int[]> cells = new ArrayList<>();
      Matcher matcher = CELL.matcher(xml);
      while (matcher.find()) {
        cells.add(new int[] {matcher.start(), matcher.end()});
      }
      int[] cell = cells.get(data.consumeInt(0, cells.size() - 1));
      String reference = xml.substring(cell[0], cell[1]).replaceFirst("^<c r=\"([^\"]*)\".*", "$1");
      String replacement = cell(data, reference);
      parts.put(part, (xml.substring(0, cell[0]) + replacement + xml.substring(cell[1]))
          .getBytes(StandardCharsets.UTF_8));
    }
    importBoth(zip(parts));
  }

  private static String cell(FuzzedDataProvider data, String reference) {
    String r = data.consumeBoolean() ? reference : escaped(data.consumeString(12));
    return switch (data.consumeInt(0, 8)) {
      case 0 -> "<c r=\"" + r + "\" t=\"inlineStr\"><is><t>" + escaped(data.consumeString(200))
          + "</t></is></c>";
      case 1 -> "<c r=\"" + r + "\"><v>" + escaped(data.consumeString(40)) + "</v></c>";
      case 2 -> "<c r=\"" + r + "\" s=\"2\"><v>" + number(data) + "</v></c>";
      case 3 -> "<c r=\"" + r + "\" t=\"b\"><v>" + data.consumeInt(-1, 2) + "</v></c>";
      case 4 -> "<c r=\"" + r + "\" t=\"e\"><v>" + data.pickValue(ERRORS) + "</v></c>";
      case 5 -> "<c r=\"" + r + "\" t=\"str\"><f>" + escaped(data.consumeString(20)) + "</f><v>"
          + escaped(data.consumeString(40)) + "</v></c>";
      case 6 -> "<c r=\"" + r + "\" s=\"" + data.consumeInt(0, 5) + "\"><f>A1+1</f><v>"
          + number(data) + "</v></c>";
      case 7 -> "<c r=\"" + r + "\" t=\"s\"><v>" + data.consumeInt(-1, 3) + "</v></c>";
      default -> data.consumeString(200);
    };
  }

  /** A number as a cell may hold it: an integer, a decimal, or written by the fuzzer. */
  private static String number(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 2)) {
      case 0 -> Long.toString(data.consumeLong());
      case 1 -> Double.toString(data.consumeDouble());
      default -> escaped(data.consumeString(30));
    };
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static void importBoth(byte[] xlsx) {
    Tables.planThatRoundTripsOrProblems(
        () -> TABLE.importXlsx(new ByteArrayInputStream(xlsx), Tables.ACME).plan(),
        RoundTripTest::throughXlsx);
    Tables.planThatRoundTripsOrProblems(
        () -> TABLE.importXlsxOnto(new ByteArrayInputStream(xlsx), ACME).plan(),
        RoundTripTest::throughXlsx);
  }


  private static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(part.getKey()));
        out.write(part.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
