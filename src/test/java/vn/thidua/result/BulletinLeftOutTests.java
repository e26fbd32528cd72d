package vn.thidua.result;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

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
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.shared.document.PdfChecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The bulletin leaves out the units and clusters that have not reported yet, and they do
 * not pull its averages down; and the ranking, the overview and the bulletin open on the
 * main running campaign and its default month (ADR 0015).
 * <p>
 * A throw-away 2026 campaign of "Khối An ninh" and "Khối Cảnh sát" at March 2026 (every
 * deadline long passed, so every month counts): of the security cluster's first four
 * members, A approved 80, 90, 100 (year to date 270 / 3 = 90), B 70, 70, 70 (70), C only
 * January at 60 (February and March missing count 0: 60 / 3 = 20), D only a draft of
 * March; the other members and the whole police cluster have no report.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinLeftOutTests {

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
	BulletinService bulletins;

	@Autowired
	DefaultPeriodService defaults;

	long campaign;

	long security;

	long police;

	List<Long> members;

	int securityMembers;

	int policeMembers;

	@BeforeAll
	void campaignWhereOnlyThreeUnitsReported() {
		this.security = cluster("Khối An ninh");
		this.police = cluster("Khối Cảnh sát");
		this.campaign = RankingTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users, this.security,
				"Đợt thử đơn vị chưa báo cáo " + UUID.randomUUID().toString().substring(0, 8));
		this.jdbc.sql("insert into campaign_cluster (campaign_id, cluster_id) values (:c, :k)")
			.param("c", this.campaign)
			.param("k", this.police)
			.update();
		this.members = membersOf(this.security);
		this.securityMembers = this.members.size();
		this.policeMembers = membersOf(this.police).size();
		report(this.members.get(0), 1, "APPROVED", "80");
		report(this.members.get(0), 2, "APPROVED", "90");
		report(this.members.get(0), 3, "APPROVED", "100");
		for (int month = 1; month <= 3; month++) {
			report(this.members.get(1), month, "APPROVED", "70");
		}
		report(this.members.get(2), 1, "APPROVED", "60");
		report(this.members.get(3), 3, "DRAFT", null);
	}

	@Test
	void unitsWithoutReportsAreLeftOutAndDoNotPullTheAverageDown() {
		Bulletin bulletin = as("staff", () -> this.bulletins.bulletin(this.campaign, null, MARCH));
		// the police cluster has no report at all: no section of its own
		assertThat(bulletin.sections()).extracting(Bulletin.Section::clusterId).containsExactly(this.security);
		List<RankingRow> rows = bulletin.sections().get(0).rows();
		assertThat(rows).extracting(RankingRow::unitId)
			.containsExactly(this.members.get(0), this.members.get(1), this.members.get(2));
		assertThat(rows).extracting(RankingRow::ytd)
			.containsExactly(new BigDecimal("90.00"), new BigDecimal("70.00"), new BigDecimal("20.00"));
		assertThat(rows).extracting(RankingRow::rank).containsExactly(1, 2, 3);
		// the average of the three that reported: (90 + 70 + 20) / 3 = 60.00, for the
		// cluster and for the province; not (90 + 70 + 20 + 0 × 4) / 7 = 25.71
		assertThat(bulletin.overview()).hasSize(1);
		assertThat(bulletin.overview().get(0).units()).isEqualTo(3);
		assertThat(bulletin.overview().get(0).averageYtd()).isEqualByComparingTo("60.00");
		assertThat(bulletin.total().averageYtd()).isEqualByComparingTo("60.00");
		// left out: D and the other members of the security cluster, every police unit
		assertThat(bulletin.unitsLeftOut()).isEqualTo(this.securityMembers - 3 + this.policeMembers);
		assertThat(bulletin.clustersLeftOut()).isEqualTo(1);

		// the overview page still counts every unit: the units without reports count 0
		ClusterOverviewRow overview = as("staff", () -> this.rankings.overview(this.campaign, MARCH)).stream()
			.filter(o -> o.clusterId() == this.security)
			.findFirst()
			.orElseThrow();
		assertThat(overview.units()).isEqualTo(this.securityMembers);
		// 7 members: 180 / 7 = 25.714… → 25.71
		assertThat(this.securityMembers).isEqualTo(7);
		assertThat(overview.averageYtd()).isEqualByComparingTo("25.71");
	}

	@Test
	void theBulletinSaysWhatItLeavesOut() throws Exception {
		int leftOut = this.securityMembers - 3 + this.policeMembers;
		String html = perform("staff", "/results/bulletin?campaign=" + this.campaign + "&month=2026-03")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html)
			.contains("id=\"bulletin-left-out\"", "không tính vào điểm bình quân",
					"không đưa vào " + leftOut + " đơn vị chưa gửi báo cáo", "1 cụm, khối chưa có đơn vị nào")
			.doesNotContain("Khối Cảnh sát");
		MockHttpServletResponse response = perform("staff",
				"/results/bulletin.pdf?campaign=" + this.campaign + "&month=2026-03&lang=en");
		byte[] pdf = response.getContentAsByteArray();
		PdfChecks.assertA4WithinMargins(pdf);
		PdfChecks.save(pdf, "bulletin-left-out-en");
		assertThat(PdfChecks.pdftotext(pdf).replaceAll("\\s+", " ")).contains("do not count in the averages",
				"have not submitted a report yet: " + leftOut + ";");
		assertLastPageIsNotAlmostEmpty(pdf, "not scaled", "BY ORDER OF THE DIRECTOR");
	}

	@Test
	void thePagesOpenOnTheMainRunningCampaignAndItsDefaultMonth() throws Exception {
		long movement = this.jdbc
			.sql("select id from campaign_v where name = 'Phong trào thi đua “Vì an ninh Tổ quốc” năm 2026'")
			.query(Long.class)
			.single();
		Campaign main = as("staff", () -> this.rankings.campaign(movement));
		YearMonth month = this.defaults.defaultMonth(main);
		String value = month.toString();
		for (String path : List.of("/results/rankings", "/results/overview")) {
			for (String user : List.of("staff", "head.officer")) {
				String html = perform(user, path).getContentAsString(StandardCharsets.UTF_8);
				assertThat(html).as(user + " " + path)
					.containsPattern("<option value=\"" + movement + "\"\\s+selected")
					.containsPattern("<option value=\"" + value + "\"\\s+selected");
			}
		}
		// the request wins: the throw-away campaign at March
		assertThat(perform("staff", "/results/overview?campaign=" + this.campaign + "&month=2026-03")
			.getContentAsString(StandardCharsets.UTF_8))
			.containsPattern("<option value=\"" + this.campaign + "\"\\s+selected")
			.containsPattern("<option value=\"2026-03\"\\s+selected");
		// a month outside the campaign falls back to its default month
		assertThat(perform("staff", "/results/overview?campaign=" + movement + "&month=2024-05")
			.getContentAsString(StandardCharsets.UTF_8)).containsPattern("<option value=\"" + value + "\"\\s+selected");
		String bulletin = perform("staff", "/results/bulletin").getContentAsString(StandardCharsets.UTF_8);
		assertThat(bulletin).contains(main.getName(), String.format("%02d/%d", month.getMonthValue(), month.getYear()));
		byte[] pdf = perform("staff", "/results/bulletin.pdf").getContentAsByteArray();
		PdfChecks.assertA4WithinMargins(pdf);
		PdfChecks.save(pdf, "bulletin-default");
		assertThat(PdfChecks.pdftotext(pdf)).contains(main.getName());
		assertLastPageIsNotAlmostEmpty(pdf, "quy đổi", "TL. GIÁM ĐỐC");
	}

	/**
	 * The last page of the PDF holds the last paragraph of the rules with the signature
	 * block, not the signatures alone.
	 */
	private static void assertLastPageIsNotAlmostEmpty(byte[] pdf, String lastParagraph, String signature)
			throws Exception {
		String[] pages = PdfChecks.pdftotext(pdf).split("\f");
		String last = pages[pages.length - 1].isBlank() ? pages[pages.length - 2] : pages[pages.length - 1];
		assertThat(last.replaceAll("\\s+", " ")).as("the last page").contains(lastParagraph, signature);
	}

	private void report(long unit, int month, String state, String points) {
		this.jdbc.sql("""
				insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, state,
				                           self_points, reviewed_points, created_by, submitted_at, reviewed_at)
				values (:c, :u, :k, make_date(2026, :mo, 1), make_date(2026, :mo, 1) + interval '1 month 4 days',
				        :state, cast(:p as numeric), cast(:p as numeric), 'staff',
				        case when :state = 'DRAFT' then null else now() end,
				        case when :state = 'APPROVED' then now() end)
				""")
			.param("c", this.campaign)
			.param("u", unit)
			.param("k", this.security)
			.param("mo", month)
			.param("state", state)
			.param("p", points)
			.update();
	}

	private List<Long> membersOf(long cluster) {
		return this.jdbc.sql("select unit_id from cluster_member where cluster_id = :k order by unit_id")
			.param("k", cluster)
			.query(Long.class)
			.list();
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
