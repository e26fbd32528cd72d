package vn.thidua.shared.web;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.organization.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages write numbers in their language: "3.200" on a Vietnamese page, "3,200" on an
 * English one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NumberFormatPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitRepository units;

	@Test
	void theUnitPageWritesItsHeadcountInThePageLanguage() throws Exception {
		long province = this.units.findByCodeIgnoreCase("LS").orElseThrow().getId();
		assertThat(headcount(province, "vi")).isEqualTo("3.200");
		assertThat(headcount(province, "en")).isEqualTo("3,200");
	}

	private String headcount(long unit, String language) throws Exception {
		String page = this.mvc
			.perform(get("/units/{id}", unit).param("lang", language).with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(page).getElementById("unit-headcount").text();
	}

}
