package vn.thidua.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.thidua.shared.security.Scope;

/**
 * Campaigns. Visible to a user: those organised within their subtree (staff, leadership),
 * or, once launched, those whose scope includes their unit, directly or through one of
 * its clusters. A draft is the organiser's work in progress: units in its scope do not
 * see it.
 */
interface CampaignRepository extends JpaRepository<Campaign, Long> {

	/**
	 * The campaign rule of V14 (campaign_visible) applied to {@code k} with a Scope's
	 * parts.
	 */
	String VISIBLE = "(function('campaign_visible', k.id, :all, :prefix, :unitId) = true and " + Scope.SINGLE_VALUES
			+ ")";

	@Query("select k from Campaign k join fetch k.organizer where (:year is null or k.year = :year)"
			+ " and (:kind is null or k.kind = :kind) and (:state is null or k.state = :state) and " + VISIBLE
			+ " order by k.year desc, k.sortKey, k.id")
	List<Campaign> findVisible(@Param("year") Integer year, @Param("kind") CampaignKind kind,
			@Param("state") CampaignState state, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("unitId") long unitId);

	@Query("select k from Campaign k join fetch k.organizer where k.id = :id and " + VISIBLE)
	Optional<Campaign> findVisible(@Param("id") long id, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("unitId") long unitId);

	@Query("select distinct k.year from Campaign k where " + VISIBLE + " order by k.year desc")
	List<Integer> findVisibleYears(@Param("all") boolean all, @Param("prefix") String prefix,
			@Param("unitId") long unitId);

	/** The contents of a campaign with their indicators, in order: one statement. */
	@Query("select distinct c from CampaignContent c left join fetch c.indicators where c.campaign.id = :id"
			+ " order by c.position")
	List<CampaignContent> findContents(@Param("id") long id);

	@Query("select count(i) > 0 from Indicator i where i.campaign.id = :campaignId and lower(i.code) = lower(:code)"
			+ " and (:exceptId is null or i.id <> :exceptId)")
	boolean codeTaken(@Param("campaignId") long campaignId, @Param("code") String code,
			@Param("exceptId") Long exceptId);

	@Query("select count(k) > 0 from Campaign k where k.organizer.id = :organizerId and k.year = :year"
			+ " and lower(k.name) = lower(:name) and (:exceptId is null or k.id <> :exceptId)")
	boolean nameTaken(@Param("organizerId") long organizerId, @Param("year") int year, @Param("name") String name,
			@Param("exceptId") Long exceptId);

}
