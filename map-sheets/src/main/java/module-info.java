/**
 * MAP sheets: the MAP table as CSV and XLSX. Start a plan from the spreadsheet a rep already has,
 * hand the buyer a sheet to edit, and take the edits back onto the plan.
 *
 * <p>The entry point is {@link io.mutualplan.sheets.MapTable}.
 */
module io.mutualplan.sheets {
  requires transitive io.mutualplan.core;
  requires static org.immutables.value.annotations;
  requires de.siegmar.fastcsv;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;
  requires java.xml;

  exports io.mutualplan.sheets;
}
