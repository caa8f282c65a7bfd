package io.mutualplan.sheets.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds cells a workbook places past the last column a sheet has ({@code XFD}). The XLSX reader
 * makes room for every column up to a cell's, so a cell at {@code ZZZZZZ1}, a few bytes in the
 * file, would take gigabytes of memory before any of its rows reach the import.
 */
final class SheetBounds {
  /** Excel's last column, XFD. */
  private static final int LAST_COLUMN = 16_384;

  /** A cell reference as spreadsheets write it: letters, then the row's digits. */
  private static final Pattern REFERENCE = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?[0-9]+");

  private SheetBounds() {}

  /**
   * The first cell reference of the workbook that is not one of a sheet's cells: in any part of
   * the zip, since a workbook may keep its sheets under any name. A part that is not XML, or
   * stops being XML, is searched as far as it is.
   *
   * @param xlsx the workbook's bytes
   * @return the reference, if there is one
   */
  static Optional<String> cellPastTheLastColumn(byte[] xlsx) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        Optional<String> past = cellPastTheLastColumn(factory, zip);
        if (past.isPresent()) {
          return past;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // A zip that cannot be read: the XLSX reader says so.
    }
    return Optional.empty();
  }

  private static Optional<String> cellPastTheLastColumn(XMLInputFactory factory,
      ZipInputStream part) {
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(part);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
          String reference = xml.getAttributeValue(null, "r");
          if (reference != null && !isInASheet(reference)) {
            return Optional.of(reference);
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // Not XML from here on: the XLSX reader stops here too, if it reads this part.
    }
    return Optional.empty();
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
