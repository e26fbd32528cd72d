package vn.thidua.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.result.DefaultPeriodService;
import vn.thidua.shared.text.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards as task lists, with the demo reports of 2026: a unit (PA04) sees its
 * months due, overdue and returned with their action; the head unit of "Khối An ninh"
 * reviews from its dashboard and moves on to the next report; staff see who has
 * submitted, leadership the province's results. Each dashboard in both languages and at
 * phone width.
 */
class DashboardResultsBrowserTests extends BrowserTestSupport {

	@Autowired
	DefaultPeriodService periods;

	@Autowired
	JdbcClient jdbc;

	/** The report approved by the journey, as it was before, restored afterwards. */
	private Map<String, Object> approved;

	private List<Map<String, Object>> approvedValues;

	@AfterEach
	void restoreTheApprovedReport() {
		if (this.approved == null) {
			return;
		}
		long id = ((Number) this.approved.get("id")).longValue();
		this.jdbc.sql("""
				update result_report set state = :state, reviewed_points = cast(:points as numeric),
				       reviewed_by = cast(:by as varchar), reviewed_at = cast(:at as timestamptz)
				where id = :id
				""")
			.param("state", this.approved.get("state"))
			.param("points", this.approved.get("reviewed_points"))
			.param("by", this.approved.get("reviewed_by"))
			.param("at", this.approved.get("reviewed_at"))
			.param("id", id)
			.update();
		for (Map<String, Object> value : this.approvedValues) {
			this.jdbc.sql("""
					update result_value set reviewed_points = cast(:points as numeric),
					       reviewed_bonus = cast(:bonus as numeric), reviewed_measured = cast(:measured as numeric),
					       reviewed_reason = cast(:reason as varchar)
					where id = :id
					""")
				.param("points", value.get("reviewed_points"))
				.param("bonus", value.get("reviewed_bonus"))
				.param("measured", value.get("reviewed_measured"))
				.param("reason", value.get("reviewed_reason"))
				.param("id", value.get("id"))
				.update();
		}
		this.approved = null;
	}

	@Test
	void theHeadReviewsFromTheDashboardAndMovesToTheNextReport() {
		useViewport(1366, 900);
		login("head.commander");
		open("/");
		// the queue comes first, above the unit's own months
		var queue = this.page.locator("#result-waiting-queue");
		assertThat(queue.textContent()).contains("Báo cáo chờ duyệt",
				Formats.monthText(this.periods.lastDueMonth(LocalDate.now(Formats.ZONE))));
		assertThat(queue.boundingBox().y).isLessThan(400);
		assertThat(this.page.locator("nav a.nav-link[aria-current=page]").getAttribute("href")).isEqualTo("/");
		screenshotEverywhere("dashboard-head");
		var items = this.page.locator(".result-waiting-item");
		assertThat(items.count()).as("PA01 and PA05 submitted the last month in the demo data")
			.isGreaterThanOrEqualTo(2);
		long first = Long.parseLong(items.first().getAttribute("data-report"));
		long second = Long.parseLong(items.nth(1).getAttribute("data-report"));
		this.approved = this.jdbc.sql("select * from result_report where id = :id")
			.param("id", first)
			.query()
			.singleRow();
		this.approvedValues = this.jdbc.sql("select * from result_value where report_id = :id")
			.param("id", first)
			.query()
			.listOfRows();

		items.first().locator("a.result-review").click();
		this.page.waitForURL(url("/results/" + first + "/review"));
		this.page.onDialog(dialog -> dialog.accept());
		this.page.locator("#result-approve").click();
		this.page.waitForURL(url("/results/" + first));
		assertThat(this.page.locator("#result-next-review").textContent())
			.contains("Còn báo cáo khác đang chờ bạn duyệt");
		screenshot("dashboard-head-next-review-vi");
		this.page.locator("#result-next-review-link").click();
		this.page.waitForURL(url("/results/" + second + "/review"));
		assertThat(this.page.locator("#result-approve").isVisible()).isTrue();
		// the results item is the current one in the menu on the report pages
		assertThat(this.page.locator("#nav-results").getAttribute("aria-current")).isEqualTo("page");
	}

	@Test
	void theUnitSeesItsMonthsWithTheirAction() {
		login("member.officer");
		open("/");
		assertThat(this.page.locator("#result-tasks").textContent()).contains("Tháng cần nhập", "Tháng quá hạn",
				"Báo cáo bị trả lại");
		// the demo data returned PA04's report of the last month: "Sửa" opens its entry
		// page
		var fix = this.page.locator("#result-returned a.result-task-fix").first();
		assertThat(fix.getAttribute("href")).matches("/results/\\d+/edit");
		screenshotEverywhere("dashboard-unit-officer");
		useViewport(1366, 900);
		login("member.commander");
		open("/");
		assertThat(this.page.locator("#result-to-submit").textContent()).contains("Báo cáo sẵn sàng gửi duyệt");
		screenshotEverywhere("dashboard-unit-commander");
	}

	@Test
	void staffSeeWhoHasSubmittedAndLeadershipTheProvincesResults() {
		useViewport(1366, 900);
		login("staff");
		open("/");
		assertThat(this.page.locator("#result-submissions").textContent()).contains("Tình hình gửi báo cáo tháng");
		screenshotEverywhere("dashboard-staff");
		useViewport(1366, 900);
		login("leader");
		open("/");
		assertThat(this.page.locator("#province-results").textContent()).contains("Đơn vị dẫn đầu");
		screenshotEverywhere("dashboard-leader");
		useViewport(1366, 900);
		login("admin");
		open("/");
		screenshotEverywhere("dashboard-admin");
	}

}
