package vn.thidua.award.dossier;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.award.Pa04TitleList;
import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.decision.AwardDecision;
import vn.thidua.award.decision.AwardDecisionService;
import vn.thidua.award.dossier.DossierService.DecisionAnswer;
import vn.thidua.award.title.YearlyTitleList;
import vn.thidua.award.title.YearlyTitleService;
import vn.thidua.shared.document.PdfChecks;
import vn.thidua.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A dossier made from the 2026 yearly title list of LS-PA04 (demo: a CSTĐ cấp Bộ, a
 * CSTĐCS, a CSTT, a deferred officer, the unit ĐVQT), printed, decided and recorded.
 * Amounts worked by hand with the base salary of 2.340.000 đ (Decree 152/2025, rounded up
 * to the next 10.000 đ): CSTT 0,3 × 2.340.000 = 702.000 → 710.000; CSTĐCS 1,0 →
 * 2.340.000; ĐVQT 1,5 → 3.510.000; CSTĐ cấp Bộ 3,0 → 7.020.000. The Director's dossier
 * holds ĐVQT, CSTĐCS and CSTT: 3.510.000 + 2.340.000 + 710.000 = 6.560.000 đ (plus
 * 710.000 for each officer another test added to the unit, classified here as "good").
 * The list goes back to a draft afterwards, as the demo has it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierFromTitlesTests {

	private static final int YEAR = 2026;

	@Autowired
	DossierService dossiers;

	@Autowired
	YearlyTitleService titles;

	@Autowired
	AwardDecisionService decisions;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Pa04TitleList demo;

	private long pa04;

	private int extraOfficers;

	@BeforeEach
	void submitTheDemoList() {
		this.demo = new Pa04TitleList(this.jdbc).asTheDemoHasIt();
		this.pa04 = this.demo.unitId();
		this.extraOfficers = this.demo.addedOfficers();
		as("member.commander", () -> this.titles.submit(this.pa04, YEAR));
	}

	@AfterEach
	void backToTheDemo() {
		this.demo.restore();
	}

	@Test
	void theDirectorsDossierProposesTheTitlesItDecidesWithTheirRulesAndCash() throws Exception {
		YearlyTitleList list = as("staff", () -> this.titles.list(this.pa04, YEAR));
		Dossier dossier = as("staff", () -> this.dossiers.fromTitles(this.pa04, YEAR, Authority.DIRECTOR));
		assertThat(dossier.getSource()).isEqualTo(DossierSource.TITLE_LIST);
		// the history of the list says who submitted it
		assertThat(this.jdbc.sql("""
				select actor from audit_event where object_type = 'AWARD_TITLE_LIST' and object_id = :list
				  and action = 'AWARD_TITLE_LIST_SUBMITTED' order by id desc limit 1""")
			.param("list", dossier.getSourceId())
			.query(String.class)
			.single()).isEqualTo("member.commander");

		DossierService.DossierView view = as("staff", () -> this.dossiers.view(dossier.getId()));
		Map<String, Long> byCode = view.lines()
			.stream()
			.collect(Collectors.groupingBy(l -> view.items().get(l.getItemId()).getCode(), Collectors.counting()));
		// the CSTĐ cấp Bộ is the Minister's, the deferred officer is left out
		assertThat(byCode).containsEntry("DVQT", 1L)
			.containsEntry("CSTDCS", 1L)
			.containsEntry("CSTT", 1L + this.extraOfficers)
			.doesNotContainKey("CSTD_BO");
		assertThat(view.lines()).hasSize(3 + this.extraOfficers);
		// the collective comes first, and each line carries the rule that gave its title
		assertThat(view.lines().get(0).isCollective()).isTrue();
		int headcount = 4 + this.extraOfficers;
		assertThat(view.lines().get(0).getAchievement())
			.startsWith("ĐVQT: hoàn thành xuất sắc; " + headcount + "/" + headcount + " hoàn thành nhiệm vụ = 100,00%");
		long deferred = list.rows().stream().filter(r -> r.proposal().deferred()).findFirst().orElseThrow().officerId();
		assertThat(view.lines()).noneMatch(l -> Long.valueOf(deferred).equals(l.getOfficerId()));
		long cstdcs = this.demo.initiativeOfficer();
		assertThat(view.lines()).filteredOn(l -> Long.valueOf(cstdcs).equals(l.getOfficerId()))
			.singleElement()
			.satisfies(l -> assertThat(l.getAchievement()).startsWith("CSTĐCS: CSTT 2026 + ").contains("12/QĐ-PA04"));

		// a second dossier to the same authority from the same list is refused
		assertThatThrownBy(() -> as("staff", () -> this.dossiers.fromTitles(this.pa04, YEAR, Authority.DIRECTOR)))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.dossier.error.alreadyMade");
		// the Minister's: the CSTĐ cấp Bộ alone
		Dossier minister = as("staff", () -> this.dossiers.fromTitles(this.pa04, YEAR, Authority.MINISTER));
		assertThat(as("staff", () -> this.dossiers.view(minister.getId())).lines()).singleElement()
			.satisfies(l -> assertThat(l.getAchievement()).startsWith("CSTĐ cấp Bộ: CSTĐCS các năm"));
		// nothing for the President in this list
		assertThatThrownBy(() -> as("staff", () -> this.dossiers.fromTitles(this.pa04, YEAR, Authority.PRESIDENT)))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.dossier.error.nothingForAuthority");

		long total = 6_560_000L + 710_000L * this.extraOfficers;
		String totalText = String.format(java.util.Locale.GERMANY, "%,d", total);

		// the print view, the PDF and the DOCX say the same
		String page = this.mvc.perform(get("/awards/dossiers/" + dossier.getId() + "/print").with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("TỜ TRÌNH", "Kính gửi: Giám đốc Công an tỉnh Lâm Sơn", totalText,
				"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "BÁO CÁO TÓM TẮT THÀNH TÍCH", "3.510.000", "2.340.000", "710.000");
		byte[] pdf = this.mvc.perform(get("/awards/dossiers/" + dossier.getId() + "/dossier.pdf").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfChecks.assertA4WithinMargins(pdf);
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.assertTagged(pdf, "vi");
		PdfChecks.save(pdf, "award-dossier");
		String text = PdfChecks.pdftotext(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỜ TRÌNH",
				"Kính gửi: Giám đốc Công an tỉnh Lâm Sơn", "Tổng cộng", totalText, "Chiến sĩ thi đua cơ sở",
				"Đơn vị quyết thắng", "12/QĐ-PA04");
		byte[] docx = this.mvc.perform(get("/awards/dossiers/" + dossier.getId() + "/dossier.docx").with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains("TỜ TRÌNH", "Kính gửi: Giám đốc Công an tỉnh Lâm Sơn", totalText,
					"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "BÁO CÁO TÓM TẮT THÀNH TÍCH");
		}
		// a unit's commander reads no dossier
		this.mvc
			.perform(get("/awards/dossiers/" + dossier.getId() + "/dossier.pdf")
				.with(TestUsers.as(this.users, "member.commander")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDecisionEnteredFromTheDossierBecomesTheRecordsAndDecidesTheDossier() throws Exception {
		Dossier dossier = as("staff", () -> this.dossiers.fromTitles(this.pa04, YEAR, Authority.DIRECTOR));
		// only a submitted dossier takes a decision
		assertThatThrownBy(() -> as("staff",
				() -> this.dossiers.enterDecision(dossier.getId(), new DecisionAnswer("9101/QĐ-CAT",
						LocalDate.of(2026, 12, 5), "Đại tá A", dossier.getVersion()))))
			.isInstanceOf(BusinessRuleException.class);
		Dossier submitted = as("staff", () -> this.dossiers.submit(dossier.getId(), dossier.getVersion()));
		long decisionsBefore = count("award_decision");
		long recordsBefore = count("award_record");

		// the number of the demo's one-off decision of 2026: refused on its field,
		// nothing saved
		String refused = this.mvc
			.perform(post("/awards/dossiers/" + dossier.getId() + "/decision").with(staff())
				.with(csrf())
				.param("number", "2415/QĐ-CAT")
				.param("decidedOn", "05/12/2026")
				.param("signer", "Đại tá Nguyễn Văn Giám")
				.param("version", String.valueOf(submitted.getVersion())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// what was typed is kept (Thymeleaf writes "á" as an entity)
		assertThat(refused).contains("id=\"dossier-decision-form\"", "value=\"2415/QĐ-CAT\"", "Nguyễn Văn Gi",
				"is-invalid", "Số quyết định 2415/QĐ-CAT của cấp này năm 2026 đã có.");
		assertThat(count("award_decision")).isEqualTo(decisionsBefore);
		assertThat(count("award_record")).isEqualTo(recordsBefore);

		this.mvc
			.perform(post("/awards/dossiers/" + dossier.getId() + "/decision").with(staff())
				.with(csrf())
				.param("number", "9101/QĐ-CAT")
				.param("decidedOn", "05/12/2026")
				.param("signer", "Đại tá Nguyễn Văn Giám")
				.param("version", String.valueOf(submitted.getVersion())))
			.andExpect(status().is3xxRedirection());
		AwardDecision decision = as("staff", () -> this.decisions.answerTo(dossier.getId())).orElseThrow();
		AwardDecisionService.DecisionView decided = as("staff", () -> this.decisions.view(decision.getId()));
		assertThat(decided.lines()).hasSize(3 + this.extraOfficers);
		assertThat(decided.total()).isEqualTo(6_560_000L + 710_000L * this.extraOfficers);
		assertThat(decision.getAuthority()).isEqualTo(Authority.DIRECTOR);
		// a second decision for the same dossier is refused
		assertThatThrownBy(() -> as("staff",
				() -> this.dossiers.enterDecision(dossier.getId(),
						new DecisionAnswer("9102/QĐ-CAT", LocalDate.of(2026, 12, 5), "Đại tá A",
								submitted.getVersion()))))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.decision.error.dossierAnswered");

		// recorded: the dossier is decided and the officer's record shows the award
		assertThat(as("staff", () -> this.dossiers.view(dossier.getId())).dossier().getState())
			.isEqualTo(DossierState.SUBMITTED);
		as("staff", () -> this.decisions.record(decision.getId(), decision.getVersion()));
		assertThat(as("staff", () -> this.dossiers.view(dossier.getId())).dossier().getState())
			.isEqualTo(DossierState.DECIDED);
		long cstdcs = this.demo.initiativeOfficer();
		String record = this.mvc
			.perform(get("/awards/records/officers/" + cstdcs).with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(record).contains("9101/QĐ-CAT", "Chiến sĩ thi đua cơ sở", "2.340.000");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
		return TestUsers.as(this.users, "staff");
	}

	private <T> T as(String username, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, username, action);
	}

	private void as(String username, Runnable action) {
		TestUsers.runAs(this.users, username, action);
	}

}
