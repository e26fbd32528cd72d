package vn.thidua.voting;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.organization.ClusterService;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * The minutes of review sessions: built from the session's facts, completed by the
 * secretary (place, chair's name, secretary, notes) and signed in the application by the
 * chair and the secretary, each over the hash of the canonical text they were shown.
 * <p>
 * Who may do what: whoever sees the session reads and prints its minutes (else 404). The
 * chair is the commander of the cluster's head unit, who chairs the meeting; the
 * secretary is an officer of the head unit or a staff member of the organiser, so never
 * the chair. Whoever prepares the session (see {@link VotingService#canManage}) and the
 * secretary complete the minutes until both have signed; then they are frozen.
 */
@Service
@RequiredArgsConstructor
public class MinutesService {

	private final VotingSessionRepository sessions;

	private final VotingService voting;

	private final ClusterService clusters;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/** An account that may be the secretary. */
	public record SecretaryOption(String username, String fullName, Role role) {

	}

	/** The minutes of a session the current user sees, or 404. */
	@Transactional(readOnly = true)
	public Minutes minutes(long id) {
		VotingSession session = this.sessions.findWithQuestions(id).orElseThrow(NotFoundException::new);
		return build(session, this.clusters.get(session.getClusterId()));
	}

	/** Whether the current user may complete the minutes of a session. */
	@Transactional(readOnly = true)
	public boolean mayEdit(long id) {
		VotingSession session = this.sessions.findById(id).orElseThrow(NotFoundException::new);
		return mayEdit(session, this.clusters.get(session.getClusterId()));
	}

	/**
	 * The role in which the current user signs the minutes of a session, or {@code null}
	 * when they do not sign them.
	 */
	@Transactional(readOnly = true)
	public MinutesRole signerRole(long id) {
		VotingSession session = this.sessions.findById(id).orElseThrow(NotFoundException::new);
		return role(session, this.clusters.get(session.getClusterId()));
	}

	/**
	 * The accounts that may be the secretary: enabled officers of the head unit and staff
	 * of the organiser, in order of name.
	 */
	@Transactional(readOnly = true)
	public List<SecretaryOption> secretaryOptions(long id) {
		VotingSession session = this.sessions.findById(id).orElseThrow(NotFoundException::new);
		return secretaryOptions(this.clusters.get(session.getClusterId()));
	}

	/** The form as the minutes are now, the chair's name proposed from the account. */
	@Transactional(readOnly = true)
	public MinutesForm form(long id) {
		VotingSession session = editable(id);
		EmulationCluster cluster = this.clusters.get(session.getClusterId());
		String chair = session.getMinutesChairName();
		if (chair == null && cluster.getHeadUnit() != null) {
			chair = this.jdbc.sql("""
					select full_name from account_user_v
					where role = 'UNIT_COMMANDER' and unit_id = :u and enabled order by id limit 1
					""").param("u", cluster.getHeadUnit().getId()).query(String.class).optional().orElse(null);
		}
		return new MinutesForm(session.getMinutesPlace(), chair, session.getMinutesSecretary(),
				session.getMinutesNotes());
	}

	/**
	 * Completes the minutes. Refused once they are frozen; a signature made over the text
	 * before the change is withdrawn, since it no longer stands for what the minutes say.
	 */
	@Transactional
	public VotingSession change(long id, MinutesForm form) {
		VotingSession session = this.sessions.findForUpdate(id).orElseThrow(NotFoundException::new);
		EmulationCluster cluster = this.clusters.get(session.getClusterId());
		if (!mayEdit(session, cluster)) {
			throw new AccessDeniedException("Not allowed");
		}
		if (session.minutesFrozen()) {
			throw new BusinessRuleException("voting.minutes.error.frozen");
		}
		String secretary = form.secretary() == null || form.secretary().isBlank() ? null : form.secretary().trim();
		String secretaryName = null;
		if (secretary != null) {
			secretaryName = secretaryOptions(cluster).stream()
				.filter(o -> o.username().equals(secretary))
				.map(SecretaryOption::fullName)
				.findFirst()
				.orElseThrow(() -> new BusinessRuleException("secretary", "voting.minutes.error.secretary"));
		}
		var audit = AuditRecord.of("VOTING_MINUTES_CHANGED", VotingService.AUDIT_TYPE, id, session.getTitle())
			.change("voting.minutes.field.place", session.getMinutesPlace(), trimmed(form.place()))
			.change("voting.minutes.field.chairName", session.getMinutesChairName(), trimmed(form.chairName()))
			.change("voting.minutes.field.secretary", session.getMinutesSecretary(), secretary)
			.change("voting.minutes.field.notes", session.getMinutesNotes(), trimmed(form.notes()));
		session.changeMinutes(form.place(), form.chairName(), secretary, secretaryName, form.notes());
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		this.sessions.flush();
		String hash = build(session, cluster).hash();
		for (MinutesRole withdrawn : session.withdrawSignaturesNotOver(hash)) {
			this.events.publishEvent(AuditRecord
				.of("VOTING_MINUTES_SIGNATURE_WITHDRAWN", VotingService.AUDIT_TYPE, id, session.getTitle())
				.change("voting.minutes.field.role", null, withdrawn.name())
				.build());
		}
		return session;
	}

	/**
	 * The chair or the secretary signs the minutes they were shown. {@code shownHash} is
	 * the hash of the text on their signing page: when the minutes changed since, nothing
	 * is signed and they are asked to read them again.
	 */
	@Transactional
	public VotingSession sign(long id, String shownHash) {
		VotingSession session = this.sessions.findForUpdate(id).orElseThrow(NotFoundException::new);
		EmulationCluster cluster = this.clusters.get(session.getClusterId());
		MinutesRole role = role(session, cluster);
		if (role == null) {
			throw new AccessDeniedException("Not allowed");
		}
		String hash = build(session, cluster).hash();
		if (shownHash == null || !shownHash.trim().equals(hash)) {
			throw new BusinessRuleException("hash", "voting.minutes.error.changed");
		}
		CurrentUser user = CurrentUser.get();
		session.signMinutes(role, user.getUsername(), user.fullName(), hash, this.clock.instant());
		this.events.publishEvent(AuditRecord
			.of(role == MinutesRole.CHAIR ? "VOTING_MINUTES_SIGNED_CHAIR" : "VOTING_MINUTES_SIGNED_SECRETARY",
					VotingService.AUDIT_TYPE, id, session.getTitle())
			.change("voting.minutes.field.hash", null, hash)
			.build());
		if (session.minutesFrozen()) {
			this.events.publishEvent(
					AuditRecord.of("VOTING_MINUTES_SIGNED", VotingService.AUDIT_TYPE, id, session.getTitle()).build());
		}
		return session;
	}

	// ----------------------------------------------------------------- helpers

	private VotingSession editable(long id) {
		VotingSession session = this.sessions.findById(id).orElseThrow(NotFoundException::new);
		if (!mayEdit(session, this.clusters.get(session.getClusterId()))) {
			throw new AccessDeniedException("Not allowed");
		}
		return session;
	}

	private Minutes build(VotingSession session, EmulationCluster cluster) {
		Turnout turnout = this.voting.turnout(session.getId());
		List<Proposal> proposals = this.voting.proposals(session.getId());
		List<VotingSession> second = this.sessions.findSecondRounds(session.getId());
		session.getQuestions().forEach(q -> q.getCandidates().size());
		return Minutes.of(session, cluster.getName(), cluster.getOrganizer().getName(),
				cluster.getHeadUnit() == null ? null : cluster.getHeadUnit().getName(), turnout, second, proposals);
	}

	private boolean mayEdit(VotingSession session, EmulationCluster cluster) {
		return this.voting.canManage(cluster)
				|| Objects.equals(session.getMinutesSecretary(), CurrentUser.get().getUsername());
	}

	/**
	 * The chair is a commander of the head unit; the secretary is the account the minutes
	 * name (who can never be a commander of the head unit).
	 */
	private MinutesRole role(VotingSession session, EmulationCluster cluster) {
		CurrentUser user = CurrentUser.get();
		if (user.is(Role.UNIT_COMMANDER) && cluster.getHeadUnit() != null
				&& cluster.getHeadUnit().getId().equals(user.unitId())) {
			return MinutesRole.CHAIR;
		}
		if (user.getUsername().equals(session.getMinutesSecretary())) {
			return MinutesRole.SECRETARY;
		}
		return null;
	}

	private List<SecretaryOption> secretaryOptions(EmulationCluster cluster) {
		return this.jdbc
			.sql("""
					select username, full_name, role from account_user_v
					where enabled and ((role = 'UNIT_OFFICER' and unit_id = :head) or (role = 'PROVINCE_STAFF' and unit_id = :organizer))
					order by full_name, username
					""")
			.param("head", cluster.getHeadUnit() == null ? -1L : cluster.getHeadUnit().getId())
			.param("organizer", cluster.getOrganizer().getId())
			.query((rs, i) -> new SecretaryOption(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))))
			.list();
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
