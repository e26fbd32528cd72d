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
 * second ballot; a unit of another cluster does not see it. The counted session of "Khối
 * Cảnh sát" 2025: its minutes completed by the secretary, printed, and signed by the
 * secretary and the chair.
 */
class VotingBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberVotesOnceWithAReceiptAndTheChairFollowsTheTurnout() {
		long session = this.jdbc.sql("""
				select s.id from voting_session s join emulation_cluster c on c.id = s.cluster_id
				where c.name = 'Khối An ninh' and c.year = 2026 and s.round = 1
				order by s.id limit 1
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
		// the demo ends with the minutes completed and signed by the chair (PC02's
		// commander) and the secretary (an officer of PC02)
		assertThat(this.jdbc.sql("""
				select state || ' ' || minutes_place || ' ' || chair_signed_by || ' ' || secretary_signed_by
				from voting_session where id = :s
				""").param("s", session).query(String.class).single())
			.isEqualTo("MINUTES_SIGNED Hội trường Công an tỉnh Lâm Sơn commander.pc02 other.officer");
		login("staff");
		open("/voting/" + session);
		assertThat(this.page.textContent("#minutes-state")).contains("Đã ký, đã khóa");
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

	@Test
	void theSecretaryCompletesTheMinutesAndTheChairAndTheSecretarySignThem() throws Exception {
		long session = this.jdbc.sql("""
				select s.id from voting_session s join emulation_cluster c on c.id = s.cluster_id
				where c.name = 'Khối Cảnh sát' and c.year = 2025
				""").query(Long.class).single();
		// the demo signed these minutes: take them back to counted and unsigned, to sign
		// them here through the pages
		this.jdbc.sql("""
				update voting_session set state = 'TALLIED', minutes_signed_at = null, minutes_signed_by = null,
				  minutes_hash = null, chair_signed_by = null, chair_signer_name = null, chair_signed_at = null,
				  chair_signed_hash = null, secretary_signed_by = null, secretary_signer_name = null,
				  secretary_signed_at = null, secretary_signed_hash = null
				where id = :s
				""").param("s", session).update();
		useViewport(1366, 900);
		this.page.onDialog(dialog -> dialog.accept());

		// the secretary, an officer of PC02 (the head unit in 2025), completes the
		// minutes
		login("other.officer");
		open("/voting/" + session);
		assertThat(this.page.locator("#minutes-state").textContent()).contains("Chưa ký đủ");
		assertThat(this.page.locator("#minutes-sign").textContent()).contains("thư ký");
		screenshotEverywhere("voting-minutes-session");
		this.page.click("#minutes-edit");
		this.page.waitForURL(Pattern.compile(".*/minutes/edit$"));
		assertThat(this.page.inputValue("#place")).isEqualTo("Hội trường Công an tỉnh Lâm Sơn");
		// the screenshots reload the form: filled in afterwards
		screenshotEverywhere("voting-minutes-form");
		this.page.fill("#notes", "Hai đơn vị vắng mặt không gửi ý kiến bằng văn bản.\nCuộc họp kết thúc lúc 11 giờ.");
		this.page.click("#minutes-save");
		this.page.waitForURL(Pattern.compile(".*/voting/\\d+$"));
		assertThat(this.page.textContent(".alert-success")).contains("Đã lưu biên bản");

		// the print view, in both languages and on a phone
		this.page.click("#minutes-print");
		this.page.waitForURL(Pattern.compile(".*/minutes$"));
		String printed = this.page.textContent("#document");
		assertThat(printed).contains("BIÊN BẢN HỌP BÌNH XÉT THI ĐUA", "Hội trường Công an tỉnh Lâm Sơn", "81,82%",
				"Cuộc họp kết thúc lúc 11 giờ.", "BẢN CHƯA KÝ");
		screenshot("voting-minutes-print-vi");
		open("/voting/" + session + "/minutes?lang=en");
		assertThat(this.page.textContent("#document")).contains("MINUTES OF THE EMULATION REVIEW MEETING");
		screenshot("voting-minutes-print-en");
		open("/voting/" + session + "/minutes?lang=vi");
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		screenshot("voting-minutes-print-phone");
		this.page.setViewportSize(1366, 900);

		// the secretary signs the hash shown
		open("/voting/" + session);
		this.page.click("#minutes-sign");
		this.page.waitForURL(Pattern.compile(".*/minutes/sign$"));
		String hash = this.page.textContent("#sign-hash").trim();
		assertThat(hash).matches("[0-9a-f]{64}");
		screenshotEverywhere("voting-minutes-sign");
		this.page.click("#minutes-sign-submit");
		this.page.waitForURL(Pattern.compile(".*/voting/\\d+$"));
		assertThat(this.page.textContent(".alert-success")).contains("Thư ký đã ký biên bản");
		assertThat(this.page.textContent("#minutes-secretary-status")).contains("đã ký lúc");
		assertThat(this.page.locator("#minutes-sign").count()).isZero();

		// the chair, PC02's commander, signs the same text: the minutes are frozen
		useViewport(1366, 900);
		this.page.onDialog(dialog -> dialog.accept());
		login("commander.pc02");
		open("/voting/" + session);
		this.page.click("#minutes-sign");
		this.page.waitForURL(Pattern.compile(".*/minutes/sign$"));
		assertThat(this.page.textContent("#sign-hash").trim()).isEqualTo(hash);
		this.page.click("#minutes-sign-submit");
		this.page.waitForURL(Pattern.compile(".*/voting/\\d+$"));
		assertThat(this.page.textContent(".alert-success")).contains("biên bản đã được khóa");
		assertThat(this.page.textContent("#minutes-state")).contains("Đã ký, đã khóa");
		assertThat(this.page.textContent("#minutes-frozen-hash").trim()).isEqualTo(hash);
		assertThat(this.page.locator("#minutes-edit").count()).isZero();
		screenshotEverywhere("voting-minutes-signed");
		Response edit = this.page.navigate(url("/voting/" + session + "/minutes/edit"));
		assertThat(this.page.textContent(".alert-danger")).contains("không thể sửa nữa");
		assertThat(edit.ok()).isTrue();

		// the signed PDF and DOCX
		byte[] pdf = this.page.request().get(url("/voting/" + session + "/minutes.pdf")).body();
		vn.thidua.shared.document.PdfChecks.save(pdf, "voting-minutes-demo");
		String text = vn.thidua.shared.document.PdfChecks.pdftotext(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("BIÊN BẢN HỌP BÌNH XÉT THI ĐUA", "81,82%", hash.substring(0, 12), "THƯ KÝ", "CHỦ TỌA")
			.doesNotContain("BẢN CHƯA KÝ");
		APIResponse docx = this.page.request().get(url("/voting/" + session + "/minutes.docx"));
		assertThat(docx.headers().get("content-type")).startsWith("application/vnd.openxmlformats");
	}

	private int participations(long session) {
		return this.jdbc.sql("select count(*) from voting_participation where session_id = :s")
			.param("s", session)
			.query(Integer.class)
			.single();
	}

}
