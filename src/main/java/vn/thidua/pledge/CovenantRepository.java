package vn.thidua.pledge;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.thidua.shared.security.Scope;

/**
 * Covenants and their versions. A covenant is visible to whoever sees its cluster: the
 * organiser's staff and leadership (subtree), and the member units of the cluster.
 */
interface CovenantRepository extends JpaRepository<Covenant, Long> {

	/**
	 * The covenant rule of V15 (covenant_visible) applied to {@code c} with a Scope's
	 * parts.
	 */
	String VISIBLE = "(function('covenant_visible', c.id, :all, :prefix, :unitId) = true and " + Scope.SINGLE_VALUES
			+ ")";

	/** A covenant with its campaign (and organiser) and cluster (and head unit). */
	@Query("select c from Covenant c join fetch c.campaign k join fetch k.organizer join fetch c.cluster cl"
			+ " left join fetch cl.headUnit where c.id = :id and " + VISIBLE)
	Optional<Covenant> findVisible(@Param("id") long id, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("unitId") long unitId);

	boolean existsByCampaignIdAndClusterId(long campaignId, long clusterId);

	@Query("select v from CovenantVersion v where v.covenant.id = :covenantId and v.number = :number")
	Optional<CovenantVersion> findVersion(@Param("covenantId") long covenantId, @Param("number") int number);

	/**
	 * A version locked for the rest of the transaction: signatures come one at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from CovenantVersion v where v.covenant.id = :covenantId and v.number = :number")
	Optional<CovenantVersion> findVersionForUpdate(@Param("covenantId") long covenantId, @Param("number") int number);

	@Query("select v from CovenantVersion v where v.covenant.id = :covenantId order by v.number")
	List<CovenantVersion> findVersions(@Param("covenantId") long covenantId);

	/**
	 * The member units of a version with their targets and indicators, in Vietnamese
	 * order of the units' names: one statement.
	 */
	@Query("select distinct p from CovenantParty p join fetch p.unit u left join fetch p.targets t"
			+ " left join fetch t.indicator i left join fetch i.content where p.covenantVersion.id = :versionId"
			+ " order by u.sortKey")
	List<CovenantParty> findParties(@Param("versionId") long versionId);

	/**
	 * What a unit committed to in the newest version of every covenant of a year, with
	 * the covenant, campaign, cluster, targets and indicators: one statement.
	 */
	@Query("select distinct p from CovenantParty p join fetch p.unit join fetch p.covenantVersion v join fetch v.covenant c"
			+ " join fetch c.campaign k join fetch c.cluster left join fetch p.targets t left join fetch t.indicator i"
			+ " left join fetch i.content where p.unit.id = :unitId and k.year = :year and v.number = c.currentVersion"
			+ " order by k.id")
	List<CovenantParty> findCommitments(@Param("unitId") long unitId, @Param("year") int year);

}
