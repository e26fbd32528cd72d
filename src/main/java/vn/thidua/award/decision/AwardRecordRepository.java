package vn.thidua.award.decision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardRecordRepository extends JpaRepository<AwardRecord, Long> {

	List<AwardRecord> findByDecisionIdOrderByLineNo(long decisionId);

	int countByDecisionId(long decisionId);

}
