package vn.thidua.browser;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.result.ResultTestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines lead somewhere, through the real pages: PA04's officer (member.officer) finds
 * March 2026 of a campaign of "Khối An ninh" locked ("Quá hạn, đã khóa", its deadline
 * 05/04/2026 passed, no "Lập báo cáo"), asks to reopen it (an empty reason is refused
 * next to the field), staff grant the request from their dashboard in one step, and the
 * officer enters the month again.
 */
class ReopenRequestBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	UserDetailsService users;

	@Test
	void theOfficerAsksToReopenALockedMonthStaffGrantItAndTheOfficerEntersItAgain() {
		String name = "Đợt thi đua chuyên đề thử mở lại " + UUID.randomUUID().toString().substring(0, 8);
		long campaign = ResultTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users, name);
		String march = "tr[data-campaign='" + campaign + "'][data-period='2026-03']";

		// the officer: March is locked, says why, and offers a request, not an entry
		login("member.officer");
		open("/results");
		assertThat(this.page.locator(march + " .result-locked-badge").textContent()).contains("Quá hạn, đã khóa");
		assertThat(this.page.locator(march).textContent()).contains("05/04/2026").doesNotContain("Đang nhập");
		assertThat(this.page.locator(march + " .result-open").count()).isZero();
		this.page.locator(march).scrollIntoViewIfNeeded();
		screenshotEverywhere("reopen-locked-month");
		this.page.click(march + " .result-ask-reopen");
		this.page.waitForSelector("#reopen-request-form");
		screenshotEverywhere("reopen-request-form");
		// no reason: refused next to the field, with the summary
		this.page.click("#reopen-request-submit");
		this.page.waitForSelector("#reopen-request-errors");
		assertThat(this.page.locator("#reason").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.page.locator("#reason-error").textContent()).contains("Không được để trống");
		screenshot("reopen-request-form-errors-vi");
		this.page.fill("#reason", "Mất kết nối mạng nội bộ từ 01/04 đến 06/04/2026, không gửi được báo cáo.");
		this.page.click("#reopen-request-submit");
		this.page.waitForURL(url("/results"));
		assertThat(this.page.locator(".alert-success").first().textContent()).contains("03/2026");
		assertThat(this.page.locator(march + " .result-reopen-status").textContent()).contains("chờ cán bộ");
		assertThat(this.page.locator(march + " .result-ask-reopen").count()).isZero();
		screenshot("reopen-request-sent-vi");

		// staff: the request waits on the dashboard; granted in one step
		long request = this.jdbc.sql("select max(id) from result_reopen_request where campaign_id = :c")
			.param("c", campaign)
			.query(Long.class)
			.single();
		String item = "#reopen-requests li[data-request='" + request + "']";
		useViewport(1366, 900);
		login("staff");
		assertThat(this.page.locator(item).textContent()).contains("Phòng An ninh kinh tế", "03/2026",
				"Mất kết nối mạng nội bộ");
		this.page.locator(item).scrollIntoViewIfNeeded();
		screenshotEverywhere("reopen-dashboard-staff");
		this.page.click(item + " .reopen-request-grant");
		this.page.waitForURL(url("/"));
		assertThat(this.page.locator(".alert-success").first().textContent()).contains("Phòng An ninh kinh tế",
				"03/2026");
		assertThat(this.page.locator(item).count()).isZero();

		// the officer enters March again, until the new deadline
		useViewport(1366, 900);
		login("member.officer");
		open("/results");
		assertThat(this.page.locator(march + " .result-locked-badge").count()).isZero();
		assertThat(this.page.locator(march).textContent()).contains("Đang nhập");
		this.page.click(march + " .result-view");
		this.page.waitForURL(Pattern.compile(".*/results/\\d+$"));
		assertThat(this.page.locator("#result-reopened").textContent()).contains("Mất kết nối mạng nội bộ");
		assertThat(this.page.locator("#result-locked").count()).isZero();
		screenshotEverywhere("reopen-granted-report");
		this.page.click("#result-edit");
		this.page.waitForSelector("#result-form");
	}

}
