package vn.thidua.audit;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.security.CurrentUser;

/**
 * Stores audit records in the transaction that published them: the history line exists if
 * and only if the change was committed. (A listener in a later transaction could lose
 * lines or record changes that were rolled back.)
 */
@Service
@RequiredArgsConstructor
class AuditRecorder implements AuditTrail {

	private final AuditEventRepository events;

	private final Clock clock;

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(AuditRecord record) {
		String actor = record.actor() != null ? record.actor()
				: CurrentUser.find().map(CurrentUser::getUsername).orElse("system");
		this.events.save(new AuditEvent(this.clock.instant(), actor, record, remoteAddress()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> historyOf(String objectType, long objectId) {
		return this.events.findTop100ByObjectTypeAndObjectIdOrderByOccurredAtDescIdDesc(objectType, objectId)
			.stream()
			.map(AuditRecorder::toEntry)
			.toList();
	}

	static Entry toEntry(AuditEvent e) {
		return new Entry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getObjectType(), e.getObjectId(),
				e.getObjectLabel(), e.getChanges() == null ? List.of() : e.getChanges(), e.getReason());
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
