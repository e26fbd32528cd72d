package vn.thidua.organization;

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

	public boolean canManage() {
		return CurrentUser.get().role() != Role.LEADERSHIP;
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
		Officer officer = new Officer(form.fullName(), form.rank(), form.position(), unit, form.since());
		this.officers.saveAndFlush(officer);
		this.events.publishEvent(AuditRecord.of("OFFICER_CREATED", "OFFICER", officer.getId(), officer.getFullName())
			.change("officer.field.unit", null, unit.getName())
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
		Unit target = this.units.get(form.unitId());
		String from = officer.getUnit().getName();
		officer.moveTo(target, form.position(), form.from());
		this.officers.flush();
		this.events.publishEvent(AuditRecord.of("OFFICER_MOVED", "OFFICER", officer.getId(), officer.getFullName())
			.change("officer.field.unit", from, target.getName())
			.change("officer.field.from", null, form.from())
			.build());
		return officer;
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
