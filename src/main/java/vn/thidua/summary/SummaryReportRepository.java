package vn.thidua.summary;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SummaryReportRepository extends JpaRepository<SummaryReport, Long> {

	Optional<SummaryReport> findByOrganizerIdAndYear(long organizerId, int year);

}
