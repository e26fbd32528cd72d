package vn.thidua.award.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierAttachmentRepository extends JpaRepository<DossierAttachment, Long> {

	List<DossierAttachment> findByDossierIdOrderById(long dossierId);

	Optional<DossierAttachment> findByIdAndDossierId(long id, long dossierId);

	long countByDossierId(long dossierId);

}
