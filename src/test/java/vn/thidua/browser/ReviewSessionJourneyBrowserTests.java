package vn.thidua.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.shared.document.PdfChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-end review of "Khối An ninh" 2026 from preparation to signed minutes, through
 * the pages only.
 * <p>
 * The head unit's commander prepares a session from the ranking (the flag question's
 * candidates come with their scores and ranks) and by hand (Đơn vị quyết thắng, two
 * places, 50%: PA09, PA01, PA05 and PA04), and opens it. Six of the seven members vote
 * (PA09 does not). member.commander (PA04) first forges an approval of its own unit and
 * is refused, votes, and is refused a second ballot; other.officer (another cluster) gets
 * 404. Worked by hand, Đơn vị quyết thắng: each voter approves two of the three units it
 * may vote on,
 *
 * <pre>
 *   PA04: PA09, PA01    PA06: PA09, PA05    PA03: PA01, PA05
 *   PA08: PA01, PA05    PA01: PA09, PA05    PA05: PA09, PA01
 * </pre>
 *
 * so PA09, PA01 and PA05 have 4 approvals each, 4/7 = 57,14% ≥ 50%, three for two places:
 * a tie at the cut-off, which the chair settles (PA09 and PA01) with a reason. The quorum
 * is met: 6 of 7 ≥ 2/3. Every voter approves the ranking's first unit for the flag where
 * it has a box: if that unit did not vote, 6/7 = 85,71% ≥ 80% passes; if it voted (and so
 * had no box for itself), 5/7 = 71,43% fails; which one depends on the demo's results and
 * is read from the page. The chair and the secretary (head.officer) sign the minutes; the
 * PDF and the DOCX carry the results; a voter finds the receipt in the published box.
 */
class ReviewSessionJourneyBrowserTests extends BrowserTestSupport {

	private static final String TITLE = "Hội nghị bình xét, suy tôn Khối An ninh năm 2026";

	private static final String FLAG = "Cờ thi đua của Bộ Công an";

	private static final String DVQT = "Đơn vị quyết thắng";

	private static final String REASON = "Đề nghị của Hội nghị Khối";

	@Autowired
	JdbcClient jdbc;

	/**
	 * The session this journey created, removed afterwards: the demo keeps one per
	 * cluster and year.
	 */
	private Long created;

	@AfterEach
	void removeTheSession() {
		if (this.created != null) {
			for (String table : List.of("voting_ballot", "voting_sealed_ballot", "voting_participation",
					"voting_proposal", "voting_elector")) {
				this.jdbc.sql("delete from " + table + " where session_id = :s").param("s", this.created).update();
			}
			this.jdbc.sql("delete from voting_session where id = :s").param("s", this.created).update();
		}
	}

	@Test
	void theHeadPreparesTheSessionMembersVoteTheChairSettlesTheTieAndTheMinutesAreSigned() throws Exception {
		String pa01 = unit("PA01");
		String pa04 = unit("PA04");
		String pa05 = unit("PA05");
		String pa09 = unit("PA09");
		useViewport(1366, 900);
		this.page.onDialog(dialog -> dialog.accept());

		// ------------------------------------------------------------ preparation
		login("head.commander");
		this.page.click("#nav-voting");
		this.page.waitForURL(Pattern.compile(".*/voting$"));
		this.page.click("#voting-new summary");
		this.page.selectOption("#new-cluster", new SelectOption().setLabel("Khối An ninh"));
		this.page.fill("#new-title", TITLE);
		this.page.click("#voting-create");
		this.page.waitForURL(Pattern.compile(".*/voting/\\d+$"));
		long session = Long.parseLong(this.page.url().replaceAll(".*/voting/(\\d+)$", "$1"));
		this.created = session;
		assertThat(this.page.textContent("#session-campaign")).contains("Vì an ninh Tổ quốc");

		// the flag, candidates from the ranking
		this.page.selectOption("#q-award", "CO_THI_DUA_BO");
		this.page.click("#question-add");
		this.page.waitForLoadState(LoadState.LOAD);
		question(0).locator(".question-suggest").click();
		this.page.waitForLoadState(LoadState.LOAD);
		Locator flagRows = question(0).locator("tbody tr[data-candidate-id]");
		assertThat(flagRows.count()).isPositive();
		Locator first = question(0).locator("tbody tr[data-candidate-id]:has(td:nth-child(3):text-is('1'))");
		assertThat(first.count()).as("the ranking's first unit is suggested").isEqualTo(1);
		String leader = first.locator("td").first().textContent().trim();
		assertThat(first.locator("td").nth(1).textContent().trim()).matches("\\d+(,\\d+)?");

		// Đơn vị quyết thắng: two places at 50%, candidates by hand with a reason
		this.page.selectOption("#q-award", "DVQT");
		this.page.click("#question-add");
		this.page.waitForLoadState(LoadState.LOAD);
		Locator change = question(1).locator("form.question-change");
		change.locator("input[name=places]").fill("2");
		change.locator("input[name=threshold]").fill("50");
		change.locator("button").click();
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(question(1).locator(".card-header").textContent()).contains("2 suất", "50%");
		for (String candidate : List.of(pa09, pa01, pa05, pa04)) {
			Locator add = question(1).locator("form.candidate-add");
			add.locator("select[name=unitId]").selectOption(new SelectOption().setLabel(candidate));
			add.locator("input[name=reason]").fill(REASON);
			add.locator("button").click();
			this.page.waitForLoadState(LoadState.LOAD);
		}
		assertThat(question(1).locator("tbody tr[data-candidate-id]").count()).isEqualTo(4);
		screenshotEverywhere("journey-voting-prepared");

		// opening freezes the electorate: seven member units
		useViewport(1366, 900);
		this.page.onDialog(dialog -> dialog.accept());
		login("head.commander");
		open("/voting/" + session);
		this.page.click("#session-open");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent("#session-state")).contains("Đang bỏ phiếu");
		assertThat(this.page.textContent("#turnout-count")).contains("0/7");

		// ------------------------------------------------------------ the vote
		// the head unit's commander votes too (PA03)
		vote(session, "head.commander", leader, List.of(pa01, pa05));

		// member.commander (PA04): its own unit has no box, and a forged approval of it
		// is refused with nothing stored
		useViewport(1366, 900);
		login("member.commander");
		open("/voting/" + session + "/ballot");
		assertThat(this.page.locator("#ballot-form legend").allTextContents()).doesNotContain(pa04);
		String csrf = this.page.locator("meta[name=_csrf]").getAttribute("content");
		long own = candidateId(session, "DVQT", "PA04");
		APIResponse self = this.page.request()
			.post(url("/voting/" + session + "/ballot"),
					RequestOptions.create().setForm(FormData.create().set("_csrf", csrf).set("c" + own, "APPROVE")));
		assertThat(self.text()).contains("không được bỏ phiếu cho chính mình");
		assertThat(participations(session)).isEqualTo(1);
		String receipt = vote(session, "member.commander", leader, List.of(pa09, pa01));
		csrf = this.page.locator("meta[name=_csrf]").getAttribute("content");
		APIResponse twice = this.page.request()
			.post(url("/voting/" + session + "/ballot"),
					RequestOptions.create().setForm(FormData.create().set("_csrf", csrf)));
		assertThat(twice.text()).contains("Bạn đã bỏ phiếu trong phiên này");
		assertThat(participations(session)).isEqualTo(2);

		vote(session, "commander.pa06", leader, List.of(pa09, pa05));
		vote(session, "commander.pa08", leader, List.of(pa01, pa05));
		vote(session, "commander.pa01", leader, List.of(pa09, pa05));
		vote(session, "commander.pa05", leader, List.of(pa09, pa01));
		assertThat(participations(session)).isEqualTo(6);

		// a unit of another cluster does not see the session
		useViewport(1366, 900);
		login("other.officer");
		Response foreign = this.page.navigate(url("/voting/" + session));
		assertThat(foreign.status()).isEqualTo(404);

		// ------------------------------------------------------------ the tally
		useViewport(1366, 900);
		this.page.onDialog(dialog -> dialog.accept());
		login("head.commander");
		open("/voting/" + session);
		assertThat(this.page.textContent("#turnout-count")).contains("6/7");
		this.page.click("#session-tally");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent("#session-state")).contains("Đã kiểm phiếu");

		// the flag: the leader's approvals and share, worked out above
		boolean leaderVoted = List
			.of(unit("PA01"), unit("PA03"), unit("PA04"), unit("PA05"), unit("PA06"), unit("PA08"))
			.contains(leader);
		Locator leaderRow = question(0)
			.locator("tbody tr[data-candidate-id]:has(td:first-child:text-is('" + leader + "'))");
		assertThat(leaderRow.locator("td").nth(4).textContent().trim()).isEqualTo(leaderVoted ? "5" : "6");
		assertThat(leaderRow.locator("td").nth(5).textContent().trim()).isEqualTo(leaderVoted ? "71,43%" : "85,71%");
		assertThat(leaderRow.locator("td").nth(6).locator(".badge").textContent().trim())
			.isEqualTo(leaderVoted ? "Không đạt" : "Đạt");

		// Đơn vị quyết thắng: three at 4 of 7 for two places
		assertThat(question(1).locator(".card-header").textContent()).contains("Bằng phiếu, chờ chủ trì quyết định");
		for (String tied : List.of(pa09, pa01, pa05)) {
			Locator row = question(1)
				.locator("tbody tr[data-candidate-id]:has(td:first-child:text-is('" + tied + "'))");
			assertThat(row.locator("td").nth(4).textContent().trim()).isEqualTo("4");
			assertThat(row.locator("td").nth(5).textContent().trim()).isEqualTo("57,14%");
		}
		screenshotEverywhere("journey-voting-tie");

		useViewport(1366, 900);
		this.page.onDialog(dialog -> dialog.accept());
		login("head.commander");
		open("/voting/" + session);
		Locator tie = question(1).locator(".tie-actions form").first();
		tie.locator("label:text-is('" + pa09 + "')").click();
		tie.locator("label:text-is('" + pa01 + "')").click();
		tie.locator("input[name=reason]").fill("PA09 và PA01 có tỷ lệ hoàn thành chỉ tiêu cao hơn PA05");
		tie.locator("button[type=submit]").click();
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent(".alert-success")).contains("Đã quyết định trường hợp bằng phiếu");
		assertThat(this.page.textContent("#proposals")).contains(pa09, pa01).doesNotContain(pa05);
		screenshotEverywhere("journey-voting-decided");

		// ------------------------------------------------------------ the minutes
		useViewport(1366, 900);
		this.page.onDialog(dialog -> dialog.accept());
		login("head.commander");
		open("/voting/" + session);
		this.page.click("#minutes-edit");
		this.page.waitForURL(Pattern.compile(".*/minutes/edit$"));
		this.page.fill("#place", "Hội trường Phòng An ninh chính trị nội bộ");
		this.page.selectOption("#secretary", "head.officer");
		this.page.fill("#notes", "Phòng Bảo vệ chính trị (PA09) vắng mặt, không gửi ý kiến bằng văn bản.");
		this.page.click("#minutes-save");
		this.page.waitForURL(Pattern.compile(".*/voting/\\d+$"));
		this.page.click("#minutes-sign");
		this.page.waitForURL(Pattern.compile(".*/minutes/sign$"));
		String hash = this.page.textContent("#sign-hash").trim();
		this.page.click("#minutes-sign-submit");
		this.page.waitForURL(Pattern.compile(".*/voting/\\d+$"));
		assertThat(this.page.textContent("#minutes-chair-status")).contains("đã ký lúc");

		useViewport(1366, 900);
		this.page.onDialog(dialog -> dialog.accept());
		login("head.officer");
		open("/voting/" + session);
		this.page.click("#minutes-sign");
		this.page.waitForURL(Pattern.compile(".*/minutes/sign$"));
		assertThat(this.page.textContent("#sign-hash").trim()).isEqualTo(hash);
		this.page.click("#minutes-sign-submit");
		this.page.waitForURL(Pattern.compile(".*/voting/\\d+$"));
		assertThat(this.page.textContent("#minutes-state")).contains("Đã ký, đã khóa");
		screenshotEverywhere("journey-voting-signed");

		byte[] pdf = this.page.request().get(url("/voting/" + session + "/minutes.pdf")).body();
		PdfChecks.save(pdf, "journey-voting-minutes");
		String text = PdfChecks.pdftotext(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("BIÊN BẢN HỌP BÌNH XÉT THI ĐUA", TITLE, "57,14%", hash.substring(0, 12), "CHỦ TỌA",
				"THƯ KÝ", "vắng mặt");
		APIResponse docx = this.page.request().get(url("/voting/" + session + "/minutes.docx"));
		assertThat(docx.headers().get("content-type")).startsWith("application/vnd.openxmlformats");
		assertThat(docxText(docx.body())).contains("BIÊN BẢN HỌP BÌNH XÉT THI ĐUA", "57,14%");

		// ------------------------------------------------------------ a voter checks the
		// receipt
		useViewport(1366, 900);
		login("member.commander");
		open("/voting/" + session);
		this.page.fill("#receipt-code", receipt);
		this.page.click("#receipt-check");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent(".alert-success")).contains(receipt, "có trong hòm phiếu");
		screenshot("journey-voting-receipt-checked-vi");
		this.page.click("#box-verify");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent(".alert-success")).contains("Hòm phiếu nguyên vẹn: 6 phiếu");
	}

	/**
	 * Signs in, fills in the ballot (approves the flag's leader when it has a box, and
	 * the given Đơn vị quyết thắng candidates; abstains on the rest), reviews and casts
	 * it; returns the receipt.
	 */
	private String vote(long session, String username, String flag, List<String> approvals) {
		useViewport(1366, 900);
		login(username);
		open("/voting/" + session + "/ballot");
		Locator flagBox = ballotCandidate(FLAG, flag);
		if (flagBox.count() > 0) {
			flagBox.locator("label[for$='-APPROVE']").click();
		}
		for (String name : approvals) {
			ballotCandidate(DVQT, name).locator("label[for$='-APPROVE']").click();
		}
		if ("member.commander".equals(username)) {
			screenshotEverywhere("journey-voting-ballot");
			open("/voting/" + session + "/ballot");
			if (flagBox.count() > 0) {
				flagBox.locator("label[for$='-APPROVE']").click();
			}
			for (String name : approvals) {
				ballotCandidate(DVQT, name).locator("label[for$='-APPROVE']").click();
			}
		}
		this.page.click("#ballot-review-submit");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.locator("#ballot-review").isVisible()).as(username + " reviews").isTrue();
		this.page.click("#ballot-cast");
		this.page.waitForLoadState(LoadState.LOAD);
		return this.page.textContent("#receipt-value").trim();
	}

	/**
	 * A candidate's box in a question of the ballot, found by the question's title: a
	 * question with no box for the voter's unit is left out of its ballot.
	 */
	private Locator ballotCandidate(String question, String name) {
		return this.page.locator(".ballot-question:has-text('" + question + "')")
			.locator("li.ballot-candidate:has(legend:text-is('" + name + "'))");
	}

	private Locator question(int index) {
		return this.page.locator("section.voting-question").nth(index);
	}

	private String unit(String code) {
		return this.jdbc.sql("select name from unit where code = :c")
			.param("c", "LS-" + code)
			.query(String.class)
			.single();
	}

	private long candidateId(long session, String award, String code) {
		return this.jdbc.sql("""
				select c.id from voting_candidate c join voting_question q on q.id = c.question_id
				join unit u on u.id = c.unit_id
				where q.session_id = :s and q.award = :a and u.code = :u
				""").param("s", session).param("a", award).param("u", "LS-" + code).query(Long.class).single();
	}

	private int participations(long session) {
		return this.jdbc.sql("select count(*) from voting_participation where session_id = :s")
			.param("s", session)
			.query(Integer.class)
			.single();
	}

	private static String docxText(byte[] docx) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
				}
			}
		}
		return "";
	}

}
