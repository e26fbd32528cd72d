package vn.thidua.award.title;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the facts the title rules read, as they come from outside the pages: past
 * titles, recognised initiatives, disciplinary measures, classifications. Used by loaders
 * that run as the system (the demo province, later the Excel import); it checks no scope,
 * so no page calls it.
 */
@Service
@RequiredArgsConstructor
public class TitleFactsRecorder {

	private final JdbcClient jdbc;

	@Transactional
	public void pastTitle(Long officerId, long unitId, String unitName, int year, Title title, AwardKind kind) {
		this.jdbc.sql("""
				insert into award_title_past (officer_id, unit_id, unit_name, year, title, kind)
				values (:o, :u, :n, :y, :t, :k)""")
			.param("o", officerId)
			.param("u", unitId)
			.param("n", unitName)
			.param("y", year)
			.param("t", title.name())
			.param("k", kind.name())
			.update();
	}

	@Transactional
	public void recognition(long officerId, int year, RecognitionKind kind, RecognitionLevel level,
			String decisionNumber) {
		this.jdbc.sql("""
				insert into award_title_recognition (officer_id, year, kind, level, decision_number)
				values (:o, :y, :k, :l, :d)""")
			.param("o", officerId)
			.param("y", year)
			.param("k", kind.name())
			.param("l", level.name())
			.param("d", decisionNumber)
			.update();
	}

	@Transactional
	public void discipline(long officerId, DisciplineLevel level, LocalDate from, LocalDate to) {
		this.jdbc.sql("""
				insert into award_title_discipline (officer_id, level, valid_from, valid_to)
				values (:o, :l, :f, :t)""")
			.param("o", officerId)
			.param("l", level.name())
			.param("f", from)
			.param("t", to)
			.update();
	}

	@Transactional
	public void classification(long officerId, int year, TaskClass classification) {
		this.jdbc.sql("""
				insert into award_title_officer_year (officer_id, year, classification, updated_by)
				values (:o, :y, :c, 'system')
				on conflict (officer_id, year) do update set classification = excluded.classification""")
			.param("o", officerId)
			.param("y", year)
			.param("c", classification.name())
			.update();
	}

	@Transactional
	public void unitClassification(long unitId, int year, TaskClass classification) {
		this.jdbc.sql("""
				insert into award_title_unit_year (unit_id, year, classification) values (:u, :y, :c)
				on conflict (unit_id, year) do update set classification = excluded.classification""")
			.param("u", unitId)
			.param("y", year)
			.param("c", classification.name())
			.update();
	}

}
