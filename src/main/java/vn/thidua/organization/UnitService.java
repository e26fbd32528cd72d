package vn.thidua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Units: reading within the user's scope, and the changes staff and administrators make.
 */
@Service
@RequiredArgsConstructor
public class UnitService {

	private final UnitRepository units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

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

	@Transactional
	public Unit create(UnitForm form) {
		Unit parent = form.parentId() == null ? null : get(form.parentId());
		checkMayEditUnder(parent);
		checkCodeFree(form.code(), null);
		if (form.kind().isHistoric() && form.validFrom().isAfter(DISTRICT_POLICE_ABOLISHED)) {
			throw new BusinessRuleException("kind", "unit.error.kindAbolished");
		}
		Unit unit = new Unit(form.code(), form.name(), form.shortName(), form.kind(), parent, form.headcount(),
				form.validFrom());
		this.units.saveAndFlush(unit);
		unit.assignPath();
		this.events.publishEvent(AuditRecord.of("UNIT_CREATED", "UNIT", unit.getId(), unit.getName())
			.change("unit.field.code", null, unit.getCode())
			.change("unit.field.name", null, unit.getName())
			.change("unit.field.kind", null, unit.getKind())
			.change("unit.field.parent", null, parent == null ? null : parent.getName())
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
		var audit = AuditRecord.of("UNIT_UPDATED", "UNIT", unit.getId(), unit.getName())
			.change("unit.field.code", unit.getCode(), form.code().trim())
			.change("unit.field.name", unit.getName(), form.name().trim())
			.change("unit.field.shortName", unit.getShortName(),
					form.shortName() == null || form.shortName().isBlank() ? null : form.shortName().trim())
			.change("unit.field.kind", unit.getKind(), form.kind())
			.change("unit.field.headcount", unit.getHeadcount(), form.headcount())
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
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "unit.error.reasonRequired");
		}
		unit.close(validTo, reason.trim());
		this.events.publishEvent(AuditRecord.of("UNIT_CLOSED", "UNIT", unit.getId(), unit.getName())
			.change("unit.field.validTo", null, validTo)
			.reason(reason.trim())
			.build());
		return unit;
	}

	/** The visible units, in tree order (depth, then Vietnamese order of names). */
	@Transactional(readOnly = true)
	public List<Unit> visibleUnits() {
		Scope scope = CurrentUser.get().scope();
		if (scope.all()) {
			return this.units.findSubtree("/%");
		}
		if (scope.isSubtree()) {
			return this.units.findSubtree(scope.pathPrefix());
		}
		return this.units.findVisible(scope.unitId(), false, scope.pathPrefix(), scope.unitId())
			.map(List::of)
			.orElse(List.of());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private void checkMayEditUnder(Unit parent) {
		CurrentUser user = CurrentUser.get();
		if (user.is(Role.ADMIN)) {
			return;
		}
		if (!user.is(Role.PROVINCE_STAFF) || parent == null) {
			throw new org.springframework.security.access.AccessDeniedException("Not allowed");
		}
	}

	private void checkMayEdit(Unit unit) {
		if (!canEdit(unit)) {
			throw new org.springframework.security.access.AccessDeniedException("Not allowed");
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
