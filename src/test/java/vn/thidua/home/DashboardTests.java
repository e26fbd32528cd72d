package vn.thidua.home;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SpringBootTest
@AutoConfigureMockMvc
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffDashboardCountsTheProvinceInSql() throws Exception {
		var page = Jsoup.parse(html("staff"));
		assertThat(page.select("#dashboard").text()).contains("Đơn vị đang hoạt động", "Khối An ninh",
				"Phòng An ninh chính trị nội bộ", "Công an xã, phường, đặc khu");
	}

	@Test
	void unitDashboardShowsTheUnitsClustersAndNewlyLaunchedCampaigns() throws Exception {
		long unit = this.jdbc.sql("select id from unit where code = 'LS-PA04'").query(Long.class).single();
		// a fresh notice of the demo campaign for the member unit, whatever other tests
		// have read
		this.jdbc.sql("""
				update campaign_notification set read_at = null
				where unit_id = :unit and campaign_id = (select min(id) from campaign where state = 'LAUNCHED')
				""").param("unit", unit).update();
		var page = Jsoup.parse(html("member.officer"));
		assertThat(page.select("#dashboard").text()).contains("Khối An ninh", "Thành viên");
		assertThat(page.select("#new-campaigns").text()).contains("đợt thi đua mới phát động");
	}

	@Test
	void administratorDashboardCountsAccounts() throws Exception {
		var page = Jsoup.parse(html("admin"));
		assertThat(page.select("#dashboard").text()).contains("Tài khoản đang hoạt động");
	}

	private String html(String username) throws Exception {
		return this.mvc.perform(get("/").with(TestUsers.as(this.users, username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
