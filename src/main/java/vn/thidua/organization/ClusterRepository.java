package vn.thidua.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.thidua.shared.security.Scope;

/**
 * Clusters. Visible to a user: those organised within their subtree (staff, leadership),
 * or those their unit is a member of (commanders, officers).
 */
public interface ClusterRepository extends JpaRepository<EmulationCluster, Long> {

	/**
	 * The cluster rule of V13 (cluster_visible) applied to {@code c} with a Scope's
	 * parts.
	 */
	String VISIBLE = "(function('cluster_visible', c.id, :all, :prefix, :unitId) = true and " + Scope.SINGLE_VALUES
			+ ")";

	@Query("select c from EmulationCluster c join fetch c.organizer left join fetch c.headUnit "
			+ "left join fetch c.deputyUnit where c.year = :year and " + VISIBLE + " order by c.sortKey")
	List<EmulationCluster> findVisibleByYear(@Param("year") int year, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("unitId") long unitId);

	@Query("select c from EmulationCluster c join fetch c.organizer left join fetch c.headUnit "
			+ "left join fetch c.deputyUnit where c.id = :id and " + VISIBLE)
	Optional<EmulationCluster> findVisible(@Param("id") long id, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("unitId") long unitId);

	@Query("select distinct c.year from EmulationCluster c where " + VISIBLE + " order by c.year desc")
	List<Integer> findVisibleYears(@Param("all") boolean all, @Param("prefix") String prefix,
			@Param("unitId") long unitId);

	@Query("select c from EmulationCluster c left join fetch c.members m left join fetch m.unit "
			+ "where c.organizer.id = :organizerId and c.year = :year")
	List<EmulationCluster> findWithMembers(@Param("organizerId") long organizerId, @Param("year") int year);

	boolean existsByOrganizerIdAndYear(long organizerId, int year);

	/** Whether another cluster of the organiser in that year already has the name. */
	@Query("select count(c) > 0 from EmulationCluster c where c.organizer.id = :organizerId and c.year = :year "
			+ "and lower(c.name) = lower(:name) and (:exceptId is null or c.id <> :exceptId)")
	boolean nameTaken(@Param("organizerId") long organizerId, @Param("year") int year, @Param("name") String name,
			@Param("exceptId") Long exceptId);

	/** Member counts of several clusters at once, for the list page. */
	@Query("select m.cluster.id, count(m) from ClusterMember m where m.cluster.id in :clusterIds group by m.cluster.id")
	List<Object[]> countMembers(@Param("clusterIds") List<Long> clusterIds);

	/** Members of a cluster, in Vietnamese order of their names. */
	@Query("select m from ClusterMember m join fetch m.unit u where m.cluster.id = :clusterId order by u.sortKey")
	List<ClusterMember> findMembers(@Param("clusterId") long clusterId);

	/**
	 * Members of several clusters at once, by cluster and then in Vietnamese order of
	 * their names (for printed lists).
	 */
	@Query("select m from ClusterMember m join fetch m.unit u where m.cluster.id in :clusterIds "
			+ "order by m.cluster.id, u.sortKey")
	List<ClusterMember> findMembersOf(@Param("clusterIds") List<Long> clusterIds);

	/** The membership of a unit in a year with any organiser, if any. */
	@Query("select m from ClusterMember m join fetch m.cluster c where m.unit.id = :unitId and m.year = :year")
	List<ClusterMember> findMemberships(@Param("unitId") long unitId, @Param("year") int year);

	/**
	 * Memberships of the given units with one organiser in one year (to report
	 * conflicts).
	 */
	@Query("select m from ClusterMember m join fetch m.cluster join fetch m.unit "
			+ "where m.organizerId = :organizerId and m.year = :year and m.unit.id in :unitIds")
	List<ClusterMember> findConflicts(@Param("organizerId") long organizerId, @Param("year") int year,
			@Param("unitIds") List<Long> unitIds);

}
