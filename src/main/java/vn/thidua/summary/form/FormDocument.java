package vn.thidua.summary.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.summary.form.FormQueries.FormTable;

/**
 * What the printed form and the workbook show above and below the table: the form number,
 * the regulation it is issued under, the reporting and receiving units, the period and
 * the date, in the given language. One place, so that the print view, the PDF and the
 * XLSX say the same.
 */
@Component
@RequiredArgsConstructor
public class FormDocument {

	private final MessageSource messages;

	private final Clock clock;

	/** A column group of the header: its label and how many columns it spans. */
	public record HeaderGroup(String label, int span, boolean group) {

	}

	/** A cell of the table's first header row. */
	public record HeaderCell(String label, int colspan, int rowspan) {

	}

	/** The header lines of a form and its labels. */
	public record Sheet(FormTable table, DocumentHeading heading, String formNumber, String regulation, String due,
			String title, String period, String reportingUnit, String receivingUnit, List<HeaderGroup> groups,
			List<String> columnLabels, List<String> rowLabels, String rowHeader, String codeHeader, String unitNote,
			String fileBase) {

		public boolean hasGroups() {
			return this.groups.stream().anyMatch(HeaderGroup::group);
		}

		/** More than five columns: printed on a landscape page. */
		public boolean wide() {
			return this.columnLabels.size() > 5;
		}

		/**
		 * The first header row after the row label and code: a group over its columns, or
		 * a column alone spanning both header rows.
		 */
		public List<HeaderCell> top() {
			int rows = hasGroups() ? 2 : 1;
			List<HeaderCell> cells = new ArrayList<>();
			int index = 0;
			for (HeaderGroup group : this.groups) {
				if (group.group()) {
					cells.add(new HeaderCell(group.label(), group.span(), 1));
				}
				else {
					cells.add(new HeaderCell(this.columnLabels.get(index), 1, rows));
				}
				index += group.span();
			}
			return cells;
		}

		/** The second header row: the columns under a group. */
		public List<String> second() {
			List<String> labels = new ArrayList<>();
			int index = 0;
			for (HeaderGroup group : this.groups) {
				if (group.group()) {
					labels.addAll(this.columnLabels.subList(index, index + group.span()));
				}
				index += group.span();
			}
			return labels;
		}

		/** Column numbers of the row under the header: 1, 2, … */
		public List<Integer> numbers() {
			List<Integer> numbers = new ArrayList<>();
			for (int i = 1; i <= this.columnLabels.size(); i++) {
				numbers.add(i);
			}
			return numbers;
		}

	}

	Sheet sheet(FormTable table, Locale locale) {
		StatisticalForm form = table.form();
		LocalDate today = LocalDate.now(this.clock);
		String year = String.valueOf(table.year());
		DocumentHeading heading = new DocumentHeading(table.organiser().parentName(), table.organiser().name(), "",
				DocumentHeading.placeOf(table.organiser().name()), today);
		List<HeaderGroup> groups = new ArrayList<>();
		List<String> columnLabels = new ArrayList<>();
		String current = null;
		for (FormLine column : form.columns()) {
			columnLabels.add(text(locale, form.columnKey(column)));
			if (column.group() != null && column.group().equals(current)) {
				HeaderGroup last = groups.remove(groups.size() - 1);
				groups.add(new HeaderGroup(last.label(), last.span() + 1, true));
			}
			else if (column.group() != null) {
				groups.add(new HeaderGroup(text(locale, "summary.form." + form.code() + ".group." + column.group()), 1,
						true));
			}
			else {
				groups.add(new HeaderGroup(null, 1, false));
			}
			current = column.group();
		}
		List<String> rowLabels = form.rows().stream().map(r -> text(locale, form.rowKey(r))).toList();
		return new Sheet(table, heading, text(locale, "summary.form.sheet.number", form.number()),
				text(locale, "summary.form.sheet.regulation"), text(locale, "summary.form.sheet.due"),
				text(locale, "summary.form." + form.code() + ".title"),
				text(locale, "summary.form.sheet.period", year, "01/01/" + year, "31/12/" + year),
				text(locale, "summary.form.sheet.reportingUnit", table.organiser().name()),
				text(locale, "summary.form.sheet.receivingUnit"), groups, columnLabels, rowLabels,
				text(locale, "summary.form.sheet.rowHeader"), text(locale, "summary.form.sheet.codeHeader"),
				text(locale, "summary.form." + form.code() + ".unitNote"), "bieu-" + form.code() + "N-" + year);
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
