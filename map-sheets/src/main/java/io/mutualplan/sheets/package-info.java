/**
 * The MAP table, read from and written to CSV and XLSX: {@link io.mutualplan.sheets.MapTable} is
 * the front door, {@link io.mutualplan.sheets.NewPlan} holds what a table cannot say about a new
 * plan, and a {@link io.mutualplan.sheets.TableException} lists every problem of a bad table with
 * its row, column and cell.
 */
package io.mutualplan.sheets;
