package vn.thidua.award.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueItemRepository extends JpaRepository<CatalogueItem, Long> {

	List<CatalogueItem> findAllByOrderBySortOrderAscValidFromDesc();

	boolean existsByCodeAndRecipientAndValidFromGreaterThan(String code, RecipientType recipient,
			java.time.LocalDate from);

}
