package vn.thidua.award.title;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.voting.Award;
import vn.thidua.voting.ElectorateKind;
import vn.thidua.voting.VotingQuestion;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.VotingSession;

/**
 * Sends the titles of a submitted yearly title list that need the council's vote (CSTĐCS
 * and above, DOMAIN §7) to a review session: a draft session of the unit's cluster of
 * that year, with a council as its electorate (named by the session's chair), one
 * question per title with the award's places and threshold, and the officers as
 * candidates with the rule that proposed them. The voting module runs the vote; a tallied
 * session makes the dossier of those who passed. Provincial staff and administrators send
 * it, when they manage the unit's cluster's sessions (the voting module's rule).
 */
@Service
@RequiredArgsConstructor
public class TitleVote {

	private final YearlyTitleService titles;

	private final VotingService voting;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	/** The titles of the list that need a vote, each with its officers, highest first. */
	public static Map<Title, List<YearlyTitleList.Row>> toVote(YearlyTitleList list) {
		Map<Title, List<YearlyTitleList.Row>> byTitle = new TreeMap<>((a, b) -> b.ordinal() - a.ordinal());
		for (YearlyTitleList.Row row : list.rows()) {
			if (row.needsVote() && !row.proposal().deferred()) {
				byTitle.computeIfAbsent(row.finalTitle(), t -> new java.util.ArrayList<>()).add(row);
			}
		}
		return new LinkedHashMap<>(byTitle);
	}

	/** Makes the session; returns its id. */
	@Transactional
	public long send(long unitId, int year) {
		// the organiser's side sends a unit's list; the voting module then checks that
		// they manage the unit's cluster
		CurrentUser user = CurrentUser.get();
		if (!user.is(Role.PROVINCE_STAFF) && !user.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only the organiser's staff send a list to a vote");
		}
		YearlyTitleList list = this.titles.list(unitId, year);
		if (list.state() != ListState.SUBMITTED) {
			throw new BusinessRuleException("award.title.vote.error.notSubmitted");
		}
		if (list.votingSessionId() != null) {
			throw new BusinessRuleException("award.title.vote.error.alreadySent");
		}
		Map<Title, List<YearlyTitleList.Row>> byTitle = toVote(list);
		if (byTitle.isEmpty()) {
			throw new BusinessRuleException("award.title.vote.error.nothing");
		}
		long cluster = this.jdbc.sql("""
				select cluster_id from organization_cluster_member_v
				where unit_id = :unit and year = :year order by cluster_id limit 1""")
			.param("unit", unitId)
			.param("year", year)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleException("award.title.vote.error.noCluster"));
		String yearText = String.valueOf(year);
		VotingSession session = this.voting.create(cluster, year, null,
				text("award.title.vote.sessionTitle", list.unitName(), yearText), ElectorateKind.COUNCIL);
		for (Map.Entry<Title, List<YearlyTitleList.Row>> entry : byTitle.entrySet()) {
			VotingQuestion question = this.voting.addQuestion(session.getId(), Award.valueOf(entry.getKey().name()),
					null, entry.getValue().size(), null);
			for (YearlyTitleList.Row row : entry.getValue()) {
				this.voting.addCandidate(session.getId(), question.getId(), null, row.officerId(), row.name(),
						text("award.title.vote.candidateReason", list.unitName(), yearText));
			}
		}
		int linked = this.jdbc.sql("""
				update award_title_list set voting_session_id = :session, version = version + 1
				where unit_id = :unit and year = :year and voting_session_id is null""")
			.param("session", session.getId())
			.param("unit", unitId)
			.param("year", year)
			.update();
		if (linked == 0) {
			throw new BusinessRuleException("award.title.vote.error.alreadySent");
		}
		long listId = this.jdbc.sql("select id from award_title_list where unit_id = :unit and year = :year")
			.param("unit", unitId)
			.param("year", year)
			.query(Long.class)
			.single();
		this.events.publishEvent(AuditRecord
			.of("AWARD_TITLE_LIST_SENT_TO_VOTE", YearlyTitleService.AUDIT_TYPE, listId,
					list.unitCode() + " " + year + " — " + list.unitName())
			.change("award.title.vote.field.session", null, session.getTitle())
			.build());
		return session.getId();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, VietnameseText.VIETNAMESE);
	}

}
