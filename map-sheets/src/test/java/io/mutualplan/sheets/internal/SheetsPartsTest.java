package io.mutualplan.sheets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small rules the import and the export stand on. */
class SheetsPartsTest {

  @ParameterizedTest(name = "''{0}'' becomes ''{1}''")
  @CsvSource(delimiter = '|', textBlock = """
      Sarah Chen                  | sarah-chen
      '  --Zoë  O''Brien!--  '    | zo-o-brien
      MSA redlines agreed (v2)    | msa-redlines-agreed-v2
      日本語                       | stakeholder
      Ada Zoe 09                  | ada-zoe-09
      """)
  void idsAreMadeFromNames(String name, String id) {
    assertThat(IdSlugs.unique(name, "stakeholder", Set.of())).isEqualTo(id);
  }

  @Test
  void aTakenIdGetsTheNextFreeNumberAndStaysWithinTheIdLimit() {
    assertThat(IdSlugs.unique("Legal", "m", Set.of("legal", "legal-2"))).isEqualTo("legal-3");
    String longName = "a".repeat(99) + "-b" + "c".repeat(50);
    String first = IdSlugs.unique(longName, "m", Set.of());
    assertThat(first).isEqualTo("a".repeat(99)); // cut at 100, then the cut's dash trimmed
    assertThat(IdSlugs.unique(longName, "m", Set.of(first))).isEqualTo("a".repeat(98) + "-2");
  }

  @ParameterizedTest(name = "''{0}'' is sheet ''{1}''")
  @CsvSource(delimiter = '|', textBlock = """
      Acme x Globex                             | Acme x Globex
      Q1/Q2: [draft] *final*?                   | Q1-Q2- -draft- -final--
      'Quoted'                                  | Quoted
      Acme Corporation x Globex International   | Acme Corporation x Globex Inter
      Stakeholders                              | Milestones
      history                                   | Plan
      '   '                                     | Plan
      """)
  void sheetNamesFollowExcelsRules(String title, String sheet) {
    assertThat(SheetNames.forPlan(title)).isEqualTo(sheet);
  }

  @Test
  void aSheetNameHasNoBackslashAndNoApostropheOrSpaceAtEitherEnd() {
    assertThat(SheetNames.forPlan("Q1\\Q2")).isEqualTo("Q1-Q2");
    assertThat(SheetNames.forPlan("'Acme's plan'")).isEqualTo("Acme's plan");
    assertThat(SheetNames.forPlan(" ' Acme ' ")).isEqualTo("Acme");
  }

  @Test
  void aSheetNameHoldsNoCharacterTheWorkbooksXmlCannot() {
    assertThat(SheetNames.forPlan("Q1\uFFFE plan\uFFFF\u0000 x")).isEqualTo("Q1- plan-- x");
  }

  @Test
  void aSheetNameIsNotCutInsideACharacter() {
    String title = "x".repeat(30) + "😀 and more";
    assertThat(SheetNames.forPlan(title)).isEqualTo("x".repeat(30));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"yyyy-mm-dd", "d mmm yyyy", "m/d/yy", "dd.mm.yyyy;@", "mmm",
      "[$-409]dddd, mmmm d, yyyy", "[Red]yyyy-mm-dd", "\"Due \"dd/mm/yyyy", "yyyy-mm-dd hh:mm",
      "[$-409]mmmm", "[$-en-US]mmmm", "[Red][$-409]d mmm yyyy", "d\\-mmm\\-yy", "dd/mm hh:mm:ss.00",
      "mmm yyyy hh:mm:ss.000"})
  void theseFormatsShowDates(String code) {
    assertThat(ExcelDateFormats.isDate(Optional.empty(), Optional.of(code))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"General", "0", "0.00", "#,##0", "0.00E+00", "h:mm", "hh:mm:ss",
      "[h]:mm", "mm:ss", "@", "\"days\" 0", "0\" d\"", "0\\d", "#,##0_);(#,##0)",
      "* #,##0"})
  void theseFormatsShowNoDates(String code) {
    assertThat(ExcelDateFormats.isDate(Optional.empty(), Optional.of(code))).isFalse();
  }

  @Test
  void excelsBuiltInDateFormatsAreKnownByNumber() {
    assertThat(ExcelDateFormats.isDate(Optional.of(14), Optional.empty())).isTrue();
    assertThat(ExcelDateFormats.isDate(Optional.of(22), Optional.empty())).isTrue();
    assertThat(ExcelDateFormats.isDate(Optional.of(2), Optional.empty())).isFalse();
    assertThat(ExcelDateFormats.isDate(Optional.of(20), Optional.empty())).isFalse();
  }

  /** The first and last number of each range of built-in date formats, and their neighbours. */
  @ParameterizedTest(name = "built-in format {0} shows a date: {1}")
  @CsvSource({"13, false", "14, true", "17, true", "18, false", "21, false", "22, true",
      "23, false", "26, false", "27, true", "36, true", "37, false", "49, false", "50, true",
      "58, true", "59, false"})
  void excelsBuiltInDateFormatsAreExactlyTheirRanges(int id, boolean date) {
    assertThat(ExcelDateFormats.isDate(Optional.of(id), Optional.empty())).isEqualTo(date);
  }

  @Test
  void controlCharactersAndLiteralEscapesTravelThroughACell() {
    String text = "nul\u0000 bell\u0007 _x0041_ _X00zz_ end_";
    String stored = ExcelText.encode(text);

    assertThat(stored).isEqualTo("nul_x0000_ bell_x0007_ _x005F_x0041_ _X00zz_ end_");
    assertThat(ExcelText.decode(stored)).isEqualTo(text);
  }

  @Test
  void theDelimiterIsTheOneTheHeaderHoldsMostOutsideQuotes() {
    assertThat(CsvTables.detectDelimiter("Milestone;Due;\"a,b,c,d\"\nx,y,z,w,v")).isEqualTo(';');
    assertThat(CsvTables.detectDelimiter("\n\nMilestone\tDue\n")).isEqualTo('\t');
    assertThat(CsvTables.detectDelimiter("Milestone\n")).isEqualTo(',');
    assertThat(CsvTables.detectDelimiter("Milestone,Due,Notes; remarks\n")).isEqualTo(',');
    assertThat(CsvTables.detectDelimiter("Milestone,Due;Notes\n")).isEqualTo(',');
  }

  @ParameterizedTest(name = "column {0} is {1}")
  @CsvSource({"0, A", "24, Y", "25, Z", "26, AA", "51, AZ", "701, ZZ", "702, AAA", "16383, XFD"})
  void columnLettersCountAsASpreadsheetDoes(int index, String letters) {
    assertThat(CellReferences.letters(index)).isEqualTo(letters);
  }

  @Test
  void aCellEscapeIsReadAtEitherEndOfTheTextAndOnlyWithFourHexDigits() {
    assertThat(ExcelText.decode("_x0041_b")).isEqualTo("Ab");
    assertThat(ExcelText.decode("a_x0041_")).isEqualTo("aA");
    assertThat(ExcelText.decode("a_x004")).isEqualTo("a_x004");
    assertThat(ExcelText.decode("_xZZZZ_ _x00G1_ _x")).isEqualTo("_xZZZZ_ _x00G1_ _x");
    assertThat(ExcelText.encode("\u0001")).isEqualTo("_x0001_");
    assertThat(ExcelText.encode("_x0041_")).isEqualTo("_x005F_x0041_");
    assertThat(ExcelText.encode("_xZZZZ_")).isEqualTo("_xZZZZ_");
  }
}
