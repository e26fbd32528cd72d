package vn.thidua.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.shared.text.Formats;

/**
 * The figure tables of the summary page, ready to show: labels in the page's language,
 * numbers written, the change against the year before and the difference against the
 * final report worked out once here, instead of by a dozen template expressions for each
 * cell (evaluating them was most of the time the page spent in Java).
 */
@Component
@RequiredArgsConstructor
class SummaryRows {

	private static final String MONEY = "cash.amount";

	private final MessageSource messages;

	private final Formats formats;

	/**
	 * One figure's row.
	 *
	 * @param id the row's element id
	 * @param label the figure's name
	 * @param item whether it is one catalogue item's figure (shown indented under the
	 * section's totals)
	 * @param values the figures of the years as numbers, for the charts
	 * @param chart {@code "true"} when the awards chart draws it, else {@code null}
	 * @param kind {@code "true"} when the campaigns chart draws it, else {@code null}
	 * @param cells the years' figures, the year summarised first
	 * @param change the change against the year before, signed
	 * @param percent the same in % of the year before, {@code null} when that year had
	 * none
	 * @param changeClass the colour of the change
	 */
	public record Row(String id, String label, boolean item, String values, String chart, String kind, List<Cell> cells,
			String change, String percent, String changeClass) {

	}

	/**
	 * One year's figure.
	 *
	 * @param text the figure written
	 * @param link the list of the records behind it, {@code null} when there is none
	 * @param difference how it differs from the final report, {@code null} when it does
	 * not
	 */
	public record Cell(String text, String link, String difference) {

	}

	/**
	 * The rows of every section by the section's key, without the catalogue items that
	 * are nought in every year.
	 */
	Map<String, List<Row>> of(SummaryFigures figures, Map<String, SummaryFreezeService.Difference> differences,
			Locale locale) {
		Map<String, List<Row>> rows = new LinkedHashMap<>();
		for (SummaryFigures.Section section : figures.sections()) {
			List<Row> lines = new ArrayList<>();
			List<SummaryFigures.Figure> list = section.figures();
			for (int i = 0; i < list.size(); i++) {
				SummaryFigures.Figure figure = list.get(i);
				boolean item = figure.nameVi() != null;
				if (item && figure.isZero()) {
					continue;
				}
				lines.add(row(section.key(), i, figure, item, differences.get(section.key() + "/" + figure.key()),
						locale));
			}
			rows.put(section.key(), lines);
		}
		return rows;
	}

	private Row row(String section, int index, SummaryFigures.Figure figure, boolean item,
			SummaryFreezeService.Difference difference, Locale locale) {
		String label = figure.label(this.messages, locale);
		String unit = MONEY.equals(figure.key()) ? " đ" : "";
		List<Cell> cells = new ArrayList<>();
		for (int year = 0; year < figure.values().size(); year++) {
			String link = figure.links() == null ? null : figure.links().get(year);
			String differs = year == 0 && difference != null
					? this.messages.getMessage("summary.freeze.diff",
							new Object[] { this.formats.number(difference.frozen()),
									this.formats.number(difference.live()), signed(difference.change()) },
							locale)
					: null;
			cells.add(new Cell(this.formats.number(figure.values().get(year)) + unit, link, differs));
		}
		long change = figure.change();
		BigDecimal percent = figure.changePercent();
		return new Row("summary-figure-" + figure.key().replace('.', '-'), label, item,
				figure.values().stream().map(String::valueOf).collect(Collectors.joining(",")),
				(section.equals("titles") || section.equals("forms")) && !item ? "true" : null,
				section.equals("campaigns") && index > 0 ? "true" : null, cells, signed(change),
				percent == null ? null : "(" + (change > 0 ? "+" : "") + this.formats.number(percent) + "%)",
				change > 0 ? "text-success" : (change < 0 ? "text-danger" : "text-muted"));
	}

	private String signed(long value) {
		return (value > 0 ? "+" : "") + this.formats.number(value);
	}

}
