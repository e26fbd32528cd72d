package vn.thidua.award.dossier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dossiers made by hand: staff start an empty draft to the Minister for 2026, propose an
 * officer of LS-PC02 for the Minister's Bằng khen and the unit for the Ministry's flag,
 * cannot propose a title of another authority or the same thing twice, take a line out
 * (the rest are numbered again as printed), and once submitted the lines are fixed. The
 * cover submission counts what remains: 1 collective and 0 individuals, 8.0 × 2,340,000 =
 * 18,720,000 đ for the flag. Units and the leadership change nothing. What the tests make
 * is removed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ManualDossierTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheDossiers() {
		this.jdbc.sql("delete from award_dossier where source = 'MANUAL' and authority = 'MINISTER' and year = 2026")
			.update();
	}

	@Test
	void staffProposeByHandOnlyWhatTheAuthorityDecides() throws Exception {
		// the empty draft
		String location = this.mvc
			.perform(as("staff", post("/awards/dossiers").param("year", "2026").param("authority", "MINISTER")))
			.andExpect(redirectedUrlPattern("/awards/dossiers/*"))
			.andExpect(flash().attribute("flashSuccess", "award.dossier.started"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(as("staff", get(location)))
			.andExpect(content().string(
					allOf(containsString("id=\"dossier-lines-empty\""), containsString("id=\"dossier-add-line\""))));

		// the line form: the Minister's items only
		long pc02 = unit("LS-PC02");
		long officer = this.jdbc.sql("select min(id) from organization_officer_v where unit_id = :u")
			.param("u", pc02)
			.query(Long.class)
			.single();
		this.mvc.perform(as("staff", get(location + "/lines/new").param("unitId", String.valueOf(pc02))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bằng khen của Bộ trưởng Bộ Công an"),
					containsString("Cờ thi đua của Bộ Công an"), not(containsString("Giấy khen của Giám đốc")),
					not(containsString("Chiến sĩ tiên tiến")))));

		// a Director's Giấy khen in a Minister's dossier: refused on its field
		this.mvc.perform(as("staff", line(id, pc02, officer, item("GIAY_KHEN", "INDIVIDUAL"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"itemId-error\""),
					containsString("không thuộc thẩm quyền của cấp mà hồ sơ trình"))));
		// an individual's form for the unit itself: refused
		this.mvc.perform(as("staff", line(id, pc02, null, item("BK_BO", "INDIVIDUAL"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"itemId-error\"")));
		assertThat(lines(id)).isZero();

		this.mvc
			.perform(as("staff",
					line(id, pc02, officer, item("BK_BO", "INDIVIDUAL")).param("achievement",
							"Phá chuyên án ma túy lớn")))
			.andExpect(redirectedUrl(location + "#dossier-lines"));
		this.mvc.perform(as("staff", line(id, pc02, null, item("CO_BO", "COLLECTIVE"))))
			.andExpect(redirectedUrl(location + "#dossier-lines"));
		// the same thing twice: refused
		this.mvc.perform(as("staff", line(id, pc02, null, item("CO_BO", "COLLECTIVE"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã được đề nghị danh hiệu, hình thức này")));
		assertThat(lines(id)).isEqualTo(2);
		assertThat(this.jdbc.sql("select achievement from award_dossier_line where dossier_id = :d order by line_no")
			.param("d", id)
			.query(String.class)
			.list()).containsExactly("Phá chuyên án ma túy lớn", "Cờ thi đua của Bộ Công an 2026");

		// the officer taken out: the flag is line 1 of the printed list
		long first = this.jdbc.sql("select id from award_dossier_line where dossier_id = :d and line_no = 1")
			.param("d", id)
			.query(Long.class)
			.single();
		this.mvc.perform(as("staff", post(location + "/lines/" + first + "/delete")))
			.andExpect(flash().attribute("flashSuccess", "award.dossier.lineRemoved"));
		String print = this.mvc.perform(as("staff", get(location + "/print")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(print).contains("18.720.000").doesNotContain("Phá chuyên án ma túy lớn");
		assertThat(print.replaceAll("\\s+", " ")).contains("<td class=\"document-col-number\">1</td>");

		// units and the leadership change nothing
		this.mvc.perform(as("leader", line(id, pc02, null, item("BK_BO", "COLLECTIVE"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(as("other.officer", line(id, pc02, null, item("BK_BO", "COLLECTIVE"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					as("head.commander", post("/awards/dossiers").param("year", "2026").param("authority", "MINISTER")))
			.andExpect(status().isForbidden());

		// submitted: the lines are fixed
		long version = this.jdbc.sql("select version from award_dossier where id = :d")
			.param("d", id)
			.query(Long.class)
			.single();
		this.mvc.perform(as("staff", post(location + "/submit").param("version", String.valueOf(version))))
			.andExpect(flash().attribute("flashSuccess", "award.dossier.submitted"));
		this.mvc.perform(as("staff", line(id, pc02, officer, item("BK_BO", "INDIVIDUAL"))))
			.andExpect(flash().attribute("flashError", "award.dossier.error.linesOfSubmitted"));
		long flag = this.jdbc.sql("select id from award_dossier_line where dossier_id = :d")
			.param("d", id)
			.query(Long.class)
			.single();
		this.mvc.perform(as("staff", post(location + "/lines/" + flag + "/delete")))
			.andExpect(flash().attribute("flashError", "award.dossier.error.linesOfSubmitted"));
		assertThat(lines(id)).isEqualTo(1);
	}

	@Test
	void aDossierWithoutYearOrAuthorityIsNotMade() throws Exception {
		long before = this.jdbc.sql("select count(*) from award_dossier").query(Long.class).single();
		this.mvc.perform(as("staff", post("/awards/dossiers").param("year", "1900").param("authority", "MINISTER")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"year-error\""), containsString("id=\"manual-dossier\" open=\"open\""))));
		this.mvc.perform(as("staff", post("/awards/dossiers").param("year", "2026").param("authority", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"authority-error\"")));
		assertThat(this.jdbc.sql("select count(*) from award_dossier").query(Long.class).single()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder line(long dossier, long unit, Long officer, long item) {
		MockHttpServletRequestBuilder request = post("/awards/dossiers/" + dossier + "/lines")
			.param("unitId", String.valueOf(unit))
			.param("itemId", String.valueOf(item));
		if (officer != null) {
			request.param("officerId", String.valueOf(officer));
		}
		return request;
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(TestUsers.as(this.users, username)).with(csrf());
	}

	private long lines(long dossier) {
		return this.jdbc.sql("select count(*) from award_dossier_line where dossier_id = :d")
			.param("d", dossier)
			.query(Long.class)
			.single();
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from organization_unit_v where code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private long item(String code, String recipient) {
		return this.jdbc.sql(
				"select id from award_catalogue_item where code = :c and recipient = :r order by valid_from desc limit 1")
			.param("c", code)
			.param("r", recipient)
			.query(Long.class)
			.single();
	}

}
