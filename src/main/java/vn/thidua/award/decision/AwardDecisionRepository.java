package vn.thidua.award.decision;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardDecisionRepository extends JpaRepository<AwardDecision, Long> {

	boolean existsByAmendsId(long amendsId);

	java.util.Optional<AwardDecision> findByDossierId(long dossierId);

}
