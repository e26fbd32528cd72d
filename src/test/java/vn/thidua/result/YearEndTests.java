package vn.thidua.result;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.pledge.CovenantService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Registrations beside results, through the pages, on a throw-away 2026 campaign of "Khối
 * An ninh" (a 100-point table) where every month of the year is approved with the same
 * points, so that the year score is those points whichever month is counted:
 *
 * <pre>
 * PA04  95 points → 95% → excellent, sole first; registered: Ministry flag, Đơn vị quyết
 *       thắng with all its headcount as Chiến sĩ tiên tiến and 1 Chiến sĩ thi đua cơ sở
 *       → every registration supported
 * PA01  91 points → 91% → excellent, second; registered: Ministry flag → not supported
 *       (not leading)
 * PA05  75 points → good; registered: Đơn vị quyết thắng with no Chiến sĩ tiên tiến →
 *       not supported (not excellent, too few, no Chiến sĩ thi đua cơ sở)
 * others 40 points → 40% → not completed; nothing registered
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearEndTests {

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
	CovenantService covenants;

	long campaign;

	long cluster;

	@BeforeAll
	void aYearOfEqualMonthsAndACovenant() {
		this.cluster = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		this.campaign = RankingTestData.campaign(this.campaigns, this.scoring, this.jdbc, this.users, this.cluster,
				"Đợt thử đăng ký " + UUID.randomUUID().toString().substring(0, 8));
		this.jdbc
			.sql("""
					insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, state,
					                           self_points, reviewed_points, created_by, submitted_at, reviewed_at)
					select :c, m.unit_id, :k, make_date(2026, mo, 1), make_date(2026, mo, 1) + interval '1 month 4 days',
					       'APPROVED', p, p, 'staff', now(), now()
					from cluster_member m join unit u on u.id = m.unit_id cross join generate_series(1, 12) mo
					cross join lateral (select case u.code when 'LS-PA04' then 95 when 'LS-PA01' then 91 when 'LS-PA05' then 75
					                                       else 40 end::numeric as p) s
					where m.cluster_id = :k
					""")
			.param("c", this.campaign)
			.param("k", this.cluster)
			.update();
		TestUsers.runAs(this.users, "staff", () -> this.covenants.prepare(this.campaign, this.cluster));
		register("LS-PA04", "ministry_flag = true, decisive_unit = true, advanced_soldiers = u.headcount, "
				+ "base_emulation_soldiers = 1");
		register("LS-PA01", "ministry_flag = true");
		register("LS-PA05", "decisive_unit = true, advanced_soldiers = 0, base_emulation_soldiers = 0");
	}

	private void register(String code, String set) {
		int updated = this.jdbc
			.sql("update covenant_party p set " + set + " from unit u, covenant c, covenant_version v "
					+ "where u.id = p.unit_id and u.code = :code and v.id = p.version_id and c.id = v.covenant_id "
					+ "and c.campaign_id = :c")
			.param("code", code)
			.param("c", this.campaign)
			.update();
		assertThat(updated).isEqualTo(1);
	}

	@Test
	void theClusterSeesEachRegistrationBesideWhatItsResultsSupport() throws Exception {
		Document page = page("head.officer",
				"/results/registrations?campaign=" + this.campaign + "&cluster=" + this.cluster);
		List<Element> rows = page.select("tr.registrations-row");
		assertThat(rows).hasSize(7);

		Element pa04 = row(page, "LS-PA04");
		assertThat(pa04.selectFirst(".registrations-rank").text()).isEqualTo("1");
		assertThat(pa04.selectFirst(".registrations-score").text()).isEqualTo("95 95%");
		assertThat(pa04.selectFirst(".registrations-rating").text()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
		assertThat(pa04.attr("data-all-met")).isEqualTo("true");
		assertThat(pa04.select(".registrations-check")).extracting(e -> e.attr("data-kind") + "=" + e.attr("data-met"))
			.containsExactly("MINISTRY_FLAG=true", "DECISIVE_UNIT=true", "ADVANCED_SOLDIERS=true",
					"BASE_EMULATION_SOLDIERS=true");
		assertThat(pa04.text()).contains("Cờ thi đua của Bộ Công an", "dẫn đầu cụm và hoàn thành xuất sắc nhiệm vụ",
				"Theo giao ước lần 1 (chưa có hiệu lực)");

		Element pa01 = row(page, "LS-PA01");
		assertThat(pa01.selectFirst(".registrations-rank").text()).isEqualTo("2");
		assertThat(pa01.selectFirst(".registrations-rating").text()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
		assertThat(pa01.selectFirst(".registrations-check[data-kind=MINISTRY_FLAG]").attr("data-met"))
			.isEqualTo("false");
		assertThat(pa01.text()).contains("xếp hạng 2 trong cụm, không dẫn đầu");

		Element pa05 = row(page, "LS-PA05");
		assertThat(pa05.selectFirst(".registrations-rating").text()).isEqualTo("Hoàn thành tốt nhiệm vụ");
		assertThat(pa05.selectFirst(".registrations-check[data-kind=DECISIVE_UNIT]").text())
			.contains("điểm chưa đạt 90% thang điểm", "cần ít nhất 70%", "cần ít nhất 1 Chiến sĩ thi đua cơ sở");

		Element pa06 = row(page, "LS-PA06");
		assertThat(pa06.selectFirst(".registrations-rating").text()).isEqualTo("Không hoàn thành nhiệm vụ");
		assertThat(pa06.select(".registrations-check")).extracting(e -> e.attr("data-kind"))
			.containsExactly("ADVANCED_SOLDIERS", "BASE_EMULATION_SOLDIERS");
		assertThat(page.getElementById("registrations-help").text()).contains("từ 90% hoàn thành xuất sắc",
				"không quá 15% số Chiến sĩ tiên tiến");
	}

	@Test
	void theUnitPageShowsItsOwnRegistrations() throws Exception {
		long pa04 = this.jdbc.sql("select id from unit where code = 'LS-PA04'").query(Long.class).single();
		Document page = page("member.commander",
				"/results/rankings/units/" + pa04 + "?campaign=" + this.campaign + "&month=2026-10");
		Element card = page.getElementById("trend-registrations");
		assertThat(card).isNotNull();
		assertThat(page.getElementById("trend-rating").text()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
		assertThat(card.select(".registrations-check")).hasSize(4);
	}

	@Test
	void aUnitOutsideTheClusterGets404AndEnglishReadersGetEnglish() throws Exception {
		MvcResult outside = this.mvc
			.perform(get("/results/registrations?campaign=" + this.campaign + "&cluster=" + this.cluster)
				.with(TestUsers.as(this.users, "other.officer")))
			.andReturn();
		assertThat(outside.getResponse().getStatus()).isEqualTo(404);
		Document english = page("staff",
				"/results/registrations?campaign=" + this.campaign + "&cluster=" + this.cluster + "&lang=en");
		assertThat(english.title()).contains("Registrations and results");
		assertThat(english.select(".registrations-rating").eachText()).contains("Completed tasks excellently",
				"Did not complete tasks");
	}

	private Element row(Document page, String code) {
		long id = this.jdbc.sql("select id from unit where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
		return page.selectFirst("tr.registrations-row[data-unit=" + id + "]");
	}

	private Document page(String user, String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(TestUsers.as(this.users, user))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

}
