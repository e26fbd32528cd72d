package vn.thidua.award.dossier;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<Dossier, Long> {

}
