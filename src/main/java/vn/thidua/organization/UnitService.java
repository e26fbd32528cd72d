package vn.thidua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Units: reading within the user's scope, and the changes staff and administrators make.
 * <p>
 * Who may change what: administrators everything; provincial staff (cán bộ Thi đua - Khen
 * thưởng) the units of their subtree; everybody else nothing (403). A unit outside the
 * user's scope is reported as not found (404) before any role check, so that its
 * existence is not revealed.
 */
@Service
@RequiredArgsConstructor
public class UnitService {

	private final UnitRepository units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	private final Formats formats;

	/** A unit the current user may see, or 404. */
	@Transactional(readOnly = true)
	public Unit get(long id) {
		return findVisible(id, CurrentUser.get().scope()).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Unit> findVisible(long id, Scope scope) {
		return this.units.findVisible(id, scope.all(), scope.pathPrefix(), scope.unitId());
	}

	/** Whether the current user may change units, and this one in particular. */
	public boolean canEdit(Unit unit) {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.ADMIN) || (user.is(Role.PROVINCE_STAFF) && unit != null
				&& user.scope().includes(unit.getId(), unit.getPath()));
	}

	/** Whether the current user may create units (and import them) at all. */
	public boolean canCreate() {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.ADMIN) || user.is(Role.PROVINCE_STAFF);
	}

	/** Refuses (403) users who may not create units. */
	public void checkMayCreate() {
		if (!canCreate()) {
			throw new AccessDeniedException("Not allowed");
		}
	}

	/** The tree of the user's scope, in one query. */
	@Transactional(readOnly = true)
	public UnitTree tree(boolean showClosed) {
		return UnitTree.of(visibleUnits(), showClosed, today());
	}

	/**
	 * Units of the user's scope whose code or names contain the query, ignoring
	 * diacritics and case, in Vietnamese order.
	 */
	@Transactional(readOnly = true)
	public Page<Unit> search(String query, UnitKind kind, boolean includeClosed, Pageable pageable) {
		Scope scope = CurrentUser.get().scope();
		return this.units.search(VietnameseText.likePattern(query), kind, includeClosed, today(), scope.all(),
				scope.pathPrefix(), scope.unitId(), pageable);
	}

	/** The direct children of a visible unit, closed ones included. */
	@Transactional(readOnly = true)
	public List<Unit> children(long id) {
		get(id);
		return this.units.findChildren(id);
	}

	/**
	 * The direct children of a unit already checked by {@link #get(long)}, without
	 * checking again.
	 */
	@Transactional(readOnly = true)
	public List<Unit> childrenOf(Unit unit) {
		return this.units.findChildren(unit.getId());
	}

	/** The clusters of every year a unit already checked belongs to. */
	@Transactional(readOnly = true)
	public List<UnitMembership> membershipsOf(Unit unit) {
		return this.units.findMemberships(unit.getId());
	}

	/** How many officers a unit already checked has now. */
	@Transactional(readOnly = true)
	public long officerCountOf(Unit unit) {
		return this.units.countOfficers(unit.getId());
	}

	/**
	 * Units under which the current user may create a unit: active units of the scope, in
	 * tree order.
	 */
	@Transactional(readOnly = true)
	public List<UnitTree.Node> parentOptions() {
		if (!canCreate()) {
			return List.of();
		}
		return tree(false).flatten().stream().filter(node -> !node.closed()).toList();
	}

	@Transactional
	public Unit create(UnitForm form) {
		checkMayCreate();
		Unit parent = form.parentId() == null ? null : get(form.parentId());
		checkMayEditUnder(parent);
		if (parent != null && parent.getValidTo() != null && parent.getValidTo().isBefore(form.validFrom())) {
			throw new BusinessRuleException("parentId", "unit.error.parentClosed");
		}
		checkCodeFree(form.code(), null);
		checkKindAllowed(form.kind(), form.validFrom());
		Unit unit = new Unit(form.code(), form.name(), form.shortName(), form.kind(), parent, form.headcount(),
				form.validFrom());
		this.units.saveAndFlush(unit);
		unit.assignPath();
		this.events.publishEvent(AuditRecord.of("UNIT_CREATED", "UNIT", unit.getId(), unit.getName())
			.change("unit.field.code", null, unit.getCode())
			.change("unit.field.name", null, unit.getName())
			.change("unit.field.shortName", null, unit.getShortName())
			.change("unit.field.kind", null, kindLabel(unit.getKind()))
			.change("unit.field.parent", null, parent == null ? null : parent.getName())
			.change("unit.field.headcount", null, Formats.RECORDS.number(unit.getHeadcount()))
			.change("unit.field.validFrom", null, unit.getValidFrom())
			.build());
		return unit;
	}

	@Transactional
	public Unit update(long id, UnitForm form) {
		Unit unit = get(id);
		checkMayEdit(unit);
		if (form.version() != null && form.version() != unit.getVersion()) {
			throw new OptimisticLockingFailureException("Unit " + id + " changed");
		}
		checkCodeFree(form.code(), unit.getId());
		if (form.kind() != unit.getKind()) {
			checkKindAllowed(form.kind(), form.validFrom());
		}
		if (unit.getValidTo() != null && form.validFrom().isAfter(unit.getValidTo())) {
			throw new BusinessRuleException("validFrom", "unit.error.startAfterEnd",
					this.formats.date(unit.getValidTo()));
		}
		var audit = AuditRecord.of("UNIT_UPDATED", "UNIT", unit.getId(), unit.getName())
			.change("unit.field.code", unit.getCode(), form.code().trim())
			.change("unit.field.name", unit.getName(), form.name().trim())
			.change("unit.field.shortName", unit.getShortName(),
					form.shortName() == null || form.shortName().isBlank() ? null : form.shortName().trim())
			.change("unit.field.kind", kindLabel(unit.getKind()), kindLabel(form.kind()))
			.change("unit.field.headcount", Formats.RECORDS.number(unit.getHeadcount()),
					Formats.RECORDS.number(form.headcount()))
			.change("unit.field.validFrom", unit.getValidFrom(), form.validFrom());
		unit.update(form.code(), form.name(), form.shortName(), form.kind(), form.headcount(), form.validFrom());
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		return unit;
	}

	/** Ends a unit's validity: it stays in the tree's history and in old records. */
	@Transactional
	public Unit close(long id, LocalDate validTo, String reason) {
		Unit unit = get(id);
		checkMayEdit(unit);
		if (validTo == null) {
			throw new BusinessRuleException("validTo", "NotNull");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "unit.error.reasonRequired");
		}
		if (unit.getValidTo() == null && !validTo.isBefore(unit.getValidFrom())
				&& this.units.countChildrenActiveAfter(unit.getId(), validTo) > 0) {
			// a unit cannot end while units under it go on: they would be cut off from
			// the tree
			throw new BusinessRuleException("validTo", "unit.error.activeChildren");
		}
		unit.close(validTo, reason.trim());
		this.events.publishEvent(AuditRecord.of("UNIT_CLOSED", "UNIT", unit.getId(), unit.getName())
			.change("unit.field.validTo", null, validTo)
			.reason(reason.trim())
			.build());
		return unit;
	}

	/** Ends a unit's validity, refusing if it changed since the form was shown. */
	@Transactional
	public Unit close(long id, UnitCloseForm form) {
		Unit unit = get(id);
		checkMayEdit(unit);
		if (form.version() != null && form.version() != unit.getVersion()) {
			throw new OptimisticLockingFailureException("Unit " + id + " changed");
		}
		return close(id, form.validTo(), form.reason());
	}

	/** The visible units, in tree order (depth, then Vietnamese order of names). */
	@Transactional(readOnly = true)
	public List<Unit> visibleUnits() {
		Scope scope = CurrentUser.get().scope();
		return this.units.findAllVisible(scope.all(), scope.pathPrefix(), scope.unitId());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether a unit ended before today. */
	public boolean isClosed(Unit unit) {
		return unit.getValidTo() != null && unit.getValidTo().isBefore(today());
	}

	/** The Vietnamese label of a kind, as history keeps it. */
	String kindLabel(UnitKind kind) {
		return kind == null ? null
				: this.messages.getMessage("UnitKind." + kind.name(), null, kind.name(), VietnameseText.VIETNAMESE);
	}

	static void checkKindAllowed(UnitKind kind, LocalDate validFrom) {
		if (kind.isHistoric() && validFrom.isAfter(DISTRICT_POLICE_ABOLISHED)) {
			throw new BusinessRuleException("kind", "unit.error.kindAbolished");
		}
	}

	private void checkMayEditUnder(Unit parent) {
		CurrentUser user = CurrentUser.get();
		if (user.is(Role.ADMIN)) {
			return;
		}
		if (!user.is(Role.PROVINCE_STAFF)) {
			throw new AccessDeniedException("Not allowed");
		}
		if (parent == null) {
			// only administrators create roots (a ministry or a new province)
			throw new BusinessRuleException("parentId", "unit.error.parentRequired");
		}
	}

	private void checkMayEdit(Unit unit) {
		if (!canEdit(unit)) {
			throw new AccessDeniedException("Not allowed");
		}
	}

	private void checkCodeFree(String code, Long exceptId) {
		this.units.findByCodeIgnoreCase(code.trim())
			.filter(other -> !other.getId().equals(exceptId))
			.ifPresent(other -> {
				throw new BusinessRuleException("code", "unit.error.codeTaken", code.trim());
			});
	}

	/** Công an huyện were abolished on 1 March 2025. */
	static final LocalDate DISTRICT_POLICE_ABOLISHED = LocalDate.of(2025, 3, 1);

}
