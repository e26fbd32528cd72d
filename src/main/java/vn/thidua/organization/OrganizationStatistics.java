package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.Scope;

/**
 * Counts for the dashboards, computed in SQL within a scope: a handful of statements
 * whatever the number of units.
 */
@Service
@RequiredArgsConstructor
public class OrganizationStatistics {

	private static final String IN_SCOPE = "(unit_visible(u.id, u.path, :all, :prefix, :unitId))";

	private final JdbcClient jdbc;

	/** Units per kind: active on the day, and ended before it. */
	public record KindCount(UnitKind kind, long active, long closed) {

	}

	/** A cluster the unit belongs to, and its role there. */
	public record Membership(long clusterId, String clusterName, int year, boolean head, boolean deputy,
			long memberCount) {

	}

	/** The clusters of a year, as the organiser's staff see them. */
	public record ClusterSummary(long clusterId, String name, String headName, String deputyName, long memberCount) {

	}

	@Transactional(readOnly = true)
	public List<KindCount> unitsByKind(Scope scope, LocalDate day) {
		return this.jdbc
			.sql("""
					select u.kind,
					       count(*) filter (where u.valid_from <= :day and (u.valid_to is null or u.valid_to >= :day)) as active,
					       count(*) filter (where u.valid_to < :day) as closed
					from unit u where """
					+ IN_SCOPE + " group by u.kind")
			.params(scopeParams(scope))
			.param("day", day)
			.query((rs, i) -> new KindCount(UnitKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(KindCount::kind))
			.toList();
	}

	@Transactional(readOnly = true)
	public long officers(Scope scope) {
		return this.jdbc.sql("select count(*) from officer o join unit u on u.id = o.unit_id where " + IN_SCOPE)
			.params(scopeParams(scope))
			.query(Long.class)
			.single();
	}

	/** Clusters organised within the scope in a year, with head, deputy and size. */
	@Transactional(readOnly = true)
	public List<ClusterSummary> clustersOrganised(Scope scope, int year) {
		return this.jdbc.sql("""
				select c.id, c.name, h.name, d.name,
				       (select count(*) from cluster_member m where m.cluster_id = c.id)
				from emulation_cluster c
				join unit u on u.id = c.organizer_id
				left join unit h on h.id = c.head_unit_id
				left join unit d on d.id = c.deputy_unit_id
				where c.year = :year and """ + IN_SCOPE + " order by c.sort_key")
			.params(scopeParams(scope))
			.param("year", year)
			.query((rs, i) -> new ClusterSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.list();
	}

	/**
	 * Active units directly under the organiser that are in none of its clusters of the
	 * year: what staff still have to place.
	 */
	@Transactional(readOnly = true)
	public long unitsWithoutCluster(long organizerId, int year, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from unit u
				where u.parent_id = :organizerId
				  and u.valid_from <= :day and (u.valid_to is null or u.valid_to >= :day)
				  and not exists (select 1 from cluster_member m
				                  where m.unit_id = u.id and m.organizer_id = :organizerId and m.year = :year)
				""").param("organizerId", organizerId).param("year", year).param("day", day).query(Long.class).single();
	}

	/** The clusters a unit belongs to in a year, with its role in each. */
	@Transactional(readOnly = true)
	public List<Membership> memberships(long unitId, int year) {
		return this.jdbc.sql("""
				select c.id, c.name, c.year, c.head_unit_id = :unitId, c.deputy_unit_id = :unitId,
				       (select count(*) from cluster_member x where x.cluster_id = c.id)
				from cluster_member m join emulation_cluster c on c.id = m.cluster_id
				where m.unit_id = :unitId and m.year = :year order by c.sort_key
				""")
			.param("unitId", unitId)
			.param("year", year)
			.query((rs, i) -> new Membership(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
					rs.getBoolean(5), rs.getLong(6)))
			.list();
	}

	private static java.util.Map<String, Object> scopeParams(Scope scope) {
		return scope.parameters();
	}

}
