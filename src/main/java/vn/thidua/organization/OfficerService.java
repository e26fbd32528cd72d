package vn.thidua.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
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
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Officers of the units in the user's scope. Staff and administrators manage all of their
 * subtree; a unit's commander and officer manage their own unit's officers.
 */
@Service
@RequiredArgsConstructor
public class OfficerService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final OfficerRepository officers;

	private final UnitService units;

	private final ApplicationEventPublisher events;

	@Transactional(readOnly = true)
	public Page<Officer> search(String query, Long unitId, Pageable pageable) {
		Scope scope = CurrentUser.get().scope();
		return this.officers.search(VietnameseText.likePattern(query), unitId, scope.all(), scope.pathPrefix(),
				scope.unitId(), pageable);
	}

	@Transactional(readOnly = true)
	public Officer get(long id) {
		Scope scope = CurrentUser.get().scope();
		return this.officers.findVisible(id, scope.all(), scope.pathPrefix(), scope.unitId())
			.orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<OfficerAssignment> history(long officerId) {
		get(officerId);
		return this.officers.findAssignments(officerId);
	}

	/** Leadership reads only; everybody else manages the officers of their scope. */
	public boolean canManage() {
		return CurrentUser.get().role() != Role.LEADERSHIP;
	}

	/**
	 * The units an officer may be placed in by the current user: the visible units still
	 * active today, in tree order.
	 */
	@Transactional(readOnly = true)
	public List<Unit> unitChoices() {
		if (!canManage()) {
			return List.of();
		}
		LocalDate today = this.units.today();
		return this.units.visibleUnits()
			.stream()
			.filter(u -> u.getValidTo() == null || !u.getValidTo().isBefore(today))
			.toList();
	}

	@Transactional
	public Officer create(OfficerForm form) {
		checkCanManage();
		if (form.unitId() == null) {
			throw new BusinessRuleException("unitId", "validation.required");
		}
		if (form.since() == null) {
			throw new BusinessRuleException("since", "validation.required");
		}
		Unit unit = this.units.get(form.unitId());
		// only a closed unit is refused here: officers entered for a unit formed by a
		// merger often keep the start date of their service before the merger
		if (unit.getValidTo() != null && unit.getValidTo().isBefore(form.since())) {
			throw new BusinessRuleException("unitId", "officer.error.unitInactive", unit.getName(),
					DAY.format(form.since()));
		}
		Officer officer = new Officer(form.fullName(), form.rank(), form.position(), unit, form.since());
		this.officers.saveAndFlush(officer);
		this.events.publishEvent(AuditRecord.of("OFFICER_CREATED", "OFFICER", officer.getId(), officer.getFullName())
			.change("officer.field.fullName", null, officer.getFullName())
			.change("officer.field.rank", null, officer.getRank())
			.change("officer.field.position", null, officer.getPosition())
			.change("officer.field.unit", null, unit.getName())
			.change("officer.field.from", null, form.since())
			.build());
		return officer;
	}

	@Transactional
	public Officer update(long id, OfficerForm form) {
		checkCanManage();
		Officer officer = get(id);
		if (form.version() != null && form.version() != officer.getVersion()) {
			throw new OptimisticLockingFailureException("Officer " + id + " changed");
		}
		var audit = AuditRecord.of("OFFICER_UPDATED", "OFFICER", officer.getId(), officer.getFullName())
			.change("officer.field.fullName", officer.getFullName(), form.fullName().trim())
			.change("officer.field.rank", officer.getRank(), blankToNull(form.rank()))
			.change("officer.field.position", officer.getPosition(), blankToNull(form.position()));
		officer.update(form.fullName(), form.rank(), form.position());
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		return officer;
	}

	@Transactional
	public Officer move(long id, OfficerMoveForm form) {
		checkCanManage();
		Officer officer = get(id);
		if (form.version() != null && form.version() != officer.getVersion()) {
			throw new OptimisticLockingFailureException("Officer " + id + " changed");
		}
		Unit target = this.units.get(form.unitId());
		checkActive(target, form.from(), "unitId");
		String from = officer.getUnit().getName();
		String positionBefore = officer.getPosition();
		officer.moveTo(target, form.position(), form.from());
		this.officers.flush();
		this.events.publishEvent(AuditRecord.of("OFFICER_MOVED", "OFFICER", officer.getId(), officer.getFullName())
			.change("officer.field.unit", from, target.getName())
			.change("officer.field.position", positionBefore, officer.getPosition())
			.change("officer.field.from", null, form.from())
			.build());
		return officer;
	}

	/** An officer can only be placed in a unit that exists on that day. */
	private static void checkActive(Unit unit, LocalDate day, String field) {
		if (!unit.isActiveOn(day)) {
			throw new BusinessRuleException(field, "officer.error.unitInactive", unit.getName(), DAY.format(day));
		}
	}

	private void checkCanManage() {
		if (!canManage()) {
			throw new AccessDeniedException("Not allowed");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
