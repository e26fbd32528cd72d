package vn.thidua.result;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.shared.document.PdfChecks;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The monthly bulletin of results and a unit's trend, on a throw-away 2026 campaign of
 * "Khối An ninh" and "Khối Cảnh sát" with approved reports from January to March (the
 * first member of each cluster still drafting March): the PDF in the Decree 30 layout,
 * the print view, the scoping of both, and the trend's figures against the ranking's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinTests {

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	RankingService rankings;

	@Autowired
	TrendService trends;

	long campaign;

	long security;

	long police;

	@BeforeAll
	void campaignOfTwoClustersWithThreeMonths() {
		this.security = cluster("Khối An ninh");
		this.police = cluster("Khối Cảnh sát");
		this.campaign = RankingTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users, this.security,
				"Đợt thử thông báo " + UUID.randomUUID().toString().substring(0, 8));
		this.jdbc.sql("insert into campaign_cluster (campaign_id, cluster_id) values (:c, :k)")
			.param("c", this.campaign)
			.param("k", this.police)
			.update();
		RankingTestData.approvedMonths(this.jdbc, this.campaign, this.security, 3);
		RankingTestData.approvedMonths(this.jdbc, this.campaign, this.police, 3);
	}

	@Test
	void theBulletinPdfIsA4WithEmbeddedFontsAndReadableVietnamese() throws Exception {
		MockHttpServletResponse response = perform("staff",
				"/results/bulletin.pdf?campaign=" + this.campaign + "&month=2026-03");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.contains("filename*=UTF-8''thong-bao-ket-qua-thi-dua-2026-03.pdf");
		byte[] pdf = response.getContentAsByteArray();
		PdfChecks.assertA4WithinMargins(pdf);
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.assertTagged(pdf, "vi");
		PdfChecks.save(pdf, "bulletin-print");
		String text = PdfChecks.pdftotext(pdf);
		assertThat(text)
			.contains("BỘ CÔNG AN", "CÔNG AN TỈNH LÂM SƠN", "/TB-LS", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÔNG BÁO",
					"Kết quả thi đua tháng 03/2026", "Đợt thử thông báo", "Tổng hợp chung", "Khối An ninh",
					"Khối Cảnh sát", "Phòng An ninh đối ngoại", "Phòng Cảnh sát hình sự", "Dẫn đầu:",
					"Cách tính điểm và xếp hạng", "TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ", "Nơi nhận")
			.containsPattern("Lâm Sơn, ngày \\d\\d tháng \\d\\d? năm 2026");
	}

	@Test
	void theBulletinOfOneClusterHoldsThatClusterOnly() throws Exception {
		MockHttpServletResponse response = perform("head.officer",
				"/results/bulletin.pdf?campaign=" + this.campaign + "&cluster=" + this.security + "&month=2026-03");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition"))
			.contains("filename*=UTF-8''thong-bao-ket-qua-thi-dua-khoi-an-ninh-2026-03.pdf");
		byte[] pdf = response.getContentAsByteArray();
		PdfChecks.assertA4WithinMargins(pdf);
		PdfChecks.save(pdf, "bulletin-cluster-print");
		assertThat(PdfChecks.pdftotext(pdf)).contains("Khối An ninh", "Phòng An ninh đối ngoại")
			.doesNotContain("Khối Cảnh sát", "Phòng Cảnh sát hình sự");
	}

	@Test
	void thePrintViewShowsTheRankingWithItsToolbar() throws Exception {
		MockHttpServletResponse response = perform("staff",
				"/results/bulletin?campaign=" + this.campaign + "&month=2026-03");
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html)
			.contains("id=\"document-print\"", "id=\"document-pdf\"",
					"/results/bulletin.pdf?campaign=" + this.campaign + "&amp;month=2026-03", "Khối An ninh",
					"Khối Cảnh sát", "Kết quả thi đua tháng 03/2026")
			.doesNotContain("style=");
		List<RankingRow> ranking = as("staff", () -> this.rankings.ranking(this.campaign, this.security, MARCH));
		assertThat(html).contains(ranking.get(0).unitName());
	}

	@Test
	void anotherClusterSeesItsOwnClusterOnlyAndNotKhoiAnNinh() throws Exception {
		String html = perform("other.officer", "/results/bulletin?campaign=" + this.campaign + "&month=2026-03")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Khối Cảnh sát", "Phòng Cảnh sát hình sự")
			.doesNotContain("Khối An ninh", "Phòng An ninh đối ngoại");
		for (String path : List.of("/results/bulletin", "/results/bulletin.pdf")) {
			assertThat(perform("other.officer",
					path + "?campaign=" + this.campaign + "&cluster=" + this.security + "&month=2026-03")
				.getStatus()).as(path).isEqualTo(404);
		}
		long unit = ResultTestData.unit(this.jdbc, "LS-PA04");
		assertThat(
				perform("other.officer", "/results/rankings/units/" + unit + "?campaign=" + this.campaign).getStatus())
			.isEqualTo(404);
		assertThat(
				perform("member.officer", "/results/rankings/units/" + unit + "?campaign=" + this.campaign).getStatus())
			.isEqualTo(200);
		assertThatThrownBy(() -> as("other.officer", () -> this.trends.trend(this.campaign, unit, MARCH)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theTrendEqualsTheRankingsMonthScoresAndYearToDate() {
		List<RankingRow> march = as("staff", () -> this.rankings.ranking(this.campaign, this.security, MARCH));
		for (RankingRow unit : march) {
			UnitTrend trend = as("member.officer", () -> this.trends.trend(this.campaign, unit.unitId(), MARCH));
			assertThat(trend.unitName()).isEqualTo(unit.unitName());
			assertThat(trend.clusterId()).isEqualTo(this.security);
			assertThat(trend.points()).extracting(TrendPoint::month)
				.containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), MARCH);
			for (TrendPoint point : trend.points()) {
				RankingRow ranked = as("staff",
						() -> this.rankings.ranking(this.campaign, this.security, point.month()))
					.stream()
					.filter(r -> r.unitId() == unit.unitId())
					.findFirst()
					.orElseThrow();
				assertThat(point.ytd()).as(point.label()).isEqualByComparingTo(ranked.ytd());
				if (ranked.monthScore() == null) {
					assertThat(point.monthScore()).as(point.label()).isNull();
				}
				else {
					assertThat(point.monthScore()).as(point.label()).isEqualByComparingTo(ranked.monthScore());
				}
			}
		}
		Map<Boolean, Long> drafts = march.stream()
			.collect(Collectors.partitioningBy(r -> r.monthScore() == null, Collectors.counting()));
		assertThat(drafts.get(true)).as("the first member still drafts March").isEqualTo(1);
	}

	private long cluster(String name) {
		return this.jdbc.sql("select id from emulation_cluster where name = :n and year = 2026")
			.param("n", name)
			.query(Long.class)
			.single();
	}

	private MockHttpServletResponse perform(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(TestUsers.as(this.users, user))).andReturn().getResponse();
	}

	private <T> T as(String user, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

}
