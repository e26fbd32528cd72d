package vn.thidua.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Scoring tables. Callers read the campaign through a scoped query first; these queries
 * only find the tables of a campaign already known to be visible.
 */
interface ScoringTableRepository extends JpaRepository<CampaignScoringTable, Long> {

	/** The campaign's tables (its own and its clusters'), with their lines. */
	@Query("select distinct t from CampaignScoringTable t left join fetch t.cluster left join fetch t.rules"
			+ " where t.campaign.id = :campaignId")
	List<CampaignScoringTable> findWithRules(@Param("campaignId") long campaignId);

	/**
	 * The same tables with their items; run after {@link #findWithRules} in the same
	 * transaction, it completes the entities already loaded (two bags cannot be fetched
	 * at once).
	 */
	@Query("select distinct t from CampaignScoringTable t left join fetch t.items where t.campaign.id = :campaignId")
	List<CampaignScoringTable> findWithItems(@Param("campaignId") long campaignId);

	@Query("select t from CampaignScoringTable t where t.campaign.id = :campaignId and t.cluster is null")
	Optional<CampaignScoringTable> findCampaignTable(@Param("campaignId") long campaignId);

	@Query("select t from CampaignScoringTable t where t.campaign.id = :campaignId and t.cluster.id = :clusterId")
	Optional<CampaignScoringTable> findClusterTable(@Param("campaignId") long campaignId,
			@Param("clusterId") long clusterId);

	@Query("select t from CampaignScoringTable t join fetch t.cluster where t.campaign.id = :campaignId"
			+ " and t.cluster is not null")
	List<CampaignScoringTable> findClusterTables(@Param("campaignId") long campaignId);

}
