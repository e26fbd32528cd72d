package vn.thidua.account;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Histories name people by their full name and unit, not by their user name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeopleTests {

	@Autowired
	People people;

	@Autowired
	AppUserRepository accounts;

	@Autowired
	AccountService accountService;

	@Autowired
	UnitRepository units;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aListOfUserNamesBecomesFullNamesAndUnits() {
		AppUser head = this.accounts.findByUsername("head.commander").orElseThrow();
		String unit = this.units.findByCodeIgnoreCase("LS-PA03").orElseThrow().getName();
		Map<String, String> names = this.people.names(List.of("head.commander", "HEAD.COMMANDER", "nobody.at.all"));
		assertThat(names).containsEntry("head.commander", head.getFullName() + " · " + unit)
			.containsEntry("HEAD.COMMANDER", head.getFullName() + " · " + unit)
			.containsEntry("nobody.at.all", "nobody.at.all");
		assertThat(this.people.name(null)).isNull();
	}

	@Test
	void theHistoryOfAnAccountShowsWhoChangedItByName() throws Exception {
		AppUser account = this.accountService.createAccount(AccountServiceTests.uniqueUsername("people.test"),
				"Lê Thị Lịch Sử", Role.UNIT_OFFICER, this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow(),
				"Kiemtra2026", false);
		this.mvc.perform(post("/admin/accounts/{id}/disable", account.getId()).with(TestUsers.as(this.users, "admin"))
			.with(csrf()));
		String html = this.mvc
			.perform(get("/admin/accounts/{id}", account.getId()).with(TestUsers.as(this.users, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		List<String> who = page.select("#history tbody tr td:nth-child(2)").eachText();
		String admin = this.accounts.findByUsername("admin").orElseThrow().getFullName();
		assertThat(who).isNotEmpty().contains(admin).doesNotContain("admin");
	}

}
