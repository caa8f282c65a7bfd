package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;

/** A page as Chromium prints it: the PDF, kept beside the screenshots and read with PDFBox. */
final class PrintedPages {
  private PrintedPages() {}

  /** Prints the page open in the browser, keeps the PDF as {@code name.pdf}, and reads it. */
  static PDDocument print(Chromium chromium, String name) throws IOException {
    byte[] pdf = chromium.printToPdf();
    Files.write(Chromium.FOLDER.resolve(name + ".pdf"), pdf);
    return Loader.loadPDF(pdf);
  }

  /** Asserts that every sheet is A4 landscape, one page per sheet. */
  static void assertA4Landscape(PDDocument document) {
    for (PDPage page : document.getPages()) {
      PDRectangle size = page.getMediaBox();
      // A4 is 297 mm x 210 mm, 841.89 x 595.28 points.
      assertThat(size.getWidth()).isCloseTo(841.89f, Offset.offset(1f));
      assertThat(size.getHeight()).isCloseTo(595.28f, Offset.offset(1f));
    }
  }

  /** The text of one page, counted from 1. */
  static String textOfPage(PDDocument document, int page) throws IOException {
    PDFTextStripper text = new PDFTextStripper();
    text.setStartPage(page);
    text.setEndPage(page);
    return text.getText(document);
  }
}
