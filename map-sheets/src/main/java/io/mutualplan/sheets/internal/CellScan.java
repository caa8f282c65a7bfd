package io.mutualplan.sheets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks at every cell of a workbook, with the JDK's XML reader, for cells the XLSX reader
 * (fastexcel) cannot take:
 *
 * <ul>
 *   <li>cells past the last column a sheet has ({@code XFD}): the reader makes room for every
 *       column up to a cell's, so a cell at {@code ZZZZZZ1}, a few bytes in the file, would take
 *       gigabytes of memory before any of its rows reach the import;
 *   <li>ISO date cells ({@code t="d"}), which the reader refuses as a cell type it does not know;
 *   <li>formula cells without a result, which the reader cannot always tell from a formula whose
 *       result is an empty text: it does not show a cell's type.
 * </ul>
 *
 * <p>It reads the parts the reader reads: found by the zip's directory, with the zip library the
 * reader uses (commons-compress). Read one entry after another ({@code ZipInputStream}), a zip
 * whose entries end with a Zip64 data descriptor, as fastexcel's writer makes them, stops at the
 * first entry, and the reader would get the cells these checks are for.
 */
final class CellScan {
  /** Excel's last column, XFD. */
  private static final int LAST_COLUMN = 16_384;

  /** A cell reference as spreadsheets write it: letters, then the row's digits. */
  private static final Pattern REFERENCE = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?[0-9]+");

  private CellScan() {}

  /**
   * The first cell reference of the workbook that is not one of a sheet's cells: in any part of
   * the zip, since a workbook may keep its sheets under any name. A part that is not XML, or
   * stops being XML, is searched as far as it is.
   *
   * @param xlsx the workbook's bytes
   * @return the reference, if there is one
   */
  static Optional<String> cellPastTheLastColumn(byte[] xlsx) {
    return firstCell(xlsx, (reference, type) -> reference != null && !isInASheet(reference));
  }

  /**
   * The first cell of the workbook that holds a date as ISO text ({@code <c t="d">}), as Excel's
   * Strict Open XML format and openpyxl's {@code iso_dates} write them, searched as {@link
   * #cellPastTheLastColumn} searches.
   *
   * @param xlsx the workbook's bytes
   * @return the cell's reference ({@code B4}), or an empty text for a cell that has none; empty
   *     when the workbook has no such cell
   */
  static Optional<String> isoDateCell(byte[] xlsx) {
    return firstCell(xlsx, (reference, type) -> "d".equals(type));
  }

  /**
   * The first formula cell of the workbook without a result, searched as {@link
   * #cellPastTheLastColumn} searches: a cell with an {@code <f>} and no {@code <v>}, or an empty
   * {@code <v>} though its type is not text. Excel and LibreOffice store every formula's result,
   * an empty text as {@code <c t="str"><f>...</f><v/></c>}; openpyxl and other scripts store none,
   * and write {@code <c><f>...</f><v/></c>}, which the XLSX reader reads the same.
   *
   * @param xlsx the workbook's bytes
   * @return the cell's reference, or an empty text for a cell that has none; empty when every
   *     formula of the workbook has its result
   */
  static Optional<String> formulaWithoutResult(byte[] xlsx) {
    XMLInputFactory factory = factory();
    return firstInAPart(xlsx, part -> formulaWithoutResult(factory, part));
  }

  private static Optional<String> formulaWithoutResult(XMLInputFactory factory,
      InputStream part) {
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(part);
      String reference = null;
      String type = null;
      boolean formula = false;
      String value = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "c" -> {
              reference = xml.getAttributeValue(null, "r");
              type = xml.getAttributeValue(null, "t");
              formula = false;
              value = null;
            }
            case "f" -> formula = true;
            case "v" -> value = xml.getElementText();
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")
            && formula && !"inlineStr".equals(type)
            && (value == null || value.isEmpty() && !"str".equals(type))) {
          return Optional.of(Objects.requireNonNullElse(reference, ""));
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // Not XML from here on: the XLSX reader stops here too, if it reads this part.
    }
    return Optional.empty();
  }

  /**
   * The reference of the first {@code <c>} element of any part for which the test holds, given
   * the element's {@code r} and {@code t} attributes ({@code null} when absent); an empty text for
   * a cell without a reference.
   */
  private static Optional<String> firstCell(byte[] xlsx, BiPredicate<String, String> test) {
    XMLInputFactory factory = factory();
    return firstInAPart(xlsx, part -> firstCell(factory, part, test));
  }

  /**
   * What a search finds first in the parts of the workbook, each searched in the zip's order
   * until one gives something; empty when none does, or when the zip cannot be read (the XLSX
   * reader says so).
   */
  private static Optional<String> firstInAPart(byte[] xlsx,
      Function<InputStream, Optional<String>> search) {
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        Optional<String> found = searched(zip, entry, search);
        if (found.isPresent()) {
          return found;
        }
      }
    } catch (IOException | RuntimeException e) {
      // A zip that cannot be read: the XLSX reader says so.
    }
    return Optional.empty();
  }

  /**
   * What a search finds in one part. A part that cannot be read gives nothing, and the parts
   * after it are still searched: the XLSX reader refuses the workbook if it needs that part, and
   * reads the others if it does not.
   */
  private static Optional<String> searched(ZipFile zip, ZipArchiveEntry entry,
      Function<InputStream, Optional<String>> search) {
    try (InputStream part = zip.getInputStream(entry)) {
      return search.apply(part);
    } catch (IOException | RuntimeException | NoClassDefFoundError e) {
      // Damaged, or compressed with Zstandard, XZ or LZMA, which the zip library reads only with
      // libraries MAP does not bring (it fails to load them; see XlsxReader).
      return Optional.empty();
    }
  }

  private static Optional<String> firstCell(XMLInputFactory factory, InputStream part,
      BiPredicate<String, String> test) {
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(part);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
          String reference = xml.getAttributeValue(null, "r");
          if (test.test(reference, xml.getAttributeValue(null, "t"))) {
            return Optional.of(Objects.requireNonNullElse(reference, ""));
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // Not XML from here on: the XLSX reader stops here too, if it reads this part.
    }
    return Optional.empty();
  }

  /** The JDK's XML reader, without DTDs or external entities. */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  private static boolean isInASheet(String reference) {
    Matcher matcher = REFERENCE.matcher(reference);
    if (!matcher.matches()) {
      return false;
    }
    int column = 0;
    for (char letter : matcher.group(1).toUpperCase(Locale.ROOT).toCharArray()) {
      column = column * 26 + letter - 'A' + 1;
    }
    return column <= LAST_COLUMN;
  }
}
