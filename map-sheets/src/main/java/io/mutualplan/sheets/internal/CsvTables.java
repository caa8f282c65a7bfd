package io.mutualplan.sheets.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.mutualplan.sheets.TableException;
import io.mutualplan.sheets.TableProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The MAP table as CSV (RFC 4180): UTF-8 with or without a byte-order mark, fields separated by
 * {@code ,}, {@code ;} or a tab, quoted fields holding separators, quotes and line breaks.
 */
public final class CsvTables {
  /** The delimiters a MAP table may use, in the order a tie between them is broken. */
  static final String DELIMITERS = ",;\t";

  private CsvTables() {}

  /**
   * Reads a table. Every record is a row, numbered from 1 as a spreadsheet opening the file would
   * number it, so a quoted line break does not shift the numbers of the rows below it.
   *
   * @param in the CSV bytes, read to the end and not closed
   * @param delimiter the delimiter, or empty to detect it from the header row
   * @return the table
   * @throws TableException when the bytes are not UTF-8 text or not CSV
   */
  public static Table read(InputStream in, Optional<Character> delimiter) {
    String text = decode(readAll(in));
    char separator = delimiter.orElseGet(() -> detectDelimiter(text));
    List<TableRow> rows = new ArrayList<>();
    CsvReader.CsvReaderBuilder builder = CsvReader.builder()
        .fieldSeparator(separator)
        .skipEmptyLines(false)
        .allowUnclosedQuote(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
    try (CsvReader<CsvRecord> reader = builder.ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        List<TableCell> cells = new ArrayList<>(record.getFieldCount());
        for (String field : record.getFields()) {
          cells.add(TableCell.text(field.strip()));
        }
        rows.add(new TableRow(rows.size() + 1, cells));
      }
    } catch (CsvParseException e) {
      throw TableException.of(TableProblem.inRow(rows.size() + 1,
          "the CSV cannot be read past this row: " + e.getMessage()
              + "; a quote inside a quoted field is written twice (\"\")"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the CSV table", e);
    }
    return new Table(rows);
  }

  /**
   * Writes a table as the export does: UTF-8 without a byte-order mark, {@code ,} between fields,
   * CRLF line ends, and quotes only around fields that need them.
   *
   * @param rows the rows, the header first
   * @param out where to write; flushed, not closed
   */
  public static void write(List<List<TableCell>> rows, OutputStream out) {
    try {
      CsvWriter writer = CsvWriter.builder()
          .fieldSeparator(',')
          .lineDelimiter(LineDelimiter.CRLF)
          .build(out, StandardCharsets.UTF_8);
      for (List<TableCell> row : rows) {
        writer.writeRecord(row.stream().map(TableCell::text).toList());
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the CSV table", e);
    }
  }

  /**
   * The delimiter of the header row: the one of {@code ,}, {@code ;} and tab it holds most often
   * outside quotes ({@code ,} when it holds none).
   */
  static char detectDelimiter(String text) {
    int[] counts = new int[DELIMITERS.length()];
    boolean quoted = false;
    boolean seenText = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (seenText) {
          break;
        }
      } else if (!quoted) {
        int index = DELIMITERS.indexOf(c);
        if (index >= 0) {
          counts[index]++;
        }
      }
      seenText |= c != '\n' && c != '\r';
    }
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return DELIMITERS.charAt(best);
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the CSV table", e);
    }
  }

  /** Strict UTF-8, without the byte-order mark: a table saved in another encoding is an error. */
  private static String decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 has at most a char per byte
    if (decoder.decode(in, out, true).isError()) {
      // The decoder stops at the first byte that is not UTF-8: its offset in the file.
      throw TableException.of(TableProblem.inTable("the table is not UTF-8 text (the byte at "
          + "offset " + in.position() + " is not UTF-8); save it as CSV UTF-8"));
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
