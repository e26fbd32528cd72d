package vn.thidua.award.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.catalogue.BaseSalary;
import vn.thidua.award.catalogue.CashAmount;
import vn.thidua.award.catalogue.CatalogueItem;
import vn.thidua.award.catalogue.RecipientType;
import vn.thidua.award.decision.AwardRecord.Recipient;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.storage.FileRules;
import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.storage.FileType;
import vn.thidua.shared.storage.StoredFile;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Award decisions and their recipient lines. Who may do what:
 * <ul>
 * <li>provincial staff enter decisions for their unit's subtree: a decision's issuer is
 * the staff member's unit and its recipients must be units of that subtree (officers of
 * them) on the decision date;</li>
 * <li>staff, leadership and administrators read the decisions issued within their scope;
 * a unit's users read the decisions that name their unit or its officers;</li>
 * <li>anything else answers 404, and a reader who tries to write gets 403.</li>
 * </ul>
 * The rules of a line (the catalogue's amount unless a reason is given, the recipient in
 * the issuer's subtree, an item in force on the date for that kind of recipient) are
 * checked here and, where they can be, by the database too.
 */
@Service
@RequiredArgsConstructor
public class AwardDecisionService {

	/** The most lines a decision may have (the table's limit). */
	public static final int MAX_LINES = 5000;

	private final AwardDecisionRepository decisions;

	private final AwardRecordRepository records;

	private final AwardCatalogue catalogue;

	private final FileStorage storage;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** A unit as a decision needs it: its place in the tree and its life span. */
	record UnitInfo(long id, String name, String path, LocalDate validFrom, LocalDate validTo) {

		boolean existsOn(LocalDate date) {
			return !date.isBefore(this.validFrom) && (this.validTo == null || !date.isAfter(this.validTo));
		}

	}

	/** The decision with its lines and what the current user may do with it. */
	public record DecisionView(AwardDecision decision, String issuerName, List<AwardRecord> lines,
			java.util.Map<Long, CatalogueItem> items, long total, String campaignName, String amendsNumber,
			String supersededByNumber, Long amendmentDraftId, boolean mayWrite, boolean mayEdit, boolean mayAmend,
			StoredFile scan) {

	}

	// ------------------------------------------------------------------ reading

	/** A decision the current user may read, with its lines; otherwise 404. */
	@Transactional(readOnly = true)
	public DecisionView view(long id) {
		AwardDecision decision = readable(id);
		List<AwardRecord> lines = this.records.findByDecisionIdOrderByLineNo(id);
		java.util.Map<Long, CatalogueItem> items = new java.util.HashMap<>();
		for (AwardRecord line : lines) {
			items.computeIfAbsent(line.getItemId(), this.catalogue::item);
		}
		long total = lines.stream().mapToLong(AwardRecord::getAmount).sum();
		boolean staff = mayWrite(decision);
		Long amendmentDraft = this.jdbc.sql("select id from award_decision where amends_id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(null);
		return new DecisionView(decision, unitName(decision.getIssuerUnitId()), lines, items, total,
				campaignName(decision.getCampaignId()), number(decision.getAmendsId()),
				number(decision.getSupersededById()), amendmentDraft, staff, staff && decision.isDraft(),
				staff && !decision.isDraft() && !decision.isSuperseded() && amendmentDraft == null,
				decision.getScanFileId() == null ? null : this.storage.find(decision.getScanFileId()).orElse(null));
	}

	/** Whether the current user may enter decisions (provincial staff with a unit). */
	public boolean mayCreate() {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.PROVINCE_STAFF) && user.unitId() != null;
	}

	/** The campaigns a decision may belong to: those the user sees, of recent years. */
	@Transactional(readOnly = true)
	public List<Option> campaigns() {
		Scope scope = CurrentUser.get().scope();
		return this.jdbc.sql("""
				select k.id, k.name || ' (' || k.year || ')' from campaign_v k
				where k.id in (select v.id from visible_campaign_ids(:all, :prefix, :unitId) v)
				order by k.year desc, k.sort_key, k.id""")
			.params(scope.parameters())
			.query((rs, i) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** A choice in a select. */
	public record Option(long id, String label) {

	}

	/**
	 * The units a line of the decision may name: the issuer's subtree, existing on the
	 * decision date, in tree order.
	 */
	@Transactional(readOnly = true)
	public List<Option> recipientUnits(long decisionId) {
		AwardDecision decision = writable(decisionId);
		UnitInfo issuer = unit(decision.getIssuerUnitId());
		return this.jdbc.sql("""
				select u.id, u.code || ' - ' || u.name from organization_unit_v u
				where u.path like :prefix and u.valid_from <= :on and (u.valid_to is null or u.valid_to >= :on)
				order by u.path""")
			.param("prefix", issuer.path() + "%")
			.param("on", decision.getDecidedOn())
			.query((rs, i) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The officers of a recipient unit in the decision's year, for the line form. */
	@Transactional(readOnly = true)
	public List<Option> recipientOfficers(long decisionId, long unitId) {
		AwardDecision decision = writable(decisionId);
		recipientUnit(decision, unitId);
		return officersOf(unitId, decision.getYear()).stream()
			.map(o -> new Option(o.id(), o.name() + (o.rank() == null ? "" : " (" + o.rank() + ")")))
			.toList();
	}

	/** The items a line may carry: in force on the decision date, for that recipient. */
	@Transactional(readOnly = true)
	public List<CatalogueItem> lineItems(long decisionId, RecipientType recipient) {
		AwardDecision decision = writable(decisionId);
		return this.catalogue.itemsOn(decision.getDecidedOn(), recipient);
	}

	// ------------------------------------------------------------------ writing

	/** A new draft decision issued by the staff member's unit. */
	@Transactional
	public AwardDecision create(DecisionForm form) {
		CurrentUser user = requireStaff();
		AwardDecision decision = new AwardDecision(user.unitId(), null, null, user.getUsername(), now());
		describe(decision, form);
		saveChecked(decision);
		this.events.publishEvent(audit("AWARD_DECISION_CREATED", decision).build());
		return decision;
	}

	/**
	 * A draft decision answering a proposal dossier: what the decision says, and one line
	 * for each recipient proposed, each checked as a line entered by hand. A line refused
	 * refuses the whole decision, with the line's number.
	 */
	@Transactional
	public AwardDecision createAnswer(long dossierId, DecisionForm form, List<RecordLineForm> lines) {
		if (this.decisions.findByDossierId(dossierId).isPresent()) {
			throw new BusinessRuleException("award.decision.error.dossierAnswered");
		}
		AwardDecision decision = create(form);
		decision.answer(dossierId);
		try {
			addLines(decision.getId(), lines);
		}
		catch (LineRefusedException ex) {
			throw new BusinessRuleException("award.decision.error.dossierLine", ex.index() + 1,
					new DefaultMessageSourceResolvable(new String[] { ex.reason().messageKey() },
							ex.reason().arguments()));
		}
		return decision;
	}

	/**
	 * A decision entered at once by another system: what it says, its lines, and
	 * (optionally) recorded, each part checked as on the pages; one refusal refuses it
	 * all, and nothing is saved.
	 */
	@Transactional
	public AwardDecision enter(DecisionForm form, List<RecordLineForm> lines, boolean recordNow) {
		AwardDecision decision = create(form);
		addLines(decision.getId(), lines);
		if (recordNow) {
			record(decision.getId(), decision.getVersion());
		}
		return decision;
	}

	private void addLines(long id, List<RecordLineForm> lines) {
		if (lines.size() > MAX_LINES) {
			throw new BusinessRuleException("award.decision.error.tooManyLines", MAX_LINES);
		}
		for (int i = 0; i < lines.size(); i++) {
			try {
				addLine(id, lines.get(i));
			}
			catch (BusinessRuleException ex) {
				throw new LineRefusedException(i, ex);
			}
		}
	}

	/** The decision answering a dossier, if one was entered (for the dossier's page). */
	@Transactional(readOnly = true)
	public Optional<AwardDecision> answerTo(long dossierId) {
		return this.decisions.findByDossierId(dossierId);
	}

	/** Changes what a draft says. */
	@Transactional
	public AwardDecision update(long id, DecisionForm form) {
		AwardDecision decision = writable(id);
		decision.requireDraft();
		checkVersion(decision, form.version());
		String before = decision.getNumber();
		describe(decision, form);
		saveChecked(decision);
		this.events.publishEvent(audit("AWARD_DECISION_CHANGED", decision)
			.change("award.decision.field.number", before, decision.getNumber())
			.build());
		return decision;
	}

	/** Deletes a draft and its lines. */
	@Transactional
	public void delete(long id, long version) {
		AwardDecision decision = writable(id);
		decision.requireDraft();
		checkVersion(decision, version);
		this.events.publishEvent(audit("AWARD_DECISION_DELETED", decision).build());
		this.records.deleteAll(this.records.findByDecisionIdOrderByLineNo(id));
		this.decisions.delete(decision);
		this.decisions.flush();
	}

	/** Adds a recipient line to a draft. */
	@Transactional
	public AwardRecord addLine(long id, RecordLineForm form) {
		AwardDecision decision = writable(id);
		decision.requireDraft();
		int count = this.records.countByDecisionId(id);
		if (count >= MAX_LINES) {
			throw new BusinessRuleException("award.decision.error.tooManyLines", MAX_LINES);
		}
		UnitInfo unit = recipientUnit(decision, form.unitId());
		Recipient recipient;
		if (form.officerId() == null) {
			recipient = new Recipient(unit.id(), null, unit.name(), unit.name(), null, null);
		}
		else {
			OfficerInfo officer = officersOf(unit.id(), decision.getYear()).stream()
				.filter(o -> o.id() == form.officerId())
				.findFirst()
				.orElseThrow(() -> new BusinessRuleException("officerId", "award.decision.error.officerNotInUnit"));
			recipient = new Recipient(unit.id(), officer.id(), officer.name(), unit.name(), officer.rank(),
					officer.position());
		}
		CatalogueItem item = this.catalogue.item(form.itemId());
		RecipientType wanted = recipient.officerId() == null ? RecipientType.COLLECTIVE : RecipientType.INDIVIDUAL;
		if (item.getRecipient() != wanted) {
			throw new BusinessRuleException("itemId", "award.decision.error.itemRecipient." + wanted);
		}
		if (!item.isValidOn(decision.getDecidedOn())) {
			throw new BusinessRuleException("itemId", "award.decision.error.itemNotInForce");
		}
		long catalogueAmount = CashAmount.of(item.getCashMultiple(), decision.getBaseSalary());
		String search = VietnameseText.searchText(recipient.name(), recipient.unitName(), decision.getNumber());
		AwardRecord line = new AwardRecord(id, nextLine(id), recipient, item.getId(), item.getCashMultiple(),
				catalogueAmount, form.achievement(), form.amount(), form.amountReason(), search,
				VietnameseText.sortKey(recipient.name()));
		this.records.save(line);
		this.events.publishEvent(audit("AWARD_DECISION_LINE_ADDED", decision)
			.change("award.decision.field.recipient", null, recipient.name() + " — " + item.getNameVi())
			.change("award.decision.field.amount", null, line.getAmount())
			.reason(line.getAmountReason())
			.build());
		return line;
	}

	/** Removes a line of a draft. */
	@Transactional
	public void removeLine(long id, long lineId) {
		AwardDecision decision = writable(id);
		decision.requireDraft();
		AwardRecord line = this.records.findById(lineId)
			.filter(l -> l.getDecisionId() == id)
			.orElseThrow(NotFoundException::new);
		this.records.delete(line);
		this.events.publishEvent(audit("AWARD_DECISION_LINE_REMOVED", decision)
			.change("award.decision.field.recipient", line.getRecipientName(), null)
			.build());
	}

	/**
	 * Records a draft: its lines become award records; a decision that amends another
	 * supersedes it now.
	 */
	@Transactional
	public AwardDecision record(long id, long version) {
		AwardDecision decision = writable(id);
		decision.requireDraft();
		checkVersion(decision, version);
		decision.record(this.records.countByDecisionId(id), CurrentUser.get().getUsername(), now());
		if (decision.getAmendsId() != null) {
			AwardDecision amended = this.decisions.findById(decision.getAmendsId()).orElseThrow(NotFoundException::new);
			amended.supersede(decision.getId());
			this.events.publishEvent(audit("AWARD_DECISION_SUPERSEDED", amended)
				.change("award.decision.field.supersededBy", null, decision.getNumber())
				.reason(decision.getAmendmentReason())
				.build());
		}
		this.events.publishEvent(audit("AWARD_DECISION_RECORDED", decision)
			.change("award.decision.field.state", DecisionState.DRAFT, DecisionState.RECORDED)
			.build());
		this.events.publishEvent(new DecisionRecorded(decision.getId(), decision.getDossierId()));
		return decision;
	}

	/**
	 * Starts the decision that amends a recorded one: a draft with its own number, the
	 * reason, and a copy of the amended decision's lines for staff to correct.
	 */
	@Transactional
	public AwardDecision amend(long id, DecisionForm form) {
		AwardDecision amended = writable(id);
		if (amended.isDraft() || amended.isSuperseded() || this.decisions.existsByAmendsId(id)) {
			throw new BusinessRuleException("award.decision.error.notAmendable");
		}
		if (form.amendmentReason() == null || form.amendmentReason().isBlank()) {
			throw new BusinessRuleException("amendmentReason", "award.decision.error.amendmentReason");
		}
		AwardDecision decision = new AwardDecision(amended.getIssuerUnitId(), amended.getId(),
				form.amendmentReason().strip(), CurrentUser.get().getUsername(), now());
		describe(decision, form);
		saveChecked(decision);
		for (AwardRecord line : this.records.findByDecisionIdOrderByLineNo(id)) {
			CatalogueItem item = this.catalogue.item(line.getItemId());
			long catalogueAmount = CashAmount.of(item.getCashMultiple(), decision.getBaseSalary());
			this.records.save(new AwardRecord(decision.getId(), line.getLineNo(),
					new Recipient(line.getUnitId(), line.getOfficerId(), line.getRecipientName(), line.getUnitName(),
							line.getRank(), line.getPosition()),
					item.getId(), item.getCashMultiple(), catalogueAmount, line.getAchievement(),
					line.getAmount() == line.getCatalogueAmount() ? null : line.getAmount(), line.getAmountReason(),
					VietnameseText.searchText(line.getRecipientName(), line.getUnitName(), decision.getNumber()),
					line.getSortKey()));
		}
		this.events.publishEvent(audit("AWARD_DECISION_AMENDMENT_STARTED", decision)
			.change("award.decision.field.amends", null, amended.getNumber())
			.reason(decision.getAmendmentReason())
			.build());
		return decision;
	}

	/** The files a scan may be. */
	public FileRules scanRules() {
		return this.storage.rules(FileType.PDF, FileType.JPEG, FileType.PNG);
	}

	/** Attaches (or replaces) the scan of the signed decision, in any state. */
	@Transactional
	public void attachScan(long id, MultipartFile upload) {
		AwardDecision decision = writable(id);
		StoredFile file = this.storage.store(upload, scanRules());
		Long previous = decision.attachScan(file.id());
		this.decisions.flush();
		if (previous != null) {
			this.storage.delete(previous);
		}
		this.events.publishEvent(audit("AWARD_DECISION_SCAN_ATTACHED", decision)
			.change("award.decision.field.scan", null, file.originalName())
			.build());
	}

	/** The scan of a decision the user may read, or 404. */
	@Transactional(readOnly = true)
	public StoredFile scan(long id) {
		AwardDecision decision = readable(id);
		return Optional.ofNullable(decision.getScanFileId())
			.flatMap(this.storage::find)
			.orElseThrow(NotFoundException::new);
	}

	// ------------------------------------------------------------------ rules

	private void describe(AwardDecision decision, DecisionForm form) {
		LocalDate today = LocalDate.now(this.clock);
		if (form.decidedOn().isAfter(today)) {
			throw new BusinessRuleException("decidedOn", "award.decision.error.future");
		}
		BaseSalary salary = this.catalogue.baseSalaryOn(form.decidedOn())
			.orElseThrow(() -> new BusinessRuleException("decidedOn", "award.decision.error.noBaseSalary"));
		if (form.campaignId() != null
				&& !Boolean.TRUE.equals(this.jdbc.sql("select campaign_visible(:id, :all, :prefix, :unitId)")
					.param("id", form.campaignId())
					.params(CurrentUser.get().scope().parameters())
					.query(Boolean.class)
					.single())) {
			throw new BusinessRuleException("campaignId", "award.decision.error.campaign");
		}
		decision.describe(form, salary.getAmount());
		if (decision.getId() != null && !this.records.findByDecisionIdOrderByLineNo(decision.getId()).isEmpty()
				&& decision.getBaseSalary() != salary.getAmount()) {
			throw new BusinessRuleException("decidedOn", "award.decision.error.salaryChangedWithLines");
		}
		Long taken = this.jdbc.sql("""
				select id from award_decision
				where authority = :authority and year = :year and number_scope = :scope and number_key = :key""")
			.param("authority", decision.getAuthority().name())
			.param("year", decision.getYear())
			.param("scope", decision.getNumberScope())
			.param("key", decision.getNumberKey())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (taken != null && !taken.equals(decision.getId())) {
			throw new BusinessRuleException("number", "award.decision.error.numberTaken", decision.getNumber(),
					String.valueOf(decision.getYear()));
		}
	}

	/**
	 * Saves, turning a number taken meanwhile (the unique constraint) into the message.
	 */
	private void saveChecked(AwardDecision decision) {
		try {
			this.decisions.saveAndFlush(decision);
		}
		catch (DataIntegrityViolationException ex) {
			throw new BusinessRuleException("number", "award.decision.error.numberTaken", decision.getNumber(),
					String.valueOf(decision.getYear()));
		}
	}

	private UnitInfo recipientUnit(AwardDecision decision, long unitId) {
		UnitInfo issuer = unit(decision.getIssuerUnitId());
		UnitInfo unit = findUnit(unitId).filter(u -> u.path().startsWith(issuer.path()))
			.orElseThrow(() -> new BusinessRuleException("unitId", "award.decision.error.outsideScope"));
		if (!unit.existsOn(decision.getDecidedOn())) {
			throw new BusinessRuleException("unitId", "award.decision.error.unitNotOnDate");
		}
		return unit;
	}

	record OfficerInfo(long id, String name, String rank, String position) {

	}

	/** The officers who served in the unit during the year (the organisation's rule). */
	private List<OfficerInfo> officersOf(long unitId, int year) {
		return this.jdbc.sql("""
				select o.id, o.full_name, o.rank, coalesce(a.position, o.position)
				from organization_officer_v o
				left join lateral (
				    select x.position, x.valid_from from organization_officer_assignment_v x
				    where x.officer_id = o.id and x.unit_id = :unit
				      and x.valid_from <= make_date(:year, 12, 31)
				      and (x.valid_to is null or x.valid_to >= make_date(:year, 1, 1))
				    order by x.valid_from desc limit 1) a on true
				where a.valid_from is not null
				   or (o.unit_id = :unit
				       and not exists (select 1 from organization_officer_assignment_v y where y.officer_id = o.id))
				order by o.sort_key, o.id""")
			.param("unit", unitId)
			.param("year", year)
			.query((rs, i) -> new OfficerInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private int nextLine(long id) {
		return this.jdbc.sql("select coalesce(max(line_no), 0) + 1 from award_record where decision_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/**
	 * A decision the current user may read: in the issuer's scope, or naming their unit.
	 */
	AwardDecision readable(long id) {
		Scope scope = CurrentUser.get().scope();
		Boolean visible = this.jdbc.sql("""
				select exists (
				    select 1 from award_decision d join organization_unit_v u on u.id = d.issuer_unit_id
				    where d.id = :id and (
				        (:unitLevel = false and unit_visible(u.id, u.path, :all, :prefix, :unitId))
				        or (d.state = 'RECORDED' and exists (
				            select 1 from award_record r where r.decision_id = d.id and r.unit_id = :unitId))))""")
			.param("id", id)
			.param("unitLevel", CurrentUser.get().role().isUnitLevel())
			.params(scope.parameters())
			.query(Boolean.class)
			.single();
		if (!visible) {
			throw new NotFoundException();
		}
		return this.decisions.findById(id).orElseThrow(NotFoundException::new);
	}

	/** A decision the current user may change: 404 outside the scope, 403 for readers. */
	private AwardDecision writable(long id) {
		AwardDecision decision = readable(id);
		if (!mayWrite(decision)) {
			throw new AccessDeniedException("Only the issuer's staff enter decisions");
		}
		return decision;
	}

	private boolean mayWrite(AwardDecision decision) {
		CurrentUser user = CurrentUser.get();
		if (!user.is(Role.PROVINCE_STAFF) || user.unitId() == null) {
			return false;
		}
		UnitInfo own = unit(user.unitId());
		return unit(decision.getIssuerUnitId()).path().startsWith(own.path());
	}

	private static CurrentUser requireStaff() {
		CurrentUser user = CurrentUser.get();
		if (!user.is(Role.PROVINCE_STAFF) || user.unitId() == null) {
			throw new AccessDeniedException("Only provincial staff enter decisions");
		}
		return user;
	}

	private static void checkVersion(AwardDecision decision, Long version) {
		if (version == null || version != decision.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(AwardDecision.class, decision.getId());
		}
	}

	private UnitInfo unit(long id) {
		return findUnit(id).orElseThrow(NotFoundException::new);
	}

	private Optional<UnitInfo> findUnit(long id) {
		return this.jdbc.sql("select id, name, path, valid_from, valid_to from organization_unit_v where id = :id")
			.param("id", id)
			.query((rs, i) -> new UnitInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
			.optional();
	}

	private String unitName(long id) {
		return unit(id).name();
	}

	private String campaignName(Long id) {
		return id == null ? null
				: this.jdbc.sql("select name from campaign_v where id = :id")
					.param("id", id)
					.query(String.class)
					.optional()
					.orElse(null);
	}

	private String number(Long id) {
		return id == null ? null : this.decisions.findById(id).map(AwardDecision::getNumber).orElse(null);
	}

	private AuditRecord.Builder audit(String action, AwardDecision decision) {
		return AuditRecord.of(action, AwardDecision.AUDIT_TYPE, decision.getId(), decision.getNumber());
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
