package vn.thidua.award.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierLineRepository extends JpaRepository<DossierLine, Long> {

	List<DossierLine> findByDossierIdOrderByLineNo(long dossierId);

	long countByDossierId(long dossierId);

}
