package vn.thidua.award.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BaseSalaryRepository extends JpaRepository<BaseSalary, Long> {

	Optional<BaseSalary> findFirstByValidFromLessThanEqualOrderByValidFromDesc(LocalDate date);

	List<BaseSalary> findAllByOrderByValidFromDesc();

	boolean existsByValidFrom(LocalDate date);

}
