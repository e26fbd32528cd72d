package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.thidua.voting.VotingTestData.as;
import static vn.thidua.voting.VotingTestData.run;
import static vn.thidua.voting.VotingTestData.staff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.voting.VotingTestData.Cluster;

/**
 * The chair prepares a draft through its page: the session's rules (name, self-vote,
 * quorum), a question's places and threshold as typed ("66,67"), the account that votes
 * for a member unit, and a council's members. Each refusal says what is wrong and changes
 * nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionPreparationTests {

	@Autowired
	VotingService voting;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static RequestPostProcessor user(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private long draft(Cluster c, ElectorateKind kind) {
		return as(staff(c), () -> this.voting.create(c.id(), VotingTestData.YEAR, null, "Bình xét năm 2031", kind))
			.getId();
	}

	private FlashMap postAs(CurrentUser user, String path, Map<String, String> form) throws Exception {
		var request = post(path).with(csrf()).with(user(user));
		form.forEach(request::param);
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(302);
		return result.getFlashMap();
	}

	private Map<String, Object> row(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query().singleRow();
	}

	@Test
	void theChairSetsTheRulesAndBadRulesChangeNothing() throws Exception {
		Cluster c = VotingTestData.cluster(this.jdbc, 4);
		long s = draft(c, ElectorateKind.UNITS);
		String path = "/voting/" + s + "/rules";

		FlashMap done = postAs(staff(c), path, Map.of("title", "Bình xét, suy tôn năm 2031", "selfVoteAllowed", "true",
				"quorumNumerator", "4", "quorumDenominator", "5"));
		assertThat(done.get("flashSuccess")).isNotNull();
		assertThat(row(
				"select title, self_vote_allowed, quorum_numerator, quorum_denominator from voting_session where id = :id",
				s))
			.containsEntry("title", "Bình xét, suy tôn năm 2031")
			.containsEntry("self_vote_allowed", true)
			.containsEntry("quorum_numerator", 4)
			.containsEntry("quorum_denominator", 5);

		// a quorum above 1, a denominator beyond any council, a blank name: refused,
		// unchanged
		for (Map<String, String> bad : List.of(Map.of("title", "X", "quorumNumerator", "4", "quorumDenominator", "3"),
				Map.of("title", "X", "quorumNumerator", "1", "quorumDenominator", "1000000"),
				Map.of("title", " ", "quorumNumerator", "2", "quorumDenominator", "3"),
				Map.of("title", "X", "quorumNumerator", "2"))) {
			FlashMap refused = postAs(staff(c), path, bad);
			assertThat(refused.get("flashError")).as(bad.toString()).isNotNull();
		}
		// a number too large for an integer is a 400 with a message, not a change
		var huge = this.mvc
			.perform(post(path).with(csrf())
				.with(user(staff(c)))
				.param("title", "X")
				.param("quorumNumerator", "1e1000000")
				.param("quorumDenominator", "3"))
			.andReturn();
		assertThat(huge.getResponse().getStatus()).isEqualTo(400);
		assertThat(row(
				"select title, self_vote_allowed, quorum_numerator, quorum_denominator from voting_session where id = :id",
				s))
			.containsEntry("title", "Bình xét, suy tôn năm 2031")
			.containsEntry("quorum_numerator", 4)
			.containsEntry("quorum_denominator", 5);

		// a member unit's commander does not chair it
		var member = this.mvc
			.perform(post(path).with(csrf())
				.with(user(VotingTestData.commander(c, 3)))
				.param("title", "X")
				.param("quorumNumerator", "1")
				.param("quorumDenominator", "2"))
			.andReturn();
		assertThat(member.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aThresholdIsTypedAsAPercentageWithAtMostTwoDecimals() throws Exception {
		Cluster c = VotingTestData.cluster(this.jdbc, 3);
		long s = draft(c, ElectorateKind.UNITS);
		long q = as(staff(c), () -> this.voting.addQuestion(s, Award.DVTT, null, null, null)).getId();
		String path = "/voting/" + s + "/questions/" + q + "/change";

		assertThat(postAs(staff(c), path, Map.of("places", "2", "threshold", "66,67")).get("flashSuccess")).isNotNull();
		assertThat(row("select places, threshold from voting_question where id = :id", q)).containsEntry("places", 2)
			.containsEntry("threshold", new BigDecimal("66.67"));

		for (String bad : List.of("1e9", "100.001", "-5", "abc", "101", "", "9999999999")) {
			FlashMap refused = postAs(staff(c), path, Map.of("places", "3", "threshold", bad));
			assertThat(refused.get("flashError")).as(bad).isNotNull();
		}
		assertThat(postAs(staff(c), path, Map.of("places", "0", "threshold", "80")).get("flashError")).isNotNull();
		assertThat(row("select places, threshold from voting_question where id = :id", q)).containsEntry("places", 2)
			.containsEntry("threshold", new BigDecimal("66.67"));

		// a new question with its own threshold; blank keeps the award's rule (50% for
		// Đơn vị tiên tiến, 80% for a flag)
		postAs(staff(c), "/voting/" + s + "/questions",
				Map.of("award", "CO_THI_DUA_BO", "places", "1", "threshold", "85"));
		postAs(staff(c), "/voting/" + s + "/questions",
				Map.of("award", "CO_THI_DUA_BO", "places", "1", "threshold", ""));
		assertThat(this.jdbc.sql(
				"select threshold from voting_question where session_id = :s and award = 'CO_THI_DUA_BO' order by position")
			.param("s", s)
			.query(BigDecimal.class)
			.list()).containsExactly(new BigDecimal("85.00"), new BigDecimal("80.00"));

		// the page shows the form with the stored threshold, Vietnamese style
		String page = this.mvc.perform(get("/voting/" + s).with(user(staff(c))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"66,67\"", "id=\"rules-form\"", "question-change");
	}

	@Test
	void aDelegateMustBeAnActiveAccountOfTheSameUnit() throws Exception {
		Cluster c = VotingTestData.cluster(this.jdbc, 3);
		long s = draft(c, ElectorateKind.UNITS);
		account("deputy." + c.unit(1), c.unit(1), "UNIT_OFFICER", true);
		account("stranger." + c.unit(2), c.unit(2), "UNIT_OFFICER", true);
		account("disabled." + c.unit(1), c.unit(1), "UNIT_OFFICER", false);
		String path = "/voting/" + s + "/electors/" + c.unit(1) + "/delegate";

		// the page offers the unit's own active accounts only
		String page = this.mvc.perform(get("/voting/" + s).with(user(staff(c))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("deputy." + c.unit(1)).doesNotContain("disabled." + c.unit(1));

		for (String bad : List.of("stranger." + c.unit(2), "disabled." + c.unit(1), "nobody.at.all")) {
			assertThat(postAs(staff(c), path, Map.of("username", bad)).get("flashError")).as(bad).isNotNull();
		}
		assertThat(delegateOf(s, c.unit(1))).isNull();
		assertThat(postAs(staff(c), path, Map.of("username", "deputy." + c.unit(1))).get("flashSuccess")).isNotNull();
		assertThat(delegateOf(s, c.unit(1))).isEqualTo("deputy." + c.unit(1));
		// blank: the commander votes again
		postAs(staff(c), path, Map.of("username", ""));
		assertThat(delegateOf(s, c.unit(1))).isNull();
	}

	@Test
	void aCouncilIsAListOfActiveAccountsAndAnUnknownNameSavesNothing() throws Exception {
		Cluster c = VotingTestData.cluster(this.jdbc, 2);
		long s = draft(c, ElectorateKind.COUNCIL);
		account("council.a." + c.unit(0), c.unit(0), "UNIT_OFFICER", true);
		account("council.b." + c.unit(1), c.unit(1), "UNIT_COMMANDER", true);
		String path = "/voting/" + s + "/council";

		FlashMap done = postAs(staff(c), path, Map.of("usernames",
				"council.a." + c.unit(0) + "\n council.b." + c.unit(1) + "\n\ncouncil.a." + c.unit(0)));
		assertThat(done.get("flashSuccess")).isNotNull();
		assertThat(council(s)).containsExactlyInAnyOrder("council.a." + c.unit(0), "council.b." + c.unit(1));

		FlashMap refused = postAs(staff(c), path, Map.of("usernames", "council.a." + c.unit(0) + "\nno.such.user"));
		assertThat(refused.get("flashError")).isNotNull();
		assertThat(council(s)).containsExactlyInAnyOrder("council.a." + c.unit(0), "council.b." + c.unit(1));
		assertThat(postAs(staff(c), path, Map.of("usernames", "   ")).get("flashError")).isNotNull();
		assertThat(council(s)).hasSize(2);

		// a unit electorate has no council
		long units = draft(c, ElectorateKind.UNITS);
		assertThatThrownBy(() -> run(staff(c), () -> this.voting.setCouncil(units, List.of("council.a." + c.unit(0)))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("voting.error.notCouncil");
	}

	private void account(String username, long unit, String role, boolean enabled) {
		this.jdbc.sql("""
				insert into app_user (username, full_name, password_hash, role, unit_id, enabled, search_text, sort_key)
				values (:u, :n, 'x', :r, :unit, :e, :u, ''::bytea)
				""")
			.param("u", username)
			.param("n", "Cán bộ " + username)
			.param("r", role)
			.param("unit", unit)
			.param("e", enabled)
			.update();
	}

	private String delegateOf(long session, long unit) {
		return this.jdbc.sql("select username from voting_elector where session_id = :s and unit_id = :u")
			.param("s", session)
			.param("u", unit)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private List<String> council(long session) {
		return this.jdbc.sql("select username from voting_elector where session_id = :s")
			.param("s", session)
			.query(String.class)
			.list();
	}

}
