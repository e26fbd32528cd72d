package vn.thidua.result;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.thidua.shared.security.Scope;

/**
 * Periodic reports. Visible to a user: reports of units in their scope (their own unit,
 * or the subtree for staff and leadership), and the reports of the members of a cluster
 * whose head or deputy unit is theirs.
 */
interface ResultReportRepository extends JpaRepository<ResultReport, Long> {

	/**
	 * The organisation's unit rule ({@code unit_visible}, V13) and, a rule of the results
	 * kept here, the head and deputy units of the report's cluster, which review it.
	 */
	String VISIBLE = "((function('unit_visible', u.id, u.path, :all, :prefix, :unitId) = true"
			+ " or cl.headUnit.id = :unitId or cl.deputyUnit.id = :unitId) and " + Scope.SINGLE_VALUES + ")";

	@Query("select r from ResultReport r join fetch r.campaign k join fetch r.unit u left join fetch r.cluster cl"
			+ " left join fetch cl.headUnit left join fetch cl.deputyUnit where r.id = :id and " + VISIBLE)
	Optional<ResultReport> findVisible(@Param("id") long id, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("unitId") long unitId);

	/** The values of a report with their indicators and contents: one statement. */
	@Query("select distinct r from ResultReport r left join fetch r.values v left join fetch v.indicator i"
			+ " left join fetch i.content where r.id = :id")
	Optional<ResultReport> findWithValues(@Param("id") long id);

	@Query("select r.id from ResultReport r where r.campaign.id = :campaignId and r.unit.id = :unitId"
			+ " and r.periodMonth = :month")
	Optional<Long> findId(@Param("campaignId") long campaignId, @Param("unitId") long unitId,
			@Param("month") LocalDate month);

	@Query("select count(r) > 0 from ResultReport r where r.campaign.id = :campaignId")
	boolean anyOfCampaign(@Param("campaignId") long campaignId);

}
