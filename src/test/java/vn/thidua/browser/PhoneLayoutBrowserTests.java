package vn.thidua.browser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.shared.text.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readable everywhere: on a phone (390 px) an officer of PA04 fills in the month's report
 * of the 2026 movement, each indicator a card with its live score, the save button at the
 * foot of the screen, nothing wider than the screen; the rankings' and the overview's
 * charts show every unit's name whole, at phone and desktop width. The report is put back
 * as it was afterwards (deleted when the test opened it).
 */
class PhoneLayoutBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	private Long reportId;

	private boolean existedBefore;

	private Map<String, Object> reportBefore;

	private List<Map<String, Object>> valuesBefore;

	private long lastAuditBefore;

	@Test
	void anOfficerFillsInTheReportOnAPhone() {
		long movement = this.jdbc.sql("select id from campaign where name like 'Phong trào thi đua%Vì an ninh%2026'")
			.query(Long.class)
			.single();
		long unit = this.jdbc.sql("select id from unit where code = 'LS-PA04'").query(Long.class).single();
		YearMonth month = monthBeingFilled();
		remember(movement, unit, month);

		usePhone();
		login("member.officer");
		assertNoHorizontalScroll("dashboard");
		open("/results");
		assertNoHorizontalScroll("/results");
		Locator row = this.page.locator("tr[data-period='" + month + "'][data-campaign='" + movement + "']");
		if (row.locator(".result-open").count() > 0) {
			row.locator(".result-open").click();
		}
		else {
			row.locator(".result-view").click();
		}
		this.page.waitForURL(Pattern.compile(".*/results/\\d+$"));
		String reportPath = this.page.url().substring(url("").length());
		this.reportId = Long.valueOf(reportPath.substring("/results/".length()));
		open(reportPath + "/edit");
		this.page.waitForSelector("#result-form");

		assertNoHorizontalScroll("entry page");
		// the save button is on the screen at once: the action bar stays at its foot
		assertInViewport("#result-save");
		// each indicator a card: name, its field(s) and its score, one above the other
		Locator cards = this.page.locator("#result-form .result-entry");
		assertThat(cards.count()).isGreaterThan(3);
		for (int i = 0; i < cards.count(); i++) {
			Locator card = cards.nth(i);
			BoundingBox box = card.boundingBox();
			assertThat(box.x).isGreaterThanOrEqualTo(0);
			assertThat(box.x + box.width).as("card %d within the screen", i).isLessThanOrEqualTo(PHONE_WIDTH + 0.5);
			Locator score = card.locator(".result-entry-score");
			assertThat(score.isVisible()).as("score of card %d", i).isTrue();
			BoundingBox scoreBox = score.boundingBox();
			assertThat(scoreBox.x).isGreaterThanOrEqualTo(box.x);
			assertThat(scoreBox.x + scoreBox.width).isLessThanOrEqualTo(box.x + box.width + 0.5);
			assertThat(card.locator("input:not([type=hidden]), select").first().isVisible()).isTrue();
			assertThat(card.locator("[aria-live=polite]").count()).isEqualTo(1);
		}
		screenshot("phone-entry-vi");
		// scrolled half way: the bar is still there
		this.page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight / 2)");
		assertInViewport("#result-save");
		screenshot("phone-entry-scrolled-vi");
		open(reportPath + "/edit?lang=en");
		this.page.waitForSelector("#result-form");
		assertNoHorizontalScroll("entry page in English");
		assertInViewport("#result-save");
		screenshot("phone-entry-en");
		open(reportPath + "/edit?lang=vi");
		this.page.waitForSelector("#result-form");

		// a figure typed: the card's score is replaced as it is typed, and saved with the
		// button
		Locator first = cards.first().locator("input:not([type=hidden])").first();
		String field = first.getAttribute("id");
		first.click();
		first.fill("7");
		Locator computed = cards.first().locator(".result-computed");
		this.page.waitForFunction("id => document.getElementById(id).textContent.trim().length > 0",
				computed.getAttribute("id"));
		assertThat(computed.isVisible()).isTrue();
		screenshot("phone-entry-typed-vi");
		this.page.click("#result-save");
		this.page.waitForURL(url(reportPath));
		assertNoHorizontalScroll("report page");
		screenshot("phone-report-vi");
		open(reportPath + "/edit");
		this.page.waitForSelector("#result-form");
		assertThat(this.page.inputValue("[id='" + field + "']")).isEqualTo("7");

		// at desktop width the same pages
		this.page.setViewportSize(1366, 900);
		open(reportPath + "/edit");
		this.page.waitForSelector("#result-form");
		assertInViewport("#result-save");
		screenshot("desktop-entry-vi");
		switchLanguage("en");
		this.page.waitForSelector("#result-form");
		screenshot("desktop-entry-en");
		switchLanguage("vi");
	}

	@Test
	void chartLabelsAreWholeOnAPhoneAndOnADesktop() {
		usePhone();
		login("staff");
		int charts = 0;
		for (String path : List.of("/results/overview", "/results/rankings")) {
			open(path);
			this.page.waitForLoadState();
			assertNoHorizontalScroll(path);
			charts += chartLabelsWhole(path);
		}
		assertThat(charts).as("charts drawn").isGreaterThan(0);
		open("/results/rankings");
		screenshot("phone-ranking-vi");
		open("/results/rankings?lang=en");
		assertThat(chartLabelsWhole("rankings in English")).isGreaterThanOrEqualTo(0);
		screenshot("phone-ranking-en");
		open("/results/rankings?lang=vi");
		this.page.setViewportSize(1366, 900);
		for (String path : List.of("/results/overview", "/results/rankings")) {
			open(path);
			this.page.waitForLoadState();
			chartLabelsWhole(path);
		}
		screenshot("desktop-ranking-vi");
		switchLanguage("en");
		screenshot("desktop-ranking-en");
		switchLanguage("vi");
	}

	/**
	 * Checks that the page's bar chart, if drawn, shows each row's name whole: the same
	 * words as the table, each line of it inside the canvas. Returns 1 if a chart was
	 * checked.
	 */
	@SuppressWarnings("unchecked")
	private int chartLabelsWhole(String where) {
		Map<String, Object> result = (Map<String, Object>) this.page.evaluate("""
				() => {
				  const canvas = document.querySelector('canvas#ranking-chart');
				  if (!canvas || typeof Chart === 'undefined' || !Chart.getChart(canvas)
				      || canvas.closest('.card').classList.contains('d-none')) {
				    return { drawn: false };
				  }
				  const chart = Chart.getChart(canvas);
				  const table = document.querySelector(canvas.dataset.source);
				  const names = Array.from(table.querySelectorAll('tbody tr[data-label]')).map(r => r.dataset.label);
				  const y = chart.scales.y;
				  const ctx = chart.ctx;
				  ctx.save();
				  ctx.font = Chart.helpers.toFont(y.options.ticks.font).string;
				  const cut = [];
				  chart.data.labels.forEach(label => [].concat(label).forEach(line => {
				    const width = ctx.measureText(line).width;
				    if (y.right - y.options.ticks.padding - width < 0) {
				      cut.push(line + ' (' + Math.round(width) + ' > ' + Math.round(y.right) + ')');
				    }
				  }));
				  ctx.restore();
				  const box = canvas.getBoundingClientRect();
				  const parent = canvas.parentElement.getBoundingClientRect();
				  return {
				    drawn: true,
				    shown: chart.data.labels.map(label => [].concat(label).join(' ')),
				    names: names,
				    cut: cut,
				    inside: box.left >= parent.left - 0.5 && box.right <= parent.right + 0.5
				        && box.right <= document.documentElement.clientWidth + 0.5
				  };
				}
				""");
		if (!Boolean.TRUE.equals(result.get("drawn"))) {
			return 0;
		}
		assertThat((List<String>) result.get("shown")).as("labels of the chart on %s", where)
			.isEqualTo(result.get("names"));
		assertThat((List<String>) result.get("cut")).as("labels cut on %s", where).isEmpty();
		assertThat(result.get("inside")).as("chart inside its box on %s", where).isEqualTo(true);
		return 1;
	}

	private void assertNoHorizontalScroll(String where) {
		int width = ((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		int screen = this.page.viewportSize().width;
		Object wide = this.page.evaluate("""
				() => Array.from(document.querySelectorAll('body *'))
				  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
				  .filter(e => !e.parentElement.closest('.table-responsive, .overflow-auto'))
				  .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className)
				""");
		assertThat(width).as("page width of %s, wider: %s", where, wide).isLessThanOrEqualTo(screen);
	}

	private void assertInViewport(String selector) {
		BoundingBox box = this.page.locator(selector).boundingBox();
		assertThat(box).as(selector).isNotNull();
		assertThat(box.y).as("top of %s", selector).isGreaterThanOrEqualTo(0);
		assertThat(box.y + box.height).as("foot of %s", selector)
			.isLessThanOrEqualTo(this.page.viewportSize().height + 0.5);
	}

	/** The month a unit fills in today (as in {@link KeepTypedBrowserTests}). */
	private static YearMonth monthBeingFilled() {
		LocalDate today = LocalDate.now(Formats.ZONE);
		YearMonth month = YearMonth.from(today);
		YearMonth candidate = today.getDayOfMonth() <= 5 ? month.minusMonths(1) : month;
		YearMonth last = YearMonth.of(2026, 12);
		return candidate.isAfter(last) ? last : candidate;
	}

	private void remember(long campaign, long unit, YearMonth month) {
		Long existing = this.jdbc
			.sql("select id from result_report where campaign_id = :c and unit_id = :u and period_month = :m")
			.param("c", campaign)
			.param("u", unit)
			.param("m", month.atDay(1))
			.query(Long.class)
			.optional()
			.orElse(null);
		this.existedBefore = existing != null;
		if (this.existedBefore) {
			this.reportBefore = this.jdbc.sql("select * from result_report where id = :id")
				.param("id", existing)
				.query()
				.singleRow();
			this.valuesBefore = this.jdbc.sql("select * from result_value where report_id = :id")
				.param("id", existing)
				.query()
				.listOfRows();
		}
		this.lastAuditBefore = this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	@AfterEach
	void putTheReportBack() {
		if (this.reportId == null) {
			return;
		}
		this.jdbc.sql("delete from audit_event where object_type = 'RESULT_REPORT' and object_id = :r and id > :last")
			.param("r", this.reportId)
			.param("last", this.lastAuditBefore)
			.update();
		if (!this.existedBefore) {
			this.jdbc.sql("delete from result_report where id = :r").param("r", this.reportId).update();
			return;
		}
		restore("result_report", this.reportBefore);
		this.valuesBefore.forEach(row -> restore("result_value", row));
	}

	private void restore(String table, Map<String, Object> row) {
		String sets = row.keySet()
			.stream()
			.filter(column -> !"id".equals(column))
			.map(column -> column + " = :" + column)
			.collect(Collectors.joining(", "));
		var statement = this.jdbc.sql("update " + table + " set " + sets + " where id = :id");
		for (var entry : row.entrySet()) {
			statement = statement.param(entry.getKey(), entry.getValue());
		}
		statement.update();
	}

}
