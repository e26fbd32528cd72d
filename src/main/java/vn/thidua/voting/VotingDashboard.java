package vn.thidua.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.organization.ClusterService;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * What the dashboard shows of the review sessions: the ballots waiting for the current
 * user (open sessions in which it votes and has not voted yet) and the sessions it chairs
 * that are not finished (minutes not signed).
 */
@Service
@RequiredArgsConstructor
public class VotingDashboard {

	private final VotingService sessions;

	private final ClusterService clusters;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * A session as the dashboard lists it.
	 *
	 * @param id the session
	 * @param title its title
	 * @param clusterName its cluster
	 * @param round 1 or 2
	 * @param state its state
	 * @param closesAt when the vote closes, once opened
	 */
	public record SessionSummary(long id, String title, String clusterName, int round, SessionState state,
			Instant closesAt) {

	}

	/**
	 * Open sessions in which the current user votes and has not voted yet, soonest first.
	 */
	@Transactional(readOnly = true)
	public List<SessionSummary> ballotsAwaiting() {
		CurrentUser user = CurrentUser.get();
		return this.jdbc
			.sql("""
					select s.id, s.title, c.name, s.round, s.state, s.closes_at
					from voting_session s join organization_cluster_v c on c.id = s.cluster_id
					where s.state = 'OPEN' and s.closes_at > :now
					  and exists (select 1 from voting_elector e where e.session_id = s.id
					    and (e.username = :username or (e.username is null and e.unit_id = :unit and :commander))
					    and not exists (select 1 from voting_participation p where p.session_id = s.id and p.elector_id = e.id))
					order by s.closes_at, s.id
					limit 20
					""")
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("username", user.getUsername())
			.param("unit", user.unitId() == null ? -1L : user.unitId())
			.param("commander", user.is(Role.UNIT_COMMANDER))
			.query((rs, i) -> new SessionSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					SessionState.valueOf(rs.getString(5)),
					rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** The unfinished sessions of a year that the current user prepares and chairs. */
	@Transactional(readOnly = true)
	public List<SessionSummary> chaired(int year) {
		Map<Long, String> names = new HashMap<>();
		this.clusters.listYear(year)
			.stream()
			.filter(this.sessions::canManage)
			.forEach(c -> names.put(c.getId(), c.getName()));
		if (names.isEmpty()) {
			return List.of();
		}
		return this.sessions.sessionsOf(names.keySet())
			.stream()
			.filter(s -> s.getYear() == year && s.getState() != SessionState.MINUTES_SIGNED)
			.map(s -> new SessionSummary(s.getId(), s.getTitle(), names.get(s.getClusterId()), s.getRound(),
					s.getState(), s.getClosesAt()))
			.toList();
	}

}
