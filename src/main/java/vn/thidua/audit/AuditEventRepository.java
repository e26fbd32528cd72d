package vn.thidua.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	List<AuditEvent> findTop100ByObjectTypeAndObjectIdOrderByOccurredAtDescIdDesc(String objectType, Long objectId);

}
