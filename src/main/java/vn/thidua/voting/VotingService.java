package vn.thidua.voting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.organization.ClusterMember;
import vn.thidua.organization.ClusterService;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Unit;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Review sessions: preparing one (questions, candidates, electorate, rules), opening,
 * extending and closing the vote, settling ties (the chair, a second round, the competent
 * leader); and the scoped reads of pages and API. Casting and counting ballots is
 * {@link BallotBox}'s.
 * <p>
 * Who may do what: a session is seen by whoever sees its cluster (member units, its head
 * and deputy, the organiser's staff and leadership, administrators), else 404. It is
 * prepared and chaired by the users of the cluster's head unit, the organiser's staff or
 * administrators; after two rounds the competent leader (also the deputy unit's
 * commander) settles a tie.
 */
@Service
@RequiredArgsConstructor
public class VotingService {

	static final String AUDIT_TYPE = "VOTING_SESSION";

	static final int MAX_TITLE = 500;

	static final int MAX_QUORUM_DENOMINATOR = 100;

	static final int MAX_COUNCIL = 200;

	static final int MAX_USERNAME = 100;

	private final VotingSessionRepository sessions;

	private final ClusterService clusters;

	private final CandidateSuggestions suggestions;

	private final Decisions decisions;

	private final BallotSeal seal;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	// ----------------------------------------------------------------- reads

	/** The sessions of the clusters of a year the current user sees, newest first. */
	@Transactional(readOnly = true)
	public List<VotingSession> list(int year) {
		List<Long> visible = this.clusters.listYear(year).stream().map(EmulationCluster::getId).toList();
		return visible.isEmpty() ? List.of()
				: this.sessions.findByClusters(visible).stream().filter(s -> s.getYear() == year).toList();
	}

	/** The sessions of clusters the caller has already checked the user sees. */
	@Transactional(readOnly = true)
	List<VotingSession> sessionsOf(java.util.Collection<Long> clusterIds) {
		return this.sessions.findByClusters(clusterIds);
	}

	/** A session the current user may see, or 404. */
	@Transactional(readOnly = true)
	public VotingSession get(long id) {
		VotingSession session = this.sessions.findWithQuestions(id).orElseThrow(NotFoundException::new);
		this.clusters.get(session.getClusterId());
		return session;
	}

	/** A session with its questions and candidates, and what the user may do. */
	@Transactional(readOnly = true)
	public SessionView view(long id) {
		VotingSession session = this.sessions.findWithQuestions(id).orElseThrow(NotFoundException::new);
		EmulationCluster cluster = this.clusters.get(session.getClusterId());
		List<VotingQuestion> questions = session.getQuestions();
		// the candidates of every question in one batch, before the transaction ends
		questions.forEach(q -> q.getCandidates().size());
		return new SessionView(session, cluster, questions, canManage(cluster), isElector(id));
	}

	/** Who has voted and how many have not: never how. */
	@Transactional(readOnly = true)
	public Turnout turnout(long id) {
		VotingSession session = get(id);
		Map<Long, String> names = new HashMap<>();
		for (ClusterMember member : this.clusters.members(session.getClusterId())) {
			names.put(member.getUnit().getId(), member.getUnit().getName());
		}
		List<Turnout.ElectorStatus> electors = this.jdbc
			.sql("""
					select e.id, e.unit_id, e.username,
					       exists (select 1 from voting_participation p where p.session_id = e.session_id and p.elector_id = e.id)
					from voting_elector e where e.session_id = :s order by e.id
					""")
			.param("s", id)
			.query((rs, i) -> new Turnout.ElectorStatus(rs.getLong(1), (Long) rs.getObject(2),
					names.get((Long) rs.getObject(2)), rs.getString(3), rs.getBoolean(4)))
			.list();
		int voted = (int) electors.stream().filter(Turnout.ElectorStatus::voted).count();
		return new Turnout(electors.size(), voted, electors);
	}

	/** The proposals that came out of a session (first round), in order of question. */
	@Transactional(readOnly = true)
	public List<Proposal> proposals(long id) {
		get(id);
		return this.decisions.proposalsOf(id);
	}

	/**
	 * The organiser's staff and administrators, and the users (commander or officer) of
	 * the cluster's head unit.
	 */
	public boolean canManage(EmulationCluster cluster) {
		CurrentUser user = CurrentUser.get();
		if (user.is(Role.ADMIN)) {
			return true;
		}
		if (user.is(Role.PROVINCE_STAFF)) {
			Unit organizer = cluster.getOrganizer();
			return user.scope().includes(organizer.getId(), organizer.getPath());
		}
		return user.role().isUnitLevel() && cluster.getHeadUnit() != null
				&& cluster.getHeadUnit().getId().equals(user.unitId());
	}

	/** Whether the current user casts one of the session's votes. */
	boolean isElector(long sessionId) {
		CurrentUser user = CurrentUser.get();
		return this.jdbc.sql("""
				select exists (select 1 from voting_elector e where e.session_id = :s
				  and (e.username = :username or (e.username is null and e.unit_id = :unit and :commander)))
				""")
			.param("s", sessionId)
			.param("username", user.getUsername())
			.param("unit", user.unitId() == null ? -1L : user.unitId())
			.param("commander", user.is(Role.UNIT_COMMANDER))
			.query(Boolean.class)
			.single();
	}

	/**
	 * For each member unit of a draft's electorate, the enabled accounts of that unit the
	 * chair may name to cast its vote instead of the commander.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<DelegateOption>> delegateOptions(long id) {
		managed(id);
		Map<Long, List<DelegateOption>> options = new HashMap<>();
		this.jdbc.sql("""
				select a.unit_id, a.username, a.full_name from account_user_v a
				join voting_elector e on e.unit_id = a.unit_id and e.session_id = :s
				where a.enabled and a.role in ('UNIT_COMMANDER', 'UNIT_OFFICER')
				order by a.full_name, a.username
				""")
			.param("s", id)
			.query((rs, i) -> new DelegateOption(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach(o -> options.computeIfAbsent(o.unitId(), k -> new ArrayList<>()).add(o));
		return options;
	}

	/** An account that may be named to vote for its unit. */
	public record DelegateOption(long unitId, String username, String fullName) {
	}

	// ----------------------------------------------------------------- preparation

	/**
	 * A draft session for a cluster and year (and the campaign whose ranking and
	 * registrations suggest candidates). A unit electorate starts as every member unit,
	 * each voting through its commander.
	 */
	@Transactional
	public VotingSession create(long clusterId, int year, Long campaignId, String title, ElectorateKind kind) {
		EmulationCluster cluster = this.clusters.get(clusterId);
		requireManager(cluster);
		if (title == null || title.isBlank()) {
			throw new BusinessRuleException("title", "voting.error.titleRequired");
		}
		if (cluster.getYear() != year) {
			throw new BusinessRuleException("year", "voting.error.yearOfCluster", cluster.getYear());
		}
		if (title.strip().length() > MAX_TITLE) {
			throw new BusinessRuleException("title", "voting.error.titleTooLong", MAX_TITLE);
		}
		Long campaign = campaignId != null ? campaignId : yearCampaign(clusterId, year);
		VotingSession session = this.sessions.saveAndFlush(new VotingSession(clusterId, year, campaign, title.strip(),
				kind, CurrentUser.get().getUsername(), now()));
		if (kind == ElectorateKind.UNITS) {
			for (ClusterMember member : this.clusters.members(clusterId)) {
				this.jdbc.sql("insert into voting_elector (session_id, unit_id) values (:s, :u)")
					.param("s", session.getId())
					.param("u", member.getUnit().getId())
					.update();
			}
		}
		audit("VOTING_SESSION_CREATED", session, null);
		return session;
	}

	/**
	 * The campaign whose year's ranking and covenant registrations suggest the candidates
	 * of a session prepared on the page: the launched (or ended) campaign of that year
	 * covering the cluster, the regular yearly movement before a peak or thematic one.
	 */
	private Long yearCampaign(long clusterId, int year) {
		return this.jdbc.sql("""
				select c.id from campaign_v c join campaign_cluster_v cc on cc.campaign_id = c.id
				where cc.cluster_id = :cluster and c.year = :year and c.state <> 'DRAFT'
				order by (c.kind = 'REGULAR') desc, c.start_date, c.id
				limit 1
				""").param("cluster", clusterId).param("year", year).query(Long.class).optional().orElse(null);
	}

	/** The name of the campaign a session's candidates come from, if any. */
	@Transactional(readOnly = true)
	public String campaignName(VotingSession session) {
		if (session.getCampaignId() == null) {
			return null;
		}
		return this.jdbc.sql("select name from campaign_v where id = :id")
			.param("id", session.getCampaignId())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Title, whether a unit may vote on itself, and the quorum (e.g. 2/3, or 4/5). */
	@Transactional
	public VotingSession changeRules(long id, String title, boolean selfVoteAllowed, int quorumNumerator,
			int quorumDenominator) {
		VotingSession session = managed(id);
		if (title == null || title.isBlank()) {
			throw new BusinessRuleException("title", "voting.error.titleRequired");
		}
		if (title.strip().length() > MAX_TITLE) {
			throw new BusinessRuleException("title", "voting.error.titleTooLong", MAX_TITLE);
		}
		if (quorumNumerator <= 0 || quorumDenominator > MAX_QUORUM_DENOMINATOR || quorumDenominator < quorumNumerator) {
			throw new BusinessRuleException("quorum", "voting.error.quorum");
		}
		var audit = AuditRecord.of("VOTING_RULES_CHANGED", AUDIT_TYPE, id, session.getTitle())
			.change("voting.field.title", session.getTitle(), title)
			.change("voting.field.selfVote", session.isSelfVoteAllowed(), selfVoteAllowed)
			.change("voting.field.quorum", session.getQuorumNumerator() + "/" + session.getQuorumDenominator(),
					quorumNumerator + "/" + quorumDenominator);
		session.changeRules(title, selfVoteAllowed, quorumNumerator, quorumDenominator);
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		return session;
	}

	/**
	 * Adds a question; places and threshold default to the award's rule (80% for a flag,
	 * 90% for Chiến sĩ thi đua cấp Bộ and above...).
	 */
	@Transactional
	public VotingQuestion addQuestion(long id, Award award, String text, Integer places, BigDecimal threshold) {
		VotingSession session = managed(id);
		Map<String, Object> rule = this.jdbc.sql("select places, threshold from voting_award_rule where award = :a")
			.param("a", award.name())
			.query()
			.singleRow();
		// a question left unnamed is named after its award, in the words of the minutes
		String named = text == null || text.isBlank()
				? this.messages.getMessage("Award." + award.name(), null, award.name(), VietnameseText.VIETNAMESE)
				: text;
		VotingQuestion question = session.addQuestion(award, named,
				places != null ? places : ((Number) rule.get("places")).intValue(),
				threshold != null ? threshold : (BigDecimal) rule.get("threshold"));
		this.sessions.flush();
		audit("VOTING_QUESTION_ADDED", session, question.getText());
		return question;
	}

	/** Changes the places and threshold of a question of a draft. */
	@Transactional
	public VotingQuestion changeQuestion(long id, long questionId, int places, BigDecimal threshold) {
		VotingSession session = managed(id);
		session.requireDraft();
		VotingQuestion question = session.question(questionId);
		var audit = AuditRecord.of("VOTING_QUESTION_CHANGED", AUDIT_TYPE, id, session.getTitle())
			.change("voting.field.places", question.getPlaces(), places)
			.change("voting.field.threshold", question.getThreshold().stripTrailingZeros().toPlainString(),
					threshold == null ? null : threshold.stripTrailingZeros().toPlainString());
		question.change(places, threshold);
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		return question;
	}

	/**
	 * Fills a unit question with the candidates the year's results suggest: the units
	 * that registered for the title, and the best-ranked units up to the number of
	 * places; each with its score, rank and registration. Individual titles and elections
	 * are filled by hand.
	 */
	@Transactional
	public List<VotingCandidate> suggestCandidates(long id, long questionId) {
		VotingSession session = managed(id);
		VotingQuestion question = session.question(questionId);
		List<VotingCandidate> added = new ArrayList<>();
		if (question.getAward().isElection() || isIndividual(question.getAward())) {
			return added;
		}
		Set<Long> present = question.getCandidates()
			.stream()
			.map(VotingCandidate::getUnitId)
			.collect(Collectors.toCollection(HashSet::new));
		for (CandidateSuggestions.Suggestion s : this.suggestions.of(session.getCampaignId(), session.getClusterId())
			.values()) {
			boolean registered = s.registered().contains(question.getAward());
			boolean ranked = s.rank() != null && s.rank() <= question.getPlaces();
			if ((registered || ranked) && present.add(s.unitId())) {
				added.add(question.addCandidate(s.unitId(), null, s.name(), s.score(), s.rank(), registered));
			}
		}
		this.sessions.flush();
		if (!added.isEmpty()) {
			this.events.publishEvent(AuditRecord.of("VOTING_CANDIDATES_SUGGESTED", AUDIT_TYPE, id, session.getTitle())
				.change("voting.field.candidates", null,
						added.stream().map(VotingCandidate::getName).collect(Collectors.joining(", ")))
				.build());
		}
		return added;
	}

	/**
	 * Adds a candidate by hand, with the reason recorded in the history: a member unit
	 * (its score, rank and registration looked up), or an officer by id and name.
	 */
	@Transactional
	public VotingCandidate addCandidate(long id, long questionId, Long unitId, Long officerId, String name,
			String reason) {
		VotingSession session = managed(id);
		VotingQuestion question = session.question(questionId);
		requireReason(reason);
		VotingCandidate candidate;
		if (unitId != null) {
			Unit unit = this.clusters.members(session.getClusterId())
				.stream()
				.map(ClusterMember::getUnit)
				.filter(u -> u.getId().equals(unitId))
				.findFirst()
				.orElseThrow(() -> new BusinessRuleException("unitId", "voting.error.notMember"));
			CandidateSuggestions.Suggestion s = this.suggestions.of(session.getCampaignId(), session.getClusterId())
				.get(unitId);
			candidate = question.addCandidate(unitId, null, unit.getName(), s == null ? null : s.score(),
					s == null ? null : s.rank(), s != null && s.registered().contains(question.getAward()));
		}
		else if (officerId != null && name != null && !name.isBlank()) {
			candidate = question.addCandidate(null, officerId, name.trim(), null, null, false);
		}
		else {
			throw new BusinessRuleException("unitId", "voting.error.candidateRequired");
		}
		this.sessions.flush();
		this.events.publishEvent(AuditRecord.of("VOTING_CANDIDATE_ADDED", AUDIT_TYPE, id, session.getTitle())
			.change("voting.field.candidates", null, question.getText() + ": " + candidate.getName())
			.reason(reason.trim())
			.build());
		return candidate;
	}

	/** Removes a candidate before opening, with the reason recorded in the history. */
	@Transactional
	public void removeCandidate(long id, long questionId, long candidateId, String reason) {
		VotingSession session = managed(id);
		requireReason(reason);
		VotingQuestion question = session.question(questionId);
		VotingCandidate candidate = question.removeCandidate(candidateId);
		this.events.publishEvent(AuditRecord.of("VOTING_CANDIDATE_REMOVED", AUDIT_TYPE, id, session.getTitle())
			.change("voting.field.candidates", question.getText() + ": " + candidate.getName(), null)
			.reason(reason.trim())
			.build());
	}

	/**
	 * Names the account that casts a member unit's vote instead of its commander (none:
	 * the commander again).
	 */
	@Transactional
	public void nameDelegate(long id, long unitId, String username) {
		VotingSession session = managed(id);
		session.requireDraft();
		Elector elector = this.sessions.findElectors(id)
			.stream()
			.filter(e -> Long.valueOf(unitId).equals(e.getUnitId()))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("unitId", "voting.error.notMember"));
		if (username != null && !username.isBlank()) {
			String name = username.trim();
			boolean ofTheUnit = name.length() <= MAX_USERNAME && this.jdbc.sql("""
					select count(*) from account_user_v where username = :u and unit_id = :unit and enabled
					""").param("u", name).param("unit", unitId).query(Integer.class).single() > 0;
			if (!ofTheUnit) {
				throw new BusinessRuleException("username", "voting.error.delegateNotOfUnit");
			}
			if (this.sessions.isNamedElector(id, name)) {
				throw new BusinessRuleException("username", "voting.error.delegateTwice", name);
			}
		}
		String before = elector.getUsername();
		elector.delegateTo(username);
		this.events.publishEvent(AuditRecord.of("VOTING_DELEGATE_NAMED", AUDIT_TYPE, id, session.getTitle())
			.change("voting.field.delegate", before, elector.getUsername())
			.build());
	}

	/** The accounts of a council's members, for a council electorate. */
	@Transactional
	public void setCouncil(long id, List<String> usernames) {
		VotingSession session = managed(id);
		session.requireDraft();
		if (session.getElectorateKind() != ElectorateKind.COUNCIL) {
			throw new BusinessRuleException("voting.error.notCouncil");
		}
		Set<String> names = new LinkedHashSet<>();
		usernames.stream().filter(u -> u != null && !u.isBlank()).map(String::trim).forEach(names::add);
		if (names.isEmpty()) {
			throw new BusinessRuleException("usernames", "voting.error.councilEmpty");
		}
		if (names.size() > MAX_COUNCIL) {
			throw new BusinessRuleException("usernames", "voting.error.councilTooLarge", MAX_COUNCIL);
		}
		List<String> unknown = new ArrayList<>(names.stream().filter(n -> n.length() > MAX_USERNAME).toList());
		if (unknown.isEmpty()) {
			Set<String> known = new HashSet<>(
					this.jdbc.sql("select username from account_user_v where enabled and username in (:names)")
						.param("names", names)
						.query(String.class)
						.list());
			names.stream().filter(n -> !known.contains(n)).forEach(unknown::add);
		}
		if (!unknown.isEmpty()) {
			throw new BusinessRuleException("usernames", "voting.error.councilUnknown",
					String.join(", ", unknown.stream().limit(5).map(VotingService::shortened).toList()));
		}
		this.jdbc.sql("delete from voting_elector where session_id = :s").param("s", id).update();
		for (String username : names) {
			this.jdbc.sql("insert into voting_elector (session_id, username) values (:s, :u)")
				.param("s", id)
				.param("u", username)
				.update();
		}
		this.events.publishEvent(AuditRecord.of("VOTING_COUNCIL_SET", AUDIT_TYPE, id, session.getTitle())
			.change("voting.field.council", null, String.join(", ", names))
			.build());
	}

	// ----------------------------------------------------------------- lifecycle

	/** Opens the vote until {@code closesAt}; the electorate is frozen from now on. */
	@Transactional
	public VotingSession open(long id, Instant closesAt) {
		VotingSession session = managed(id);
		session.open(closesAt, this.sessions.countElectors(id), this.seal.keyCheck(id), now());
		audit("VOTING_SESSION_OPENED", session, null);
		return session;
	}

	/**
	 * The chair moves the closing time later (also reopening a closed, untallied vote).
	 */
	@Transactional
	public VotingSession extend(long id, Instant closesAt, String reason) {
		VotingSession session = managedForUpdate(id);
		requireReason(reason);
		Instant before = session.getClosesAt();
		session.extend(closesAt, now());
		this.events.publishEvent(AuditRecord.of("VOTING_SESSION_EXTENDED", AUDIT_TYPE, id, session.getTitle())
			.change("voting.field.closesAt", before, closesAt)
			.reason(reason.trim())
			.build());
		return session;
	}

	/** The chair closes the vote before its closing time. */
	@Transactional
	public VotingSession close(long id) {
		VotingSession session = managedForUpdate(id);
		session.close(now());
		audit("VOTING_SESSION_CLOSED", session, null);
		return session;
	}

	/**
	 * Settles a tie at the cut-off: the chair in the first round, the competent leader
	 * after a second round (or when the second round was void). Exactly as many of the
	 * tied candidates as there are places left, and a reason, are required.
	 */
	@Transactional
	public void decideTie(long id, long questionId, List<Long> chosen, String reason) {
		VotingSession session = this.sessions.findWithQuestions(id).orElseThrow(NotFoundException::new);
		EmulationCluster cluster = this.clusters.get(session.getClusterId());
		VotingQuestion question = session.question(questionId);
		boolean leader = question.getOutcome() == QuestionOutcome.LEADER_DECIDES;
		if (!canManage(cluster) && !(leader && isDeputyCommander(cluster))) {
			throw new AccessDeniedException("Not allowed");
		}
		if (!question.getOutcome().awaitsDecision()) {
			throw new BusinessRuleException("voting.error.noTie");
		}
		requireReason(reason);
		List<VotingCandidate> tied = question.tied();
		Set<Long> picked = new HashSet<>(chosen);
		if (picked.size() != question.getOpenPlaces()
				|| !tied.stream().map(VotingCandidate::getId).collect(Collectors.toSet()).containsAll(picked)) {
			throw new BusinessRuleException("chosen", "voting.error.tieChoice", question.getOpenPlaces());
		}
		String chose = leader ? "voting.result.leaderChose" : "voting.result.chairChose";
		String notChosen = leader ? "voting.result.leaderNotChosen" : "voting.result.chairNotChosen";
		int electorate = session.getElectorateSize();
		for (VotingCandidate candidate : tied) {
			List<String> args = List.of(String.valueOf(candidate.getApprovals()), String.valueOf(electorate),
					QuestionTally.share(candidate.getApprovals(), electorate));
			if (picked.contains(candidate.getId())) {
				candidate.result(CandidateResult.PASSED, chose, args);
			}
			else {
				candidate.result(CandidateResult.FAILED, notChosen, args);
			}
		}
		question.decided(reason.trim(), CurrentUser.get().getUsername());
		this.events.publishEvent(AuditRecord
			.of(leader ? "VOTING_TIE_LEADER_DECIDED" : "VOTING_TIE_CHAIR_DECIDED", AUDIT_TYPE, id, session.getTitle())
			.change("voting.field.chosen", null,
					tied.stream()
						.filter(c -> picked.contains(c.getId()))
						.map(VotingCandidate::getName)
						.collect(Collectors.joining(", ")))
			.reason(reason.trim())
			.build());
		this.decisions.decided(session, question);
	}

	/**
	 * Sends a tie to a second round among the tied candidates, for the places left: a new
	 * session (round 2) with the same frozen electorate and rules, open until
	 * {@code closesAt}. There is no third round.
	 */
	@Transactional
	public VotingSession startSecondRound(long id, long questionId, Instant closesAt) {
		VotingSession first = managedForUpdate(id);
		VotingQuestion question = first.question(questionId);
		if (question.getOutcome() != QuestionOutcome.TIE) {
			throw new BusinessRuleException("voting.error.noTie");
		}
		VotingSession second = VotingSession.secondRound(first, question, CurrentUser.get().getUsername(), now());
		VotingQuestion again = second.addQuestion(question.getAward(), question.getText(), question.getOpenPlaces(),
				BigDecimal.ZERO);
		for (VotingCandidate candidate : question.tied()) {
			again.addCandidate(candidate.getUnitId(), candidate.getOfficerId(), candidate.getName(),
					candidate.getScore(), candidate.getRank(), candidate.isRegistered());
		}
		this.sessions.saveAndFlush(second);
		this.jdbc.sql("""
				insert into voting_elector (session_id, unit_id, username)
				select :second, unit_id, username from voting_elector where session_id = :first order by id
				""").param("second", second.getId()).param("first", id).update();
		second.open(closesAt, first.getElectorateSize(), this.seal.keyCheck(second.getId()), now());
		question.outcome(QuestionOutcome.SECOND_ROUND, question.getOpenPlaces());
		audit("VOTING_SECOND_ROUND_STARTED", first, question.getText());
		return second;
	}

	/**
	 * Refuses (404 outside scope, else 403) a user who does not chair the session, before
	 * a page reads the rest of its form.
	 */
	@Transactional(readOnly = true)
	public void requireChair(long id) {
		managed(id);
	}

	// ----------------------------------------------------------------- helpers

	private VotingSession managed(long id) {
		VotingSession session = this.sessions.findWithQuestions(id).orElseThrow(NotFoundException::new);
		requireManager(this.clusters.get(session.getClusterId()));
		return session;
	}

	private VotingSession managedForUpdate(long id) {
		VotingSession session = this.sessions.findForUpdate(id).orElseThrow(NotFoundException::new);
		requireManager(this.clusters.get(session.getClusterId()));
		return session;
	}

	private void requireManager(EmulationCluster cluster) {
		if (!canManage(cluster)) {
			throw new AccessDeniedException("Not allowed");
		}
	}

	private boolean isDeputyCommander(EmulationCluster cluster) {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.UNIT_COMMANDER) && cluster.getDeputyUnit() != null
				&& cluster.getDeputyUnit().getId().equals(user.unitId());
	}

	private boolean isIndividual(Award award) {
		return this.jdbc.sql("select individual from voting_award_rule where award = :a")
			.param("a", award.name())
			.query(Boolean.class)
			.single();
	}

	private static String shortened(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "voting.error.reasonRequired");
		}
	}

	private void audit(String action, VotingSession session, String detail) {
		AuditRecord.Builder record = AuditRecord.of(action, AUDIT_TYPE, session.getId(), session.getTitle());
		if (detail != null) {
			record.change("voting.field.question", null, detail);
		}
		this.events.publishEvent(record.build());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
