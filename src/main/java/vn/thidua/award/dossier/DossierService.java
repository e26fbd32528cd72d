package vn.thidua.award.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.catalogue.CatalogueItem;
import vn.thidua.award.catalogue.RecipientType;
import vn.thidua.award.decision.AwardDecision;
import vn.thidua.award.decision.AwardDecisionService;
import vn.thidua.award.decision.DecisionForm;
import vn.thidua.award.decision.DecisionKind;
import vn.thidua.award.decision.DecisionRecorded;
import vn.thidua.award.decision.RecordLineForm;
import vn.thidua.award.title.ListState;
import vn.thidua.award.title.ReasonLine;
import vn.thidua.award.title.Title;
import vn.thidua.award.title.YearlyTitleList;
import vn.thidua.award.title.YearlyTitleService;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;
import vn.thidua.voting.Award;
import vn.thidua.voting.Proposal;
import vn.thidua.voting.VotingService;

/**
 * Proposal dossiers. Provincial staff make them for their unit's subtree: the proposing
 * unit is the staff member's unit and every recipient a unit of its subtree (or an
 * officer of one). Staff, leadership and administrators read the dossiers proposed within
 * their scope; anyone else gets 404, and a reader who tries to write gets 403.
 */
@Service
@RequiredArgsConstructor
public class DossierService {

	/** The dossier is an official document: its texts are Vietnamese. */
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The most lines a dossier may have (the table's limit). */
	public static final int MAX_LINES = 5000;

	private final DossierRepository dossiers;

	private final DossierLineRepository lines;

	private final AwardCatalogue catalogue;

	private final VotingService voting;

	private final YearlyTitleService titles;

	private final AwardDecisionService decisionService;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** A recipient line as entered by hand or taken from a session. */
	public record LineInput(long unitId, Long officerId, long itemId, String achievement) {

	}

	/**
	 * A dossier with its lines, the catalogue items they name, its unit's name and the
	 * decision entered from it, if any.
	 */
	public record DossierView(Dossier dossier, String unitName, List<DossierLine> lines, Map<Long, CatalogueItem> items,
			boolean mayWrite, AwardDecision decision) {

		/** Whether staff may enter the decision now: submitted, and none entered yet. */
		public boolean mayEnterDecision() {
			return this.mayWrite && this.dossier.getState() == DossierState.SUBMITTED && this.decision == null;
		}

	}

	/** The decision the authority took on a submitted dossier, as staff enter it. */
	public record DecisionAnswer(@NotBlank @Size(max = 64) String number,
			@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate decidedOn,
			@NotBlank @Size(max = 255) String signer, Long version) {

	}

	// ------------------------------------------------------------------ reading

	/** A dossier the current user may read, with its lines; otherwise 404. */
	@Transactional(readOnly = true)
	public DossierView view(long id) {
		Dossier dossier = readable(id);
		List<DossierLine> found = this.lines.findByDossierIdOrderByLineNo(id);
		Map<Long, CatalogueItem> items = new HashMap<>();
		for (DossierLine line : found) {
			items.computeIfAbsent(line.getItemId(), this.catalogue::item);
		}
		return new DossierView(dossier, unitName(dossier.getProposingUnitId()), found, items, mayWrite(dossier),
				this.decisionService.answerTo(id).orElse(null));
	}

	/** A dossier in the list. */
	public record DossierRow(long id, String unitName, int year, Authority authority, DossierSource source,
			DossierState state, int lines) {

	}

	/**
	 * The dossiers proposed within the current user's scope (none for a unit's users).
	 */
	@Transactional(readOnly = true)
	public List<DossierRow> list() {
		CurrentUser user = CurrentUser.get();
		if (user.role().isUnitLevel()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select d.id, u.name, d.year, d.authority, d.source, d.state,
				       (select count(*) from award_dossier_line l where l.dossier_id = d.id)
				from award_dossier d join organization_unit_v u on u.id = d.proposing_unit_id
				where unit_visible(u.id, u.path, :all, :prefix, :unitId)
				order by d.year desc, d.id desc""")
			.params(user.scope().parameters())
			.query((rs, i) -> new DossierRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
					Authority.valueOf(rs.getString(4)), DossierSource.valueOf(rs.getString(5)),
					DossierState.valueOf(rs.getString(6)), rs.getInt(7)))
			.list();
	}

	/** Whether the current user may make dossiers (provincial staff with a unit). */
	public boolean mayCreate() {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.PROVINCE_STAFF) && user.unitId() != null;
	}

	// ------------------------------------------------------------------ writing

	/**
	 * A draft made from the proposals of a tallied session (elections left out): one line
	 * per candidate that passed, for the catalogue item of the same code in force at the
	 * end of the year.
	 */
	@Transactional
	public Dossier fromSession(long sessionId, Authority authority) {
		CurrentUser user = requireStaff();
		List<Proposal> proposals = this.voting.proposals(sessionId)
			.stream()
			.filter(p -> !p.award().isElection())
			.toList();
		if (proposals.isEmpty()) {
			throw new BusinessRuleException("award.dossier.error.noProposals");
		}
		int year = proposals.get(0).year();
		LocalDate date = LocalDate.of(year, 12, 31);
		List<LineInput> inputs = new ArrayList<>();
		Map<String, CatalogueItem> items = itemsOn(date);
		for (Proposal proposal : proposals) {
			RecipientType recipient = proposal.officerId() == null ? RecipientType.COLLECTIVE
					: RecipientType.INDIVIDUAL;
			CatalogueItem item = Optional.ofNullable(items.get(recipient + ":" + code(proposal.award())))
				.orElseThrow(() -> new BusinessRuleException("award.dossier.error.unknownItem"));
			long unitId = proposal.unitId() != null ? proposal.unitId() : officerUnit(proposal.officerId());
			inputs.add(new LineInput(unitId, proposal.officerId(), item.getId(), null));
		}
		refuseSecond(DossierSource.VOTING, sessionId, authority);
		Dossier dossier = new Dossier(user.unitId(), year, authority, DossierSource.VOTING, sessionId,
				user.getUsername(), now());
		return save(dossier, inputs);
	}

	/**
	 * A draft made from a unit's submitted yearly title list, for one authority: a line
	 * for each officer whose final title that authority decides (deferred officers left
	 * out, and, when the list was sent to the council's vote, the titles that needed it:
	 * those come from the tallied session), and one for the unit's collective title, each
	 * with the rule that gave it as the achievement.
	 */
	@Transactional
	public Dossier fromTitles(long unitId, int year, Authority authority) {
		CurrentUser user = requireStaff();
		if (authority == null) {
			throw new BusinessRuleException("authority", "award.dossier.error.authorityRequired");
		}
		YearlyTitleList list = this.titles.list(unitId, year);
		if (list.state() != ListState.SUBMITTED) {
			throw new BusinessRuleException("award.dossier.error.listNotSubmitted");
		}
		long listId = this.jdbc.sql("select id from award_title_list where unit_id = :unit and year = :year")
			.param("unit", unitId)
			.param("year", year)
			.query(Long.class)
			.single();
		refuseSecond(DossierSource.TITLE_LIST, listId, authority);
		LocalDate date = LocalDate.of(year, 12, 31);
		List<LineInput> inputs = new ArrayList<>();
		Map<String, CatalogueItem> items = itemsOn(date);
		Title collective = list.unitProposal().title();
		if (collective != null) {
			itemFor(items, collective, RecipientType.COLLECTIVE, authority).ifPresent(item -> inputs
				.add(new LineInput(unitId, null, item.getId(), achievement(list.unitReasons(), null))));
		}
		// titles sent to the council's vote go up through the session's own dossier, with
		// only those who passed
		boolean voted = list.votingSessionId() != null;
		for (YearlyTitleList.Row row : list.rows()) {
			Title title = row.finalTitle();
			if (title == null || row.proposal().deferred() || (voted && row.needsVote())) {
				continue;
			}
			itemFor(items, title, RecipientType.INDIVIDUAL, authority)
				.ifPresent(item -> inputs.add(new LineInput(unitId, row.officerId(), item.getId(),
						achievement(row.reasons(), row.adjusted() ? row.adjustmentReason() : null))));
		}
		if (inputs.isEmpty()) {
			throw new BusinessRuleException("authority", "award.dossier.error.nothingForAuthority");
		}
		Dossier dossier = new Dossier(user.unitId(), year, authority, DossierSource.TITLE_LIST, listId,
				user.getUsername(), now());
		return save(dossier, inputs);
	}

	/** A unit's yearly title list sent up, for the staff's list of what to propose. */
	public record SubmittedList(long unitId, String unitName, int year, Instant submittedAt, int titles,
			Long dossierId) {

	}

	/**
	 * The yearly title lists of a year submitted within the staff member's scope, with
	 * the dossier made from each (the first, if several authorities).
	 */
	@Transactional(readOnly = true)
	public List<SubmittedList> submittedLists(int year) {
		CurrentUser user = CurrentUser.get();
		if (user.role().isUnitLevel()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select l.unit_id, u.name, l.year, l.submitted_at,
				       (select count(*) from award_title_list_entry e
				        where e.list_id = l.id and coalesce(e.adjusted_title, e.proposed_title) is not null
				          and not e.deferred),
				       (select min(d.id) from award_dossier d where d.source = 'TITLE_LIST' and d.source_id = l.id)
				from award_title_list l join organization_unit_v u on u.id = l.unit_id
				where l.year = :year and l.state = 'SUBMITTED'
				  and unit_visible(u.id, u.path, :all, :prefix, :unitId)
				order by l.submitted_at desc, l.id desc
				limit 500""")
			.param("year", year)
			.params(user.scope().parameters())
			.query((rs, i) -> new SubmittedList(rs.getLong(1), rs.getString(2), rs.getInt(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5), (Long) rs.getObject(6, Long.class)))
			.list();
	}

	/**
	 * Staff enter the decision the authority took on a submitted dossier: a draft
	 * decision of the dossier's authority with every proposed line, at the catalogue's
	 * amount, to complete (the signed scan) and record on its page. Recording it marks
	 * the dossier decided.
	 */
	@Transactional
	public AwardDecision enterDecision(long id, DecisionAnswer answer) {
		Dossier dossier = writable(id);
		checkVersion(dossier, answer.version());
		if (dossier.getState() != DossierState.SUBMITTED) {
			throw new BusinessRuleException("award.dossier.error.notSubmitted");
		}
		DecisionKind kind = dossier.getSource() == DossierSource.MANUAL ? DecisionKind.ONE_OFF : DecisionKind.REGULAR;
		String summary = this.messages.getMessage("award.dossier.decisionSummary",
				new Object[] { unitName(dossier.getProposingUnitId()), String.valueOf(dossier.getYear()) }, VIETNAMESE);
		DecisionForm form = new DecisionForm(answer.number(), answer.decidedOn(), dossier.getAuthority(),
				answer.signer(), kind, null, summary, null, null);
		List<RecordLineForm> lineForms = this.lines.findByDossierIdOrderByLineNo(id)
			.stream()
			.map(l -> new RecordLineForm(l.getUnitId(), l.getOfficerId(), l.getItemId(), l.getAchievement(), null,
					null))
			.toList();
		return this.decisionService.createAnswer(id, form, lineForms);
	}

	/** The decision entered from a dossier was recorded: the dossier is decided. */
	@EventListener
	void onDecisionRecorded(DecisionRecorded recorded) {
		if (recorded.dossierId() == null) {
			return;
		}
		Dossier dossier = this.dossiers.findById(recorded.dossierId()).orElseThrow(NotFoundException::new);
		if (dossier.getState() == DossierState.SUBMITTED) {
			dossier.decided();
			this.dossiers.saveAndFlush(dossier);
			this.events.publishEvent(audit("AWARD_DOSSIER_DECIDED", dossier).build());
		}
	}

	/** A draft entered by hand. */
	@Transactional
	public Dossier byHand(int year, Authority authority, List<LineInput> inputs) {
		CurrentUser user = requireStaff();
		if (authority == null) {
			throw new BusinessRuleException("authority", "award.dossier.error.authorityRequired");
		}
		if (year < 1945 || year > 2100) {
			throw new BusinessRuleException("year", "award.dossier.error.year");
		}
		Dossier dossier = new Dossier(user.unitId(), year, authority, DossierSource.MANUAL, null, user.getUsername(),
				now());
		return save(dossier, inputs);
	}

	/** Sends a draft to its authority. */
	@Transactional
	public Dossier submit(long id, Long version) {
		Dossier dossier = writable(id);
		checkVersion(dossier, version);
		if (this.lines.findByDossierIdOrderByLineNo(id).isEmpty()) {
			throw new BusinessRuleException("award.dossier.error.noLines");
		}
		dossier.submit(now());
		this.dossiers.saveAndFlush(dossier);
		this.events.publishEvent(audit("AWARD_DOSSIER_SUBMITTED", dossier).build());
		return dossier;
	}

	/** Sends a submitted dossier back to be corrected, with the reason. */
	@Transactional
	public Dossier sendBack(long id, Long version, String reason) {
		Dossier dossier = writable(id);
		checkVersion(dossier, version);
		dossier.sendBack(reason);
		this.dossiers.saveAndFlush(dossier);
		this.events.publishEvent(audit("AWARD_DOSSIER_RETURNED", dossier).reason(dossier.getReturnReason()).build());
		return dossier;
	}

	/** Marks a submitted dossier as decided on. */
	@Transactional
	public Dossier decided(long id, Long version) {
		Dossier dossier = writable(id);
		checkVersion(dossier, version);
		dossier.decided();
		this.dossiers.saveAndFlush(dossier);
		this.events.publishEvent(audit("AWARD_DOSSIER_DECIDED", dossier).build());
		return dossier;
	}

	// ------------------------------------------------------------------ helpers

	private Dossier save(Dossier dossier, List<LineInput> inputs) {
		if (inputs == null || inputs.isEmpty()) {
			throw new BusinessRuleException("award.dossier.error.noLines");
		}
		if (inputs.size() > MAX_LINES) {
			throw new BusinessRuleException("award.dossier.error.tooManyLines", String.valueOf(MAX_LINES));
		}
		UnitInfo own = unit(dossier.getProposingUnitId());
		List<DossierLine> made = new ArrayList<>();
		// everything is checked before anything is saved
		List<CheckedLine> checked = new ArrayList<>();
		for (LineInput input : inputs) {
			checked.add(checkLine(dossier, own, input));
		}
		this.dossiers.saveAndFlush(dossier);
		int no = 1;
		for (CheckedLine c : checked) {
			made.add(new DossierLine(dossier.getId(), no++, c.input().unitId(), c.input().officerId(), c.name(),
					c.input().itemId(), c.achievement()));
		}
		this.lines.saveAllAndFlush(made);
		this.events.publishEvent(audit("AWARD_DOSSIER_CREATED", dossier).build());
		return dossier;
	}

	/** A line checked and ready to save: the recipient's name and the achievement. */
	record CheckedLine(LineInput input, String name, String achievement, CatalogueItem item) {

	}

	/**
	 * Checks one proposed line: the unit within the proposing unit's subtree, the officer
	 * one of that unit's, the title or form in force at the end of the dossier's year and
	 * made for that kind of recipient, the achievement (the item's name and year when
	 * none is given) within its size.
	 */
	CheckedLine checkLine(Dossier dossier, UnitInfo own, LineInput input) {
		LocalDate date = LocalDate.of(dossier.getYear(), 12, 31);
		UnitInfo unit = findUnit(input.unitId()).filter(u -> u.path().startsWith(own.path()))
			.orElseThrow(() -> new BusinessRuleException("unitId", "award.dossier.error.outsideScope"));
		String name = unit.name();
		if (input.officerId() != null) {
			name = officerName(input.officerId(), unit.id())
				.orElseThrow(() -> new BusinessRuleException("officerId", "award.dossier.error.outsideScope"));
		}
		CatalogueItem item = findItem(input.itemId())
			.orElseThrow(() -> new BusinessRuleException("itemId", "award.dossier.error.unknownItem"));
		RecipientType recipient = input.officerId() == null ? RecipientType.COLLECTIVE : RecipientType.INDIVIDUAL;
		if (item.getRecipient() != recipient || !item.isValidOn(date)) {
			throw new BusinessRuleException("itemId", "award.dossier.error.unknownItem");
		}
		String achievement = input.achievement() == null || input.achievement().isBlank()
				? item.getNameVi() + " " + dossier.getYear() : input.achievement().strip();
		if (achievement.length() > DossierLine.ACHIEVEMENT_MAX) {
			throw new BusinessRuleException("achievement", "award.dossier.error.achievementTooLong",
					String.valueOf(DossierLine.ACHIEVEMENT_MAX));
		}
		return new CheckedLine(input, name, achievement, item);
	}

	/**
	 * One dossier per source and authority: a second one would propose the same people
	 * twice. A returned dossier is corrected and submitted again, not made anew.
	 */
	private void refuseSecond(DossierSource source, long sourceId, Authority authority) {
		this.jdbc.sql("""
				select id from award_dossier
				where source = :source and source_id = :sourceId and authority = :authority
				order by id limit 1""")
			.param("source", source.name())
			.param("sourceId", sourceId)
			.param("authority", authority.name())
			.query(Long.class)
			.optional()
			.ifPresent(existing -> {
				// cast: a second String would be taken for the message key
				throw new BusinessRuleException("award.dossier.error.alreadyMade", (Object) String.valueOf(existing));
			});
	}

	/**
	 * The catalogue items in force on a date, by recipient type and code
	 * ("INDIVIDUAL:CSTT"), read once for all the lines of a dossier.
	 */
	private Map<String, CatalogueItem> itemsOn(LocalDate date) {
		Map<String, CatalogueItem> items = new HashMap<>();
		for (RecipientType recipient : RecipientType.values()) {
			for (CatalogueItem item : this.catalogue.itemsOn(date, recipient)) {
				items.putIfAbsent(recipient + ":" + item.getCode(), item);
			}
		}
		return items;
	}

	/** The catalogue item of a title, when the authority decides it. */
	private static Optional<CatalogueItem> itemFor(Map<String, CatalogueItem> items, Title title,
			RecipientType recipient, Authority authority) {
		return Optional.ofNullable(items.get(recipient + ":" + title.name()))
			.filter(item -> item.getAuthority() == authority);
	}

	/**
	 * The achievement of a line made from a title list: the rule that gave the title, in
	 * Vietnamese (the dossier is an official document), and the unit's reason when it
	 * changed the title.
	 */
	private String achievement(List<ReasonLine> reasons, String adjustmentReason) {
		String text = reasons.isEmpty() ? "" : this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { reasons.get(0).key() }, reasons.get(0).arguments()),
				VIETNAMESE);
		if (adjustmentReason != null) {
			text = this.messages.getMessage("award.dossier.adjusted", new Object[] { text, adjustmentReason },
					VIETNAMESE);
		}
		return text.length() > DossierLine.ACHIEVEMENT_MAX ? text.substring(0, DossierLine.ACHIEVEMENT_MAX) : text;
	}

	private Optional<CatalogueItem> findItem(long id) {
		try {
			return Optional.of(this.catalogue.item(id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private static String code(Award award) {
		return switch (award) {
			case CO_THI_DUA_BO -> "CO_BO";
			case CO_THI_DUA_TINH -> "CO_TINH";
			default -> award.name();
		};
	}

	record UnitInfo(long id, String name, String path) {

	}

	/**
	 * A dossier the current user may read: proposed within their scope (not unit level).
	 */
	Dossier readable(long id) {
		CurrentUser user = CurrentUser.get();
		Scope scope = user.scope();
		Boolean visible = this.jdbc.sql("""
				select exists (
				    select 1 from award_dossier d join organization_unit_v u on u.id = d.proposing_unit_id
				    where d.id = :id and :unitLevel = false and unit_visible(u.id, u.path, :all, :prefix, :unitId))""")
			.param("id", id)
			.param("unitLevel", user.role().isUnitLevel())
			.params(scope.parameters())
			.query(Boolean.class)
			.single();
		if (!visible) {
			throw new NotFoundException();
		}
		return this.dossiers.findById(id).orElseThrow(NotFoundException::new);
	}

	Dossier writable(long id) {
		Dossier dossier = readable(id);
		if (!mayWrite(dossier)) {
			throw new AccessDeniedException("Only the proposing unit's staff change dossiers");
		}
		return dossier;
	}

	private boolean mayWrite(Dossier dossier) {
		CurrentUser user = CurrentUser.get();
		if (!user.is(Role.PROVINCE_STAFF) || user.unitId() == null) {
			return false;
		}
		return unit(dossier.getProposingUnitId()).path().startsWith(unit(user.unitId()).path());
	}

	static CurrentUser requireStaff() {
		CurrentUser user = CurrentUser.get();
		if (!user.is(Role.PROVINCE_STAFF) || user.unitId() == null) {
			throw new AccessDeniedException("Only provincial staff make dossiers");
		}
		return user;
	}

	private static void checkVersion(Dossier dossier, Long version) {
		if (version == null || version != dossier.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Dossier.class, dossier.getId());
		}
	}

	private long officerUnit(long officerId) {
		return this.jdbc.sql("select unit_id from organization_officer_v where id = :id")
			.param("id", officerId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleException("award.dossier.error.outsideScope"));
	}

	private Optional<String> officerName(long officerId, long unitId) {
		return this.jdbc
			.sql("""
					select o.full_name from organization_officer_v o
					where o.id = :id and (o.unit_id = :unit or exists (
					    select 1 from organization_officer_assignment_v a where a.officer_id = o.id and a.unit_id = :unit))""")
			.param("id", officerId)
			.param("unit", unitId)
			.query(String.class)
			.optional();
	}

	UnitInfo unit(long id) {
		return findUnit(id).orElseThrow(NotFoundException::new);
	}

	private Optional<UnitInfo> findUnit(long id) {
		return this.jdbc.sql("select id, name, path from organization_unit_v where id = :id")
			.param("id", id)
			.query((rs, i) -> new UnitInfo(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	private String unitName(long id) {
		return unit(id).name();
	}

	AuditRecord.Builder audit(String action, Dossier dossier) {
		return AuditRecord.of(action, Dossier.AUDIT_TYPE, dossier.getId(),
				dossier.getAuthority().symbol() + " " + dossier.getYear());
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
