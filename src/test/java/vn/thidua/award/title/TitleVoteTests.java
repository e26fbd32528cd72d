package vn.thidua.award.title;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.award.Pa04TitleList;
import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.dossier.DossierService;
import vn.thidua.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 2026 list of LS-PA04 sent to the council's vote: its CSTĐ cấp Bộ (1 place, 90%) and
 * its CSTĐCS (the demo's officer with the base-level initiative; 1 place, 80%) become the
 * two questions of a draft session of Khối An ninh with a council electorate; the CSTT
 * and the deferred officer need no vote. Only a submitted list goes, and only once.
 */
@SpringBootTest
class TitleVoteTests {

	@Autowired
	TitleVote vote;

	@Autowired
	YearlyTitleService titles;

	@Autowired
	DossierService dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private Pa04TitleList demo;

	@BeforeEach
	void theDemoList() {
		this.demo = new Pa04TitleList(this.jdbc).asTheDemoHasIt();
	}

	@AfterEach
	void backToTheDemo() {
		this.demo.restore();
	}

	@Test
	void theTitlesThatNeedAVoteBecomeTheQuestionsOfACouncilSession() {
		long unit = this.demo.unitId();
		assertThatThrownBy(() -> as("staff", () -> this.vote.send(unit, 2026)))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.title.vote.error.notSubmitted");
		TestUsers.runAs(this.users, "member.commander", () -> this.titles.submit(unit, 2026));
		// the unit's own users do not manage the cluster's sessions
		assertThatThrownBy(() -> as("member.commander", () -> this.vote.send(unit, 2026)))
			.isInstanceOf(AccessDeniedException.class);

		long session = as("staff", () -> this.vote.send(unit, 2026));
		Map<String, Object> made = this.jdbc.sql("""
				select s.title, s.electorate_kind, s.state, c.name as cluster from voting_session s
				join organization_cluster_v c on c.id = s.cluster_id where s.id = :s""")
			.param("s", session)
			.query()
			.singleRow();
		assertThat(made).containsEntry("title", "Bình xét danh hiệu thi đua năm 2026 của Phòng An ninh kinh tế")
			.containsEntry("electorate_kind", "COUNCIL")
			.containsEntry("state", "DRAFT")
			.containsEntry("cluster", "Khối An ninh");
		List<String> questions = this.jdbc.sql("""
				select q.award || ' ' || q.places || ' ' || q.threshold || ' ' ||
				       (select string_agg(c.officer_id::text, ',' order by c.officer_id)
				        from voting_candidate c where c.question_id = q.id)
				from voting_question q where q.session_id = :s order by q.position""")
			.param("s", session)
			.query(String.class)
			.list();
		assertThat(questions).hasSize(2);
		assertThat(questions.get(0)).startsWith("CSTD_BO 1 90.00 ");
		assertThat(questions.get(1)).isEqualTo("CSTDCS 1 80.00 " + this.demo.initiativeOfficer());
		assertThat(as("staff", () -> this.titles.list(unit, 2026)).votingSessionId()).isEqualTo(session);

		// the Director's dossier from the list leaves the voted titles to the session's
		// dossier:
		// the unit's ĐVQT and the CSTT remain (no CSTĐCS line)
		var dossier = as("staff", () -> this.dossiers.fromTitles(unit, 2026, Authority.DIRECTOR));
		assertThat(as("staff", () -> this.dossiers.view(dossier.getId())).lines())
			.extracting(l -> l.getOfficerId() == null ? "unit" : "officer")
			.startsWith("unit", "officer")
			.hasSize(2 + this.demo.addedOfficers());
		assertThat(as("staff", () -> this.dossiers.view(dossier.getId())).lines())
			.noneMatch(l -> Long.valueOf(this.demo.initiativeOfficer()).equals(l.getOfficerId()));

		// once
		assertThatThrownBy(() -> as("staff", () -> this.vote.send(unit, 2026)))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.title.vote.error.alreadySent");
	}

	private <T> T as(String username, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, username, action);
	}

}
