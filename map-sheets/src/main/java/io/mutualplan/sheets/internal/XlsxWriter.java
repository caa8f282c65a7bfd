package io.mutualplan.sheets.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an XLSX workbook (Office Open XML SpreadsheetML): each sheet with a bold header row that
 * stays in view, an autofilter over its columns, columns wide enough for their text, and dates as
 * real date cells shown as {@code yyyy-mm-dd}.
 *
 * <p>The workbook holds only what a spreadsheet needs to open it: the package's content types
 * and relationships, the workbook, one style sheet and the sheets, with text in the cells
 * themselves (inline strings). It carries no time stamp, so the same tables give the same bytes.
 */
public final class XlsxWriter {
  /** The display format of the date cells. */
  static final String DATE_FORMAT = "yyyy-mm-dd";

  /** Excel counts days from 1899-12-30 (for dates from 1900-03-01 on; earlier ones are text). */
  private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
  private static final LocalDate FIRST_DATE_CELL = LocalDate.of(1900, 3, 1);

  /** The zip entries' time: fixed, for the same bytes every time. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 60;

  /** Room for the autofilter's button beside a header. */
  private static final int FILTER_BUTTON = 3;

  /** The cell styles of styles.xml, by index: plain, bold (headers), date. */
  private static final int BOLD = 1;
  private static final int DATE = 2;

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String XML_DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private XlsxWriter() {}

  /**
   * One sheet to write.
   *
   * @param name the sheet's name, already one Excel accepts (see {@link SheetNames})
   * @param rows the rows, the header first: every sheet has a header, which the filter spans
   */
  public record SheetContent(String name, List<List<TableCell>> rows) {}

  /**
   * Writes a workbook.
   *
   * @param sheets the sheets, in order; at least one
   * @param out where to write; not closed
   * @throws UncheckedIOException when the stream cannot be written
   */
  public static void write(List<SheetContent> sheets, OutputStream out) {
    try {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      entry(zip, "[Content_Types].xml", contentTypes(sheets.size()));
      entry(zip, "_rels/.rels", XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS
          + "\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\""
          + " Target=\"xl/workbook.xml\"/></Relationships>");
      entry(zip, "xl/workbook.xml", workbook(sheets));
      entry(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size()));
      entry(zip, "xl/styles.xml", styles());
      for (int i = 0; i < sheets.size(); i++) {
        entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet(sheets.get(i).rows(), i == 0));
      }
      zip.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the XLSX workbook", e);
    }
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String contentTypes(int sheets) {
    StringBuilder xml = new StringBuilder(XML_DECLARATION)
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .append("<Default Extension=\"rels\" ContentType=\"application/")
        .append("vnd.openxmlformats-package.relationships+xml\"/>")
        .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/")
        .append("vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
        .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/")
        .append("vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    for (int i = 1; i <= sheets; i++) {
      xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
          .append(".xml\" ContentType=\"application/")
          .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return xml.append("</Types>").toString();
  }

  /** The sheets, and each sheet's autofilter range as Excel records it (a hidden name). */
  private static String workbook(List<SheetContent> sheets) {
    StringBuilder xml = new StringBuilder(XML_DECLARATION)
        .append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(RELATIONSHIPS)
        .append("\"><sheets>");
    for (int i = 0; i < sheets.size(); i++) {
      xml.append("<sheet name=\"").append(attribute(sheets.get(i).name()))
          .append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1)
          .append("\"/>");
    }
    xml.append("</sheets><definedNames>");
    for (int i = 0; i < sheets.size(); i++) {
      String quoted = "'" + sheets.get(i).name().replace("'", "''") + "'";
      xml.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
          .append("\" hidden=\"1\">")
          .append(text(quoted + "!" + absolute(filterRange(sheets.get(i).rows()))))
          .append("</definedName>");
    }
    return xml.append("</definedNames></workbook>").toString();
  }

  private static String workbookRelationships(int sheets) {
    StringBuilder xml = new StringBuilder(XML_DECLARATION)
        .append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS).append("\">");
    for (int i = 1; i <= sheets; i++) {
      xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
          .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
    }
    return xml.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"")
        .append(RELATIONSHIPS).append("/styles\" Target=\"styles.xml\"/></Relationships>")
        .toString();
  }

  /** Three cell styles: plain, bold, and dates shown as yyyy-mm-dd (custom format 164). */
  private static String styles() {
    return XML_DECLARATION + "<styleSheet xmlns=\"" + MAIN + "\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"" + DATE_FORMAT + "\"/>"
        + "</numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
        + "</font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "</fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        + "</borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
        + "</cellStyleXfs>"
        + "<cellXfs count=\"3\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
        + " applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
        + " applyNumberFormat=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
        + "</cellStyles></styleSheet>";
  }

  private static String sheet(List<List<TableCell>> rows, boolean selected) {
    StringBuilder xml = new StringBuilder(XML_DECLARATION)
        .append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(RELATIONSHIPS)
        .append("\"><sheetViews><sheetView workbookViewId=\"0\"")
        .append(selected ? " tabSelected=\"1\"" : "")
        .append("><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\""
            + " state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\""
            + " sqref=\"A2\"/></sheetView></sheetViews>")
        .append("<sheetFormatPr defaultRowHeight=\"15\"/>");
    int[] widths = widths(rows);
    xml.append("<cols>");
    for (int c = 0; c < widths.length; c++) {
      xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1)
          .append("\" width=\"").append(widths[c]).append("\" customWidth=\"1\"/>");
    }
    xml.append("</cols>");
    xml.append("<sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      xml.append("<row r=\"").append(r + 1).append("\">");
      List<TableCell> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        cell(xml, r, c, row.get(c));
      }
      xml.append("</row>");
    }
    xml.append("</sheetData><autoFilter ref=\"").append(filterRange(rows)).append("\"/>");
    return xml.append("</worksheet>").toString();
  }

  private static void cell(StringBuilder xml, int row, int column, TableCell cell) {
    int style = row == 0 ? BOLD : 0;
    String reference = CellReferences.of(row, column);
    if (cell.kind() == TableCell.Kind.DATE && !cell.date().orElseThrow().isBefore(FIRST_DATE_CELL)) {
      long serial = ChronoUnit.DAYS.between(EPOCH, cell.date().orElseThrow());
      xml.append("<c r=\"").append(reference).append("\" s=\"").append(DATE).append("\"><v>")
          .append(serial).append("</v></c>");
    } else if (cell.kind() == TableCell.Kind.NUMBER) {
      xml.append("<c r=\"").append(reference).append(style == 0 ? "" : "\" s=\"" + style)
          .append("\"><v>").append(cell.text()).append("</v></c>");
    } else if (!cell.isEmpty()) {
      xml.append("<c r=\"").append(reference).append(style == 0 ? "" : "\" s=\"" + style)
          .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
          .append(text(ExcelText.encode(cell.text()))).append("</t></is></c>");
    }
  }

  /** Each column wide enough for its longest line (and a header's filter button), within limits. */
  private static int[] widths(List<List<TableCell>> rows) {
    int[] widths = new int[rows.get(0).size()];
    for (int r = 0; r < rows.size(); r++) {
      List<TableCell> row = rows.get(r);
      for (int c = 0; c < Math.min(row.size(), widths.length); c++) {
        int width = widest(row.get(c).text()) + (r == 0 ? FILTER_BUTTON : 0) + 1;
        widths[c] = Math.max(widths[c], width);
      }
    }
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c]));
    }
    return widths;
  }

  /** The longest line of a cell's text, in characters. */
  private static int widest(String text) {
    int widest = 0;
    for (String line : text.split("\n", -1)) {
      widest = Math.max(widest, line.codePointCount(0, line.length()));
    }
    return widest;
  }

  /** From the header's first cell to the last row's last column, such as {@code A1:M8}. */
  private static String filterRange(List<List<TableCell>> rows) {
    return "A1:" + CellReferences.of(rows.size() - 1, rows.get(0).size() - 1);
  }

  private static String absolute(String range) {
    return range.replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2");
  }

  /** Text in an XML element: markup characters escaped, and a carriage return kept as one. */
  private static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String attribute(String value) {
    return text(value).replace("\"", "&quot;").replace("\t", "&#9;").replace("\n", "&#10;");
  }
}
