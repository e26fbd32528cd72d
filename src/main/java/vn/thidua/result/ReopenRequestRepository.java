package vn.thidua.result;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Requests to reopen a locked month; who sees one is {@link ReopenRequestService}'s rule.
 */
interface ReopenRequestRepository extends JpaRepository<ReopenRequest, Long> {

	@Query("select count(q) > 0 from ReopenRequest q where q.campaignId = :campaignId and q.unitId = :unitId"
			+ " and q.periodMonth = :month and q.state = vn.thidua.result.ReopenRequestState.REQUESTED")
	boolean anyPending(@Param("campaignId") long campaignId, @Param("unitId") long unitId,
			@Param("month") LocalDate month);

}
