package vn.thidua.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of a sheet as read, with each cell's text and, for number cells, the number.
 * Reading it never fails: how a cell should be understood is the module's rule.
 *
 * @param number the row number as Excel shows it
 * @param cells the cells by column index, {@code null} where there is none
 */
public record SheetRow(int number, List<SheetCell> cells) {

	public SheetRow {
		cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
	}

	/** Whether no cell has any text. */
	public boolean isBlank() {
		return this.cells.stream().allMatch(cell -> cell == null || cell.text() == null);
	}

	public SheetCell cell(int column) {
		return column < this.cells.size() ? this.cells.get(column) : null;
	}

	/** The cell's text: numbers without a trailing ".0", blank as {@code null}. */
	public String text(int column) {
		SheetCell cell = cell(column);
		return cell == null ? null : cell.text();
	}

	/** The number of a number cell, else {@code null}. */
	public BigDecimal number(int column) {
		SheetCell cell = cell(column);
		return cell == null ? null : cell.number();
	}

	/** Whether the cell is a number cell (Excel stores dates as numbers too). */
	public boolean isNumber(int column) {
		return number(column) != null;
	}

	/**
	 * The date of a number cell that is an Excel date between 1900 and 2100, else
	 * {@code null}.
	 */
	public LocalDate date(int column) {
		SheetCell cell = cell(column);
		return cell == null ? null : cell.date();
	}

	/**
	 * One cell.
	 *
	 * @param text the text, trimmed, {@code null} when blank
	 * @param number the value of a number cell, else {@code null}
	 * @param date the date of a number cell read as an Excel serial day, else
	 * {@code null}
	 */
	public record SheetCell(String text, BigDecimal number, LocalDate date) {

	}

}
