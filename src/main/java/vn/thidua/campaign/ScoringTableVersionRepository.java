package vn.thidua.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ScoringTableVersionRepository extends JpaRepository<ScoringTableVersion, Long> {

	Optional<ScoringTableVersion> findByHolderRef(long holderRef);

	@Query("select count(v) > 0 from ScoringTableVersion v where v.campaignId = :campaignId"
			+ " and v.clusterId = :clusterId and v.locked = true")
	boolean isLocked(@Param("campaignId") long campaignId, @Param("clusterId") long clusterId);

	@Query("select v from ScoringTableVersion v where v.campaignId = :campaignId and v.clusterId = :clusterId"
			+ " and v.locked = true")
	List<ScoringTableVersion> findLocked(@Param("campaignId") long campaignId, @Param("clusterId") long clusterId);

	/** The versions in force at some time, the earliest first. */
	@Query("select v from ScoringTableVersion v where v.campaignId = :campaignId and v.clusterId = :clusterId"
			+ " and v.inForceFrom is not null order by v.inForceFrom, v.id")
	List<ScoringTableVersion> findInForce(@Param("campaignId") long campaignId, @Param("clusterId") long clusterId);

	/**
	 * The versions of every cluster of a campaign in force at some time, by cluster, the
	 * earliest first.
	 */
	@Query("select v from ScoringTableVersion v where v.campaignId = :campaignId and v.inForceFrom is not null"
			+ " order by v.clusterId, v.inForceFrom, v.id")
	List<ScoringTableVersion> findInForceOfCampaign(@Param("campaignId") long campaignId);

}
