package vn.thidua.award.decision;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Award decisions written by another system through
 * {@code POST /api/v1/awards/decisions}, with the checks of the pages. Amounts by hand at
 * the base salary of 2.340.000 đ (from 01/07/2024), rounded up to the next 10.000 đ: the
 * unit's ĐVTT 0,8 → 1.872.000 → 1.880.000; an officer's CSTT 0,3 → 702.000 → 710.000;
 * total 2.590.000 đ. Any refusal saves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AwardApiWriteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void removeTheDecisions() {
		this.jdbc.sql("delete from award_decision where number like '96__/QĐ-CAT'").update();
	}

	@Test
	void aDecisionWrittenByAnotherSystemIsRecordedWithTheCatalogueAmounts() throws Exception {
		long pa04 = unit("LS-PA04");
		long officer = officersOf("LS-PA04").get(0);
		long before = count();
		String body = decision("9601/QĐ-CAT", true, line(pa04, null, item("DVTT", "COLLECTIVE"), null, null),
				line(pa04, officer, item("CSTT", "INDIVIDUAL"), null, null));
		String location = post(body, "staff").andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("RECORDED"))
			.andExpect(jsonPath("$.baseSalary").value(2_340_000))
			.andExpect(jsonPath("$.total").value(2_590_000))
			.andExpect(jsonPath("$.records.length()").value(2))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).matches("/api/v1/awards/decisions/\\d+");
		assertThat(count()).isEqualTo(before + 1);
		this.mvc.perform(get("/api/v1/awards/officers/" + officer + "/records").with(as("member.officer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.number == '9601/QĐ-CAT')].amount").value(710_000));
	}

	@Test
	void aRefusedDecisionSaysWhatAndWhereAndSavesNothing() throws Exception {
		long pa04 = unit("LS-PA04");
		long officer = officersOf("LS-PA04").get(0);
		long stranger = officersOf("LS-PC02").get(0);
		long cstt = item("CSTT", "INDIVIDUAL");
		long before = count();
		long recordsBefore = this.jdbc.sql("select count(*) from award_record").query(Long.class).single();

		// the second line names an officer of another unit
		post(decision("9602/QĐ-CAT", true, line(pa04, officer, cstt, null, null),
				line(pa04, stranger, cstt, null, null)), "staff")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("lines[1].officerId"))
			.andExpect(jsonPath("$.problems[0].message").value(containsString("không")));
		// an amount other than the catalogue's without a reason
		post(decision("9603/QĐ-CAT", false, line(pa04, officer, cstt, 500_000L, null)), "staff")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("lines[0].amountReason"));
		// a number already taken by the demo's one-off decision of 2026
		post(decision("2415/QĐ-CAT", false, line(pa04, officer, cstt, null, null)), "staff")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("number"));
		// bounds before any work: no lines; an amount with an exponent
		post(decision("9604/QĐ-CAT", false), "staff").andExpect(status().isBadRequest());
		post(decision("9605/QĐ-CAT", false, line(pa04, officer, cstt, null, null)).replace("\"amount\":null",
				"\"amount\":1e400"), "staff")
			.andExpect(status().isBadRequest());
		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from award_record").query(Long.class).single())
			.isEqualTo(recordsBefore);

		// a unit's commander writes no decision
		post(decision("9606/QĐ-CAT", false, line(pa04, officer, cstt, null, null)), "member.commander")
			.andExpect(status().isForbidden());
		assertThat(count()).isEqualTo(before);
	}

	private ResultActions post(String body, String username) throws Exception {
		return this.mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/awards/decisions")
					.with(as(username))
					.with(csrf())
					.contentType("application/json")
					.accept("application/json")
					.content(body));
	}

	private static String decision(String number, boolean record, String... lines) {
		return """
				{"number":"%s","decidedOn":"2026-11-20","authority":"DIRECTOR","signer":"Đại tá Nguyễn Văn Giám",
				 "kind":"REGULAR","summary":"Khen thưởng năm 2026","record":%s,"lines":[%s]}""".formatted(number,
				record, String.join(",", lines));
	}

	private static String line(long unit, Long officer, long item, Long amount, String reason) {
		return """
				{"unitId":%d,"officerId":%s,"itemId":%d,"achievement":"Hoàn thành tốt nhiệm vụ năm 2026",\
				"amount":%s,"amountReason":%s}""".formatted(unit, officer, item, amount,
				reason == null ? "null" : "\"" + reason + "\"");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return TestUsers.as(this.users, username);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from award_decision").query(Long.class).single();
	}

	private long item(String code, String recipient) {
		return this.jdbc.sql("""
				select id from award_catalogue_item where code = :c and recipient = :r and valid_to is null""")
			.param("c", code)
			.param("r", recipient)
			.query(Long.class)
			.single();
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
	}

	private List<Long> officersOf(String code) {
		return this.jdbc.sql("""
				select o.id from officer o join unit u on u.id = o.unit_id where u.code = :c order by o.id""")
			.param("c", code)
			.query(Long.class)
			.list();
	}

}
