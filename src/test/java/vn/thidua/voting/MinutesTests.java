package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.thidua.voting.VotingTestData.as;
import static vn.thidua.voting.VotingTestData.commander;
import static vn.thidua.voting.VotingTestData.officer;
import static vn.thidua.voting.VotingTestData.run;
import static vn.thidua.voting.VotingTestData.staff;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.shared.document.PdfChecks;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;
import vn.thidua.voting.VotingTestData.Cluster;

/**
 * The minutes of a hand-made session: what they state (counts, shares, absent members,
 * quorum, proposals, the box's seal), the PDF and DOCX in the Decree 30 layout, the two
 * signatures over the hash of the canonical text, and the freeze once both signed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MinutesTests {

	@Autowired
	VotingService voting;

	@Autowired
	MinutesService minutes;

	@Autowired
	BallotBox box;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/** The session of {@link #talliedSession} and its three candidates. */
	record Session(Cluster cluster, long id, long u1, long u2, long u3) {

	}

	/**
	 * Five member units (unit 0 is the head), one question "Đơn vị quyết thắng" with 2
	 * places at 50%, candidates units 1, 2 and 3. Units 0 to 3 vote, unit 4 does not:
	 * <pre>
	 * voter  u1  u2  u3
	 * 0      A   A   D
	 * 1      A   A   -
	 * 2      A   A   D
	 * 3      D   A   A
	 * </pre>
	 */
	private Session talliedSession() {
		Cluster c = VotingTestData.cluster(this.jdbc, 5);
		long s = as(staff(c), () -> {
			long id = this.voting.create(c.id(), VotingTestData.YEAR, null, "Bình xét năm 2031", ElectorateKind.UNITS)
				.getId();
			this.voting.changeRules(id, "Bình xét năm 2031", true, 2, 3);
			return id;
		});
		long q = as(staff(c),
				() -> this.voting
					.addQuestion(s, Award.DVQT, "Bình xét Đơn vị quyết thắng", 2, new java.math.BigDecimal("50"))
					.getId());
		long[] u = new long[4];
		for (int i = 1; i <= 3; i++) {
			int unit = i;
			u[i] = as(staff(c), () -> this.voting.addCandidate(s, q, c.unit(unit), null, null, "Đăng ký").getId());
		}
		run(staff(c), () -> this.voting.open(s, VotingTestData.inAnHour()));
		Choice a = Choice.APPROVE;
		Choice d = Choice.DISAPPROVE;
		Choice x = Choice.ABSTAIN;
		Choice[][] ballots = { { a, a, d }, { a, a, x }, { a, a, d }, { d, a, a } };
		for (int voter = 0; voter < ballots.length; voter++) {
			Map<Long, Choice> choices = new HashMap<>();
			for (int k = 0; k < 3; k++) {
				choices.put(u[k + 1], ballots[voter][k]);
			}
			as(commander(c, voter), () -> this.box.cast(s, choices));
		}
		run(staff(c), () -> this.voting.close(s));
		run(staff(c), () -> this.box.tally(s));
		VotingTestData.headUnitAccounts(this.jdbc, c);
		return new Session(c, s, u[1], u[2], u[3]);
	}

	private void complete(Session t, String notes) {
		run(staff(t.cluster()), () -> this.minutes.change(t.id(), new MinutesForm("Hội trường Công an tỉnh Lâm Sơn",
				"Thượng tá Nguyễn Văn Chủ", officer(t.cluster(), 0).getUsername(), notes)));
	}

	private String hash(Session t) {
		return as(staff(t.cluster()), () -> this.minutes.minutes(t.id()).hash());
	}

	private String unitName(long unit) {
		return this.jdbc.sql("select name from unit where id = :id").param("id", unit).query(String.class).single();
	}

	private byte[] download(CurrentUser who, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsByteArray();
	}

	// ----------------------------------------------------------------- content

	@Test
	void theMinutesStateCountsSharesAbsentMembersQuorumAndProposals() {
		Session t = talliedSession();
		complete(t, "Công an xã vắng mặt không gửi ý kiến bằng văn bản.");
		Minutes m = as(staff(t.cluster()), () -> this.minutes.minutes(t.id()));
		assertThat(m.turnout().electorate()).isEqualTo(5);
		assertThat(m.turnout().voted()).isEqualTo(4);
		assertThat(m.absent()).extracting(Turnout.ElectorStatus::unitId).containsExactly(t.cluster().unit(4));
		// 4 of 5 voted: 4 × 3 = 12 ≥ 5 × 2 = 10, the 2/3 quorum is reached
		assertThat(m.session().getQuorumReached()).isTrue();
		assertThat(m.session().getBallotCount()).isEqualTo(4);
		Map<Long, VotingCandidate> byId = new HashMap<>();
		m.questions().get(0).getCandidates().forEach(c -> byId.put(c.getId(), c));
		// shares are printed Vietnamese style, without trailing zeros (3/5 → "60%", as
		// 11/13 → "84,62%")
		// u1: A by voters 0, 1, 2 and D by 3 → 3/1/0, 3/5 = 60% ≥ 50%: passed
		VotingCandidate u1 = byId.get(t.u1());
		assertThat(List.of(u1.getApprovals(), u1.getDisapprovals(), u1.getAbstentions())).containsExactly(3, 1, 0);
		assertThat(m.share(u1)).isEqualTo("60%");
		assertThat(u1.getResult()).isEqualTo(CandidateResult.PASSED);
		// u2: A by all four → 4/0/0, 4/5 = 80%: passed
		VotingCandidate u2 = byId.get(t.u2());
		assertThat(List.of(u2.getApprovals(), u2.getDisapprovals(), u2.getAbstentions())).containsExactly(4, 0, 0);
		assertThat(m.share(u2)).isEqualTo("80%");
		// u3: A by voter 3, D by 0 and 2, abstained by 1 → 1/2/1, 1/5 = 20% < 50%
		VotingCandidate u3 = byId.get(t.u3());
		assertThat(List.of(u3.getApprovals(), u3.getDisapprovals(), u3.getAbstentions())).containsExactly(1, 2, 1);
		assertThat(m.share(u3)).isEqualTo("20%");
		assertThat(u3.getResult()).isEqualTo(CandidateResult.FAILED);
		assertThat(m.proposals()).extracting(Proposal::candidateId).containsExactly(t.u1(), t.u2());
		assertThat(m.canonicalText()).startsWith("format: thidua-minutes/1\n")
			.contains("place: Hội trường Công an tỉnh Lâm Sơn\n", "chair: Thượng tá Nguyễn Văn Chủ\n",
					"electorate: 5\n", "voters: 4 | quorum reached=true\n",
					t.u1() + " | " + unitName(t.cluster().unit(1)) + " | approve=3 disapprove=1 abstain=0 | PASSED",
					"approve=1 disapprove=2 abstain=1 | FAILED",
					"box: ballots 4 | final hash " + m.session().getFinalHash(),
					"notes: Công an xã vắng mặt không gửi ý kiến bằng văn bản.\n");
		assertThat(m.hash()).hasSize(64).isEqualTo(Minutes.sha256(m.canonicalText()));
		// the same facts give the same text
		assertThat(hash(t)).isEqualTo(m.hash());
	}

	@Test
	void thePdfIsA4WithEmbeddedFontsAndTheKeyLines() throws Exception {
		Session t = talliedSession();
		complete(t, "Ý kiến khác: không có.");
		VotingTestData.signMinutes(this.minutes, this.jdbc, t.cluster(), t.id());
		byte[] pdf = download(staff(t.cluster()), "/voting/" + t.id() + "/minutes.pdf");
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		PdfChecks.assertA4WithinMargins(pdf);
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.assertTagged(pdf, "vi");
		PdfChecks.save(pdf, "voting-minutes");
		String text = PdfChecks.pdftotext(pdf).replaceAll("\\s+", " ");
		String hash = hash(t);
		assertThat(text)
			.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"BIÊN BẢN HỌP BÌNH XÉT THI ĐUA", "Địa điểm: Hội trường Công an tỉnh.", "Chủ tọa: Đại tá Chủ Tọa",
					"60%", "80%", "20%",
					"Vắng mặt, không bỏ phiếu trên hệ thống: 1 thành viên (" + unitName(t.cluster().unit(4)) + ")",
					"4/5 thành viên bỏ phiếu (80%): đủ túc số", hash.substring(0, 12), "THƯ KÝ", "CHỦ TỌA")
			.doesNotContain("BẢN CHƯA KÝ");
	}

	@Test
	void theDocxIsAnEditableA4DocumentInTheDecreeLayout() throws Exception {
		Session t = talliedSession();
		complete(t, null);
		byte[] docx = download(staff(t.cluster()), "/voting/" + t.id() + "/minutes.docx");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
			CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
			// A4 in twentieths of a point: 210 mm × 1440 / 25,4 = 11906; 297 mm → 16838
			assertThat(List.of(size.getW(), size.getH())).containsExactly(BigInteger.valueOf(11906),
					BigInteger.valueOf(16838));
			// 20 mm → 1134, 30 mm → 1701, 15 mm → 850
			assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
				.containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701),
						BigInteger.valueOf(850));
			List<XWPFRun> runs = new java.util.ArrayList<>();
			doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
			for (XWPFTable table : doc.getTables()) {
				table.getRows()
					.forEach(r -> r.getTableCells()
						.forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
			}
			assertThat(runs).filteredOn(r -> !r.text().isBlank()).allSatisfy(r -> {
				assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
				assertThat(r.getFontSizeAsDouble()).isBetween(12.0, 14.0);
			});
			XWPFRun nation = runs.stream()
				.filter(r -> r.text().equals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
				.findFirst()
				.orElseThrow();
			assertThat(nation.isBold()).isTrue();
			XWPFRun motto = runs.stream()
				.filter(r -> r.text().equals("Độc lập - Tự do - Hạnh phúc"))
				.findFirst()
				.orElseThrow();
			assertThat(motto.isBold()).isTrue();
			assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
			String text;
			try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
				text = extractor.getText();
			}
			assertThat(text).contains("BIÊN BẢN HỌP BÌNH XÉT THI ĐUA", "Địa điểm: Hội trường Công an tỉnh Lâm Sơn.",
					"Chủ tọa: Thượng tá Nguyễn Văn Chủ", "60%", "80%", "20%", hash(t), "BẢN CHƯA KÝ",
					unitName(t.cluster().unit(4)));
			assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
				.contains("Thư ký: " + officer(t.cluster(), 0).fullName() + " " + officer(t.cluster(), 0).getUsername()
						+ ".");
		}
	}

	@Test
	void thePrintViewSpeaksTheUsersLanguage() throws Exception {
		Session t = talliedSession();
		complete(t, null);
		String english = this.mvc
			.perform(get("/voting/" + t.id() + "/minutes").cookie(new jakarta.servlet.http.Cookie("thidua-lang", "en"))
				.with(user(staff(t.cluster()))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("MINUTES OF THE EMULATION REVIEW MEETING",
				"Place: Hội trường Công an tỉnh Lâm Sơn.", "60%", "Download DOCX");
		// the session page writes each share in the reader's language (3 and 4 of 5)
		String page = this.mvc
			.perform(get("/voting/" + t.id()).cookie(new jakarta.servlet.http.Cookie("thidua-lang", "en"))
				.with(user(staff(t.cluster()))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern(">\\s*60%\\s*</td>").containsPattern(">\\s*80%\\s*</td>");
	}

	// ----------------------------------------------------------------- signing

	@Test
	void aSignatureIsRefusedWhenTheTextChangedSinceItWasShown() throws Exception {
		Session t = talliedSession();
		complete(t, "Bản đầu");
		String shown = hash(t);
		complete(t, "Bản đã sửa");
		assertThat(hash(t)).isNotEqualTo(shown);
		assertThatThrownBy(() -> run(commander(t.cluster(), 0), () -> this.minutes.sign(t.id(), shown)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("voting.minutes.error.changed");
		MvcResult refused = this.mvc
			.perform(post("/voting/" + t.id() + "/minutes/sign").param("hash", shown)
				.with(csrf())
				.with(user(commander(t.cluster(), 0))))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/voting/" + t.id() + "/minutes/sign");
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("voting.minutes.error.changed");
		assertThat(as(staff(t.cluster()), () -> this.voting.get(t.id())).chairSigned()).isFalse();
		// the page shows the current hash, and signing it works
		String page = this.mvc.perform(get("/voting/" + t.id() + "/minutes/sign").with(user(commander(t.cluster(), 0))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(hash(t)).doesNotContain(shown);
		this.mvc.perform(post("/voting/" + t.id() + "/minutes/sign").param("hash", hash(t))
			.with(csrf())
			.with(user(commander(t.cluster(), 0))));
		VotingSession signed = as(staff(t.cluster()), () -> this.voting.get(t.id()));
		assertThat(signed.getChairSignedBy()).isEqualTo(commander(t.cluster(), 0).getUsername());
		assertThat(signed.getChairSignedHash()).isEqualTo(hash(t));
		assertThat(signed.getState()).isEqualTo(SessionState.TALLIED);
	}

	@Test
	void theChairAndTheSecretarySignAndTheMinutesAreThenFrozen() throws Exception {
		Session t = talliedSession();
		Cluster c = t.cluster();
		// nobody signs before the place, chair and secretary are written
		assertThatThrownBy(() -> run(commander(c, 0), () -> this.minutes.sign(t.id(), hash(t))))
			.hasMessage("voting.minutes.error.incomplete");
		complete(t, "Ghi chú");
		// staff prepares the session but signs nothing; an officer who is not the
		// secretary neither
		assertThatThrownBy(() -> run(staff(c), () -> this.minutes.sign(t.id(), hash(t))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> run(officer(c, 1), () -> this.minutes.sign(t.id(), hash(t))))
			.isInstanceOf(AccessDeniedException.class);
		// the chair can never be the secretary: only officers and staff are offered
		assertThatThrownBy(() -> run(staff(c),
				() -> this.minutes.change(t.id(),
						new MinutesForm("Hội trường", "Chủ tọa", commander(c, 0).getUsername(), null))))
			.hasMessage("voting.minutes.error.secretary");

		run(officer(c, 0), () -> this.minutes.sign(t.id(), hash(t)));
		assertThatThrownBy(() -> run(officer(c, 0), () -> this.minutes.sign(t.id(), hash(t))))
			.hasMessage("voting.minutes.error.alreadySigned");
		// a change after a signature withdraws it: it was made over another text
		complete(t, "Ghi chú đã sửa");
		VotingSession withdrawn = as(staff(c), () -> this.voting.get(t.id()));
		assertThat(withdrawn.secretarySigned()).isFalse();
		assertThat(this.jdbc.sql(
				"select count(*) from audit_event where object_id = :s and action = 'VOTING_MINUTES_SIGNATURE_WITHDRAWN'")
			.param("s", t.id())
			.query(Integer.class)
			.single()).isEqualTo(1);

		run(officer(c, 0), () -> this.minutes.sign(t.id(), hash(t)));
		VotingSession both = as(commander(c, 0), () -> this.minutes.sign(t.id(), hash(t)));
		assertThat(both.getState()).isEqualTo(SessionState.MINUTES_SIGNED);
		assertThat(both.getMinutesHash()).isEqualTo(hash(t));
		assertThat(both.getChairSignedBy()).isEqualTo(commander(c, 0).getUsername());
		assertThat(both.getSecretarySignedBy()).isEqualTo(officer(c, 0).getUsername());
		assertThat(this.jdbc.sql(
				"select action from audit_event where object_id = :s and action like 'VOTING_MINUTES_SIGNED%' order by id")
			.param("s", t.id())
			.query(String.class)
			.list()).containsExactly("VOTING_MINUTES_SIGNED_SECRETARY", "VOTING_MINUTES_SIGNED_SECRETARY",
					"VOTING_MINUTES_SIGNED_CHAIR", "VOTING_MINUTES_SIGNED");

		// frozen: the service refuses, the form answers 409 with the message
		assertThatThrownBy(() -> complete(t, "Sửa sau khi ký")).hasMessage("voting.minutes.error.frozen");
		MvcResult refused = this.mvc
			.perform(post("/voting/" + t.id() + "/minutes").param("place", "Nơi khác")
				.param("notes", "Sửa sau khi ký")
				.with(csrf())
				.with(user(staff(c))))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString())
			.contains("Biên bản đã được chủ tọa và thư ký ký nên không thể sửa nữa.");
		assertThat(as(staff(c), () -> this.voting.get(t.id())).getMinutesNotes()).isEqualTo("Ghi chú đã sửa");
		String page = this.mvc.perform(get("/voting/" + t.id()).with(user(staff(c))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"minutes-print\"", "id=\"minutes-docx\"", hash(t))
			.doesNotContain("id=\"minutes-edit\"", "id=\"minutes-sign\"");
	}

	// ----------------------------------------------------------------- access

	@Test
	void aUnitOutsideTheClusterGetsNotFoundForTheMinutes() throws Exception {
		Session t = talliedSession();
		Cluster other = VotingTestData.cluster(this.jdbc, 2);
		assertThatThrownBy(() -> as(commander(other, 0), () -> this.minutes.minutes(t.id())))
			.isInstanceOf(NotFoundException.class);
		for (String path : List.of("/minutes", "/minutes.pdf", "/minutes.docx", "/minutes/edit", "/minutes/sign")) {
			assertThat(this.mvc.perform(get("/voting/" + t.id() + path).with(user(commander(other, 0))))
				.andReturn()
				.getResponse()
				.getStatus()).as(path).isEqualTo(404);
		}
		// a member unit sees and prints them
		assertThat(this.mvc.perform(get("/voting/" + t.id() + "/minutes").with(user(commander(t.cluster(), 3))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

}
