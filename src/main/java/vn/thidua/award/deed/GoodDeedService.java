package vn.thidua.award.deed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.catalogue.CatalogueItem;
import vn.thidua.award.catalogue.RecipientType;
import vn.thidua.award.dossier.Dossier;
import vn.thidua.award.dossier.DossierService;
import vn.thidua.award.dossier.DossierService.LineInput;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.storage.FileRules;
import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.storage.FileType;
import vn.thidua.shared.storage.StoredFile;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * The good-deed book. Who may do what:
 * <ul>
 * <li>a unit's commander and officers record deeds of their own unit; provincial staff
 * record them for any unit of their subtree;</li>
 * <li>everybody reads the deeds of the units they see (a unit's users: their own unit's;
 * staff and leadership: their subtree's); leadership and administrators only read;</li>
 * <li>provincial staff of the subtree turn a deed into a one-off proposal dossier (a Giấy
 * khen of the Director) through {@link DossierService}.</li>
 * </ul>
 * A deed outside the scope answers 404; a reader who tries to write gets 403.
 */
@Service
@RequiredArgsConstructor
public class GoodDeedService {

	/** Rows of one page of the book. */
	public static final int PAGE_SIZE = 30;

	/** The catalogue item a one-off proposal made from a deed asks for. */
	static final String ONE_OFF_ITEM = "GIAY_KHEN";

	private static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

	private static final String ROW = """
			select d.id, d.happened_on, d.kind, d.unit_id, u.name, d.place, d.description, d.sender_name,
			       d.scan_file_id is not null, d.dossier_id,
			       (select string_agg(o.full_name, ', ' order by o.sort_key, o.id)
			        from award_good_deed_officer x join organization_officer_v o on o.id = x.officer_id
			        where x.deed_id = d.id)
			from award_good_deed d join organization_unit_v u on u.id = d.unit_id
			""";

	private final GoodDeedRepository deeds;

	private final DossierService dossiers;

	private final AwardCatalogue catalogue;

	private final FileStorage storage;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** A deed in a list: the officers' names joined, and whether it has a scan. */
	public record DeedRow(long id, LocalDate happenedOn, GoodDeedKind kind, long unitId, String unitName, String place,
			String description, String senderName, boolean hasScan, Long dossierId, String officerNames) {

	}

	/** A page of the book. */
	public record Page(List<DeedRow> rows, long total, int page, int totalPages) {

	}

	/** A choice in a select or a checkbox list. */
	public record Option(long id, String label) {

	}

	/** An officer a deed names. */
	public record OfficerRef(long id, String name, String rank) {

	}

	/** A deed with what its page shows and what the current user may do with it. */
	public record DeedView(GoodDeed deed, String unitName, List<OfficerRef> officers, StoredFile scan, boolean mayWrite,
			boolean mayPropose) {

	}

	// ------------------------------------------------------------------ reading

	/** A page of the deeds of the units the user sees, newest first. */
	@Transactional(readOnly = true)
	public Page list(int page) {
		Scope scope = CurrentUser.get().scope();
		long total = this.jdbc.sql("""
				select count(*) from award_good_deed d join organization_unit_v u on u.id = d.unit_id
				where unit_visible(u.id, u.path, :all, :prefix, :unitId)""")
			.params(scope.parameters())
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		List<DeedRow> rows = this.jdbc.sql(ROW + """
				where unit_visible(u.id, u.path, :all, :prefix, :unitId)
				order by d.happened_on desc, d.id desc limit :limit offset :offset""")
			.params(scope.parameters())
			.param("limit", PAGE_SIZE)
			.param("offset", current * PAGE_SIZE)
			.query(GoodDeedService::row)
			.list();
		return new Page(rows, total, current, pages);
	}

	/**
	 * The deeds naming an officer, for the officer's record page (whose caller checked
	 * that the user sees the officer); one statement.
	 */
	@Transactional(readOnly = true)
	public List<DeedRow> officerDeeds(long officerId) {
		return this.jdbc
			.sql(ROW + """
					where exists (select 1 from award_good_deed_officer x where x.deed_id = d.id and x.officer_id = :officer)
					order by d.happened_on desc, d.id desc limit 500""")
			.param("officer", officerId)
			.query(GoodDeedService::row)
			.list();
	}

	/**
	 * The deeds recorded for a unit, for the unit's record page (whose caller checked
	 * that the user sees the unit); one statement.
	 */
	@Transactional(readOnly = true)
	public List<DeedRow> unitDeeds(long unitId) {
		return this.jdbc.sql(ROW + " where d.unit_id = :unit order by d.happened_on desc, d.id desc limit 500")
			.param("unit", unitId)
			.query(GoodDeedService::row)
			.list();
	}

	/** A deed the user may read, with its officers and scan; otherwise 404. */
	@Transactional(readOnly = true)
	public DeedView view(long id) {
		GoodDeed deed = readable(id);
		List<OfficerRef> officers = this.jdbc.sql("""
				select o.id, o.full_name, o.rank from award_good_deed_officer x
				join organization_officer_v o on o.id = x.officer_id
				where x.deed_id = :id order by o.sort_key, o.id""")
			.param("id", id)
			.query((rs, i) -> new OfficerRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		boolean mayWrite = mayWriteIn(deed.getUnitId());
		return new DeedView(deed, unitName(deed.getUnitId()), officers,
				deed.getScanFileId() == null ? null : this.storage.find(deed.getScanFileId()).orElse(null), mayWrite,
				mayWrite && isStaff() && deed.getDossierId() == null);
	}

	/** The scan of a deed the user may read, or 404. */
	@Transactional(readOnly = true)
	public StoredFile scan(long id) {
		GoodDeed deed = readable(id);
		return Optional.ofNullable(deed.getScanFileId())
			.flatMap(this.storage::find)
			.orElseThrow(NotFoundException::new);
	}

	/** Whether the current user may record deeds at all. */
	public boolean mayRecord() {
		CurrentUser user = CurrentUser.get();
		return user.unitId() != null && (user.role().isUnitLevel() || user.is(Role.PROVINCE_STAFF));
	}

	/**
	 * The units the user may record deeds for: their own unit, or for staff the units of
	 * their subtree that exist today, in tree order.
	 */
	@Transactional(readOnly = true)
	public List<Option> units() {
		requireRecorder();
		return this.jdbc.sql("""
				select u.id, u.code || ' - ' || u.name from organization_unit_v u
				where unit_visible(u.id, u.path, :all, :prefix, :unitId)
				  and u.valid_from <= :today and (u.valid_to is null or u.valid_to >= :today)
				order by u.path""")
			.params(CurrentUser.get().scope().parameters())
			.param("today", LocalDate.now(this.clock))
			.query((rs, i) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * The officers of a unit the user may record deeds for, for the form's checkboxes.
	 */
	@Transactional(readOnly = true)
	public List<Option> officers(long unitId) {
		requireRecorder();
		if (!mayWriteIn(unitId)) {
			throw new NotFoundException();
		}
		return officersOf(unitId);
	}

	/** Today, where the application's clock says (the form's default date). */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The files a scan may be. */
	public FileRules scanRules() {
		return this.storage.rules(FileType.PDF, FileType.JPEG, FileType.PNG);
	}

	/** The scan's size limit as users read it (MB). */
	public String maxMegabytes() {
		return this.storage.megabytes(scanRules().maxBytes());
	}

	// ------------------------------------------------------------------ writing

	/** Records a deed; everything is checked before the scan is stored. */
	@Transactional
	public GoodDeed create(GoodDeedForm form) {
		return create(form, form.hasFile() ? () -> this.storage.store(form.file(), scanRules()) : null);
	}

	/**
	 * Records a deed with a scan given as bytes (a loader's, not a browser's upload),
	 * checked by the same rules.
	 */
	@Transactional
	public GoodDeed create(GoodDeedForm form, String scanName, byte[] scanContent) {
		return create(form, () -> this.storage.store(scanName, scanContent, scanRules()));
	}

	private GoodDeed create(GoodDeedForm form, java.util.function.Supplier<StoredFile> scanUpload) {
		CurrentUser user = requireRecorder();
		if (form.unitId() == null || !mayWriteIn(form.unitId())) {
			throw new BusinessRuleException("unitId", "award.deed.error.unit");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (form.happenedOn().isAfter(today)) {
			throw new BusinessRuleException("happenedOn", "award.deed.error.future");
		}
		if (form.happenedOn().isBefore(EARLIEST)) {
			throw new BusinessRuleException("happenedOn", "award.deed.error.tooEarly");
		}
		Set<Long> officerIds = new LinkedHashSet<>(form.officerIds() == null ? List.of() : form.officerIds());
		officerIds.remove(null);
		Set<Long> ofUnit = new java.util.HashSet<>(officersOf(form.unitId()).stream().map(Option::id).toList());
		if (!ofUnit.containsAll(officerIds)) {
			throw new BusinessRuleException("officerIds", "award.deed.error.officerNotInUnit");
		}
		StoredFile stored = scanUpload == null ? null : scanUpload.get();
		Long scan = stored == null ? null : stored.id();
		GoodDeed deed = new GoodDeed(form.unitId(), form, officerIds, scan, user.getUsername(), now());
		this.deeds.saveAndFlush(deed);
		this.events.publishEvent(audit("AWARD_GOOD_DEED_CREATED", deed)
			.change("award.deed.field.scan", null, stored == null ? null : stored.originalName())
			.build());
		return deed;
	}

	/** Deletes a deed not yet proposed, with its scan. */
	@Transactional
	public void delete(long id, long version) {
		GoodDeed deed = writable(id);
		checkVersion(deed, version);
		deed.requireDeletable();
		this.events.publishEvent(audit("AWARD_GOOD_DEED_DELETED", deed).build());
		Long scan = deed.getScanFileId();
		this.deeds.delete(deed);
		this.deeds.flush();
		if (scan != null) {
			this.storage.delete(scan);
		}
	}

	/**
	 * Makes the one-off proposal dossier of a deed (provincial staff): a draft to the
	 * Director for a Giấy khen of each officer the deed names (or of the unit when it
	 * names none), the deed's text as the achievement, for the current year.
	 */
	@Transactional
	public Dossier propose(long id, long version) {
		GoodDeed deed = writable(id);
		if (!isStaff()) {
			throw new AccessDeniedException("Only provincial staff make proposal dossiers");
		}
		checkVersion(deed, version);
		if (deed.getDossierId() != null) {
			throw new BusinessRuleException("award.deed.error.alreadyProposed");
		}
		int year = LocalDate.now(this.clock).getYear();
		LocalDate endOfYear = LocalDate.of(year, 12, 31);
		List<LineInput> lines;
		if (deed.getOfficerIds().isEmpty()) {
			lines = List.of(new LineInput(deed.getUnitId(), null, item(endOfYear, RecipientType.COLLECTIVE),
					deed.getDescription()));
		}
		else {
			long item = item(endOfYear, RecipientType.INDIVIDUAL);
			lines = deed.getOfficerIds()
				.stream()
				.sorted()
				.map(officer -> new LineInput(deed.getUnitId(), officer, item, deed.getDescription()))
				.toList();
		}
		Dossier dossier = this.dossiers.byHand(year, Authority.DIRECTOR, lines);
		deed.proposedIn(dossier.getId());
		this.deeds.saveAndFlush(deed);
		this.events.publishEvent(
				audit("AWARD_GOOD_DEED_PROPOSED", deed).change("award.deed.field.dossier", null, "#" + dossier.getId())
					.build());
		return dossier;
	}

	// ------------------------------------------------------------------ rules

	private long item(LocalDate on, RecipientType recipient) {
		return this.catalogue.itemsOn(on, recipient)
			.stream()
			.filter(i -> i.getCode().equals(ONE_OFF_ITEM))
			.map(CatalogueItem::getId)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("award.deed.error.noItem"));
	}

	/** A deed the current user may read: its unit in their scope; otherwise 404. */
	private GoodDeed readable(long id) {
		Boolean visible = this.jdbc.sql("""
				select exists (select 1 from award_good_deed d join organization_unit_v u on u.id = d.unit_id
				               where d.id = :id and unit_visible(u.id, u.path, :all, :prefix, :unitId))""")
			.param("id", id)
			.params(CurrentUser.get().scope().parameters())
			.query(Boolean.class)
			.single();
		if (!visible) {
			throw new NotFoundException();
		}
		return this.deeds.findById(id).orElseThrow(NotFoundException::new);
	}

	private GoodDeed writable(long id) {
		GoodDeed deed = readable(id);
		if (!mayWriteIn(deed.getUnitId())) {
			throw new AccessDeniedException("Leadership and administrators only read the good-deed book");
		}
		return deed;
	}

	/** Whether the user records deeds for the unit: a recorder who sees it. */
	private boolean mayWriteIn(long unitId) {
		if (!mayRecord()) {
			return false;
		}
		return this.jdbc.sql("""
				select exists (select 1 from organization_unit_v u
				               where u.id = :unit and unit_visible(u.id, u.path, :all, :prefix, :unitId))""")
			.param("unit", unitId)
			.params(CurrentUser.get().scope().parameters())
			.query(Boolean.class)
			.single();
	}

	private CurrentUser requireRecorder() {
		if (!mayRecord()) {
			throw new AccessDeniedException("Leadership and administrators only read the good-deed book");
		}
		return CurrentUser.get();
	}

	private static boolean isStaff() {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.PROVINCE_STAFF) && user.unitId() != null;
	}

	/** The officers the unit has now (the organisation's current unit of each). */
	private List<Option> officersOf(long unitId) {
		return this.jdbc.sql("""
				select o.id, o.full_name, o.rank from organization_officer_v o
				where o.unit_id = :unit order by o.sort_key, o.id limit 1000""")
			.param("unit", unitId)
			.query((rs, i) -> new Option(rs.getLong(1),
					rs.getString(2) + (rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")")))
			.list();
	}

	private String unitName(long id) {
		return this.jdbc.sql("select name from organization_unit_v where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private static void checkVersion(GoodDeed deed, long version) {
		if (version != deed.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(GoodDeed.class, deed.getId());
		}
	}

	private static DeedRow row(ResultSet rs, int i) throws SQLException {
		return new DeedRow(rs.getLong(1), rs.getObject(2, LocalDate.class), GoodDeedKind.valueOf(rs.getString(3)),
				rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
				(Long) rs.getObject(10), rs.getString(11));
	}

	private AuditRecord.Builder audit(String action, GoodDeed deed) {
		return AuditRecord.of(action, GoodDeed.AUDIT_TYPE, deed.getId(), deed.label());
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	static List<GoodDeedKind> kinds() {
		return Arrays.asList(GoodDeedKind.values());
	}

}
