package vn.thidua.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo review session of "Khối An ninh" 2026, open with four of seven member units
 * voted: the head unit's commander follows it, a member unit's commander votes once (too
 * many approvals refused first, nothing stored), keeps the receipt and is refused a
 * second ballot; a unit of another cluster does not see it.
 */
class VotingBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberVotesOnceWithAReceiptAndTheChairFollowsTheTurnout() {
		long session = this.jdbc.sql("""
				select s.id from voting_session s join emulation_cluster c on c.id = s.cluster_id
				where c.name = 'Khối An ninh' and c.year = 2026 and s.round = 1
				""").query(Long.class).single();

		// the head unit's commander: the dashboard, the list and the session page
		login("head.commander");
		assertThat(this.page.locator("#chaired-sessions").textContent()).contains("Khối An ninh");
		assertThat(this.page.locator("#ballots-awaiting").textContent()).contains("Khối An ninh");
		screenshot("voting-dashboard-head-vi");
		this.page.click("#nav-voting");
		this.page.waitForURL(Pattern.compile(".*/voting$"));
		screenshotEverywhere("voting-list");
		this.page.click("#voting-sessions a >> nth=0");
		this.page.waitForURL(Pattern.compile(".*/voting/\\d+$"));
		assertThat(this.page.textContent("#turnout-count")).contains("4/7");
		assertThat(this.page.locator("#turnout .elector-waiting").count()).isEqualTo(3);
		assertThat(this.page.locator("#chair-actions #session-tally").isVisible()).isTrue();
		screenshotEverywhere("voting-session");

		// a member unit's commander votes
		useViewport(1366, 900);
		login("member.commander");
		this.page.click("#ballots-awaiting a.btn");
		this.page.waitForURL(Pattern.compile(".*/voting/\\d+/ballot$"));
		// no box for its own unit (PA04, a candidate for Đơn vị quyết thắng)
		assertThat(this.page.textContent("#ballot-form")).doesNotContain("Phòng An ninh kinh tế");
		screenshotEverywhere("voting-ballot");
		int before = participations(session);
		var flag = this.page.locator(".ballot-question").first();
		flag.locator("label[for$='-APPROVE']").nth(0).click();
		flag.locator("label[for$='-APPROVE']").nth(1).click();
		this.page.click("#ballot-review-submit");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent("#ballot-refused")).contains("chỉ có 1 suất");
		assertThat(participations(session)).isEqualTo(before);
		screenshot("voting-ballot-refused-vi");
		// the choices came back: one approval fewer, then the review step
		this.page.locator(".ballot-question").first().locator("label[for$='-DISAPPROVE']").nth(1).click();
		this.page.click("#ballot-review-submit");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.locator("#ballot-review").isVisible()).isTrue();
		assertThat(this.page.locator("#ballot-review .review-choice.text-bg-success").count()).isEqualTo(1);
		screenshot("voting-ballot-review-vi");
		String csrf = this.page.locator("meta[name=_csrf]").getAttribute("content");
		this.page.click("#ballot-cast");
		this.page.waitForLoadState(LoadState.LOAD);
		String receipt = this.page.textContent("#receipt-value").trim();
		assertThat(receipt).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(participations(session)).isEqualTo(before + 1);
		screenshot("voting-receipt-vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		screenshot("voting-receipt-phone");
		this.page.setViewportSize(1366, 900);

		// a second ballot: refused with a clear message, nothing stored
		APIResponse again = this.page.request()
			.post(url("/voting/" + session + "/ballot"),
					RequestOptions.create().setForm(FormData.create().set("_csrf", csrf)));
		assertThat(again.text()).contains("Bạn đã bỏ phiếu trong phiên này");
		open("/voting/" + session + "/ballot");
		assertThat(this.page.textContent("#ballot-already")).contains("Bạn đã bỏ phiếu trong phiên này");
		assertThat(this.page.locator("#ballot-form").count()).isZero();
		assertThat(participations(session)).isEqualTo(before + 1);
		screenshotEverywhere("voting-ballot-already");

		// the chair sees one more vote, never how
		useViewport(1366, 900);
		login("head.commander");
		open("/voting/" + session);
		assertThat(this.page.textContent("#turnout-count")).contains("5/7");
		assertThat(this.page.textContent("#voting-session-page")).doesNotContain(receipt);

		// a unit of another cluster
		useViewport(1366, 900);
		login("other.officer");
		Response response = this.page.navigate(url("/voting/" + session));
		assertThat(response.status()).isEqualTo(404);
		screenshot("voting-session-other-404-vi");
	}

	@Test
	void theCountedSessionShowsItsResultsAndItsBoxVerifies() {
		long session = this.jdbc.sql("""
				select s.id from voting_session s join emulation_cluster c on c.id = s.cluster_id
				where c.name = 'Khối Cảnh sát' and c.year = 2025
				""").query(Long.class).single();
		login("staff");
		open("/voting/" + session);
		// 9 of the 11 members approved PC02: a share of the whole membership
		assertThat(this.page.textContent("#voting-session-page")).contains("81,82");
		assertThat(this.page.locator("#final-hash").textContent()).isNotBlank();
		this.page.click("#box-verify");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent(".alert-success")).contains("Hòm phiếu nguyên vẹn: 9 phiếu");
		screenshotEverywhere("voting-session-tallied");
		this.page.fill("#receipt-code", "AAAA-BBBB-CCCC");
		this.page.click("#receipt-check");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent(".alert-danger")).contains("AAAA-BBBB-CCCC");
	}

	private int participations(long session) {
		return this.jdbc.sql("select count(*) from voting_participation where session_id = :s")
			.param("s", session)
			.query(Integer.class)
			.single();
	}

}
