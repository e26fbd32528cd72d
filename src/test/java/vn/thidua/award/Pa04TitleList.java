package vn.thidua.award;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's 2026 yearly title list of LS-PA04, as tests that submit it and propose it
 * need it, and put back afterwards. Other tests in the same database change it (the
 * yearly-title journey makes the officer with a one-off 2025 title "excellent"; some add
 * officers to the unit), so {@link #asTheDemoHasIt()} first gives that officer the demo's
 * "completed well" again and every unclassified officer "completed well" (a CSTT each,
 * 710.000 đ). {@link #restore()} removes the dossiers and decisions made from the list,
 * deletes the review session it was sent to, makes it a draft again and restores every
 * classification it changed.
 */
public final class Pa04TitleList {

	public static final int YEAR = 2026;

	private final JdbcClient jdbc;

	private final long unitId;

	/** The officers' classifications before, {@code null} for none. */
	private final Map<Long, String> before = new HashMap<>();

	/** How many officers had no classification (each now a CSTT). */
	private int unclassified;

	public Pa04TitleList(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.unitId = jdbc.sql("select id from organization_unit_v where code = 'LS-PA04'").query(Long.class).single();
	}

	public long unitId() {
		return this.unitId;
	}

	/** Officers other tests added to the unit, classified "completed well" here. */
	public int addedOfficers() {
		return this.unclassified;
	}

	/** The officer with a one-off CSTĐCS in 2025: a CSTT in the demo. */
	public long oneOffOfficer() {
		return this.jdbc.sql("""
				select officer_id from award_title_past
				where unit_id = :u and year = 2025 and kind = 'ONE_OFF' and officer_id is not null
				order by officer_id limit 1""").param("u", this.unitId).query(Long.class).single();
	}

	/**
	 * The officer with an initiative recognised at base level in 2026: the demo's CSTĐCS.
	 */
	public long initiativeOfficer() {
		return this.jdbc.sql("""
				select officer_id from award_title_recognition
				where year = 2026 and decision_number = '12/QĐ-PA04' order by officer_id limit 1""")
			.query(Long.class)
			.single();
	}

	public Pa04TitleList asTheDemoHasIt() {
		List<Long> officers = this.jdbc.sql("""
				select id from organization_officer_v where unit_id = :u
				union select officer_id from organization_officer_assignment_v where unit_id = :u""")
			.param("u", this.unitId)
			.query(Long.class)
			.list();
		for (long officer : officers) {
			String classification = this.jdbc
				.sql("select classification from award_title_officer_year where officer_id = :o and year = :y")
				.param("o", officer)
				.param("y", YEAR)
				.query(String.class)
				.optional()
				.orElse(null);
			this.before.put(officer, classification);
		}
		long oneOff = oneOffOfficer();
		for (var entry : this.before.entrySet()) {
			boolean deferred = this.jdbc.sql("""
					select exists (select 1 from award_title_discipline where officer_id = :o
					               and valid_from <= make_date(:y, 12, 31)
					               and (valid_to is null or valid_to >= make_date(:y, 1, 1)))""")
				.param("o", entry.getKey())
				.param("y", YEAR)
				.query(Boolean.class)
				.single();
			if (entry.getKey() == oneOff || (entry.getValue() == null && !deferred)) {
				if (entry.getValue() == null) {
					this.unclassified++;
				}
				classify(entry.getKey(), "GOOD");
			}
		}
		return this;
	}

	public void restore() {
		this.jdbc.sql("""
				delete from award_decision where dossier_id in (
				    select id from award_dossier where source = 'TITLE_LIST' and source_id in (
				        select id from award_title_list where unit_id = :u and year = :y))""")
			.param("u", this.unitId)
			.param("y", YEAR)
			.update();
		java.util.List<Long> files = this.jdbc.sql("""
				select a.file_id from award_dossier_attachment a join award_dossier d on d.id = a.dossier_id
				where d.source = 'TITLE_LIST' and d.source_id in (
				    select id from award_title_list where unit_id = :u and year = :y)""")
			.param("u", this.unitId)
			.param("y", YEAR)
			.query(Long.class)
			.list();
		this.jdbc.sql("""
				delete from award_dossier where source = 'TITLE_LIST' and source_id in (
				    select id from award_title_list where unit_id = :u and year = :y)""")
			.param("u", this.unitId)
			.param("y", YEAR)
			.update();
		if (!files.isEmpty()) {
			this.jdbc.sql("delete from stored_file where id in (:ids)").param("ids", files).update();
		}
		Long session = this.jdbc.sql("select voting_session_id from award_title_list where unit_id = :u and year = :y")
			.param("u", this.unitId)
			.param("y", YEAR)
			.query(Long.class)
			.optional()
			.orElse(null);
		this.jdbc.sql("""
				update award_title_list set state = 'DRAFT', submitted_by = null, submitted_at = null,
				       voting_session_id = null
				where unit_id = :u and year = :y""").param("u", this.unitId).param("y", YEAR).update();
		if (session != null) {
			this.jdbc.sql("delete from voting_session where id = :s").param("s", session).update();
		}
		for (var entry : this.before.entrySet()) {
			if (entry.getValue() == null) {
				this.jdbc.sql(
						"update award_title_officer_year set classification = null where officer_id = :o and year = :y")
					.param("o", entry.getKey())
					.param("y", YEAR)
					.update();
			}
			else {
				classify(entry.getKey(), entry.getValue());
			}
		}
	}

	private void classify(long officer, String classification) {
		this.jdbc.sql("""
				insert into award_title_officer_year (officer_id, year, classification) values (:o, :y, :c)
				on conflict (officer_id, year) do update set classification = excluded.classification""")
			.param("o", officer)
			.param("y", YEAR)
			.param("c", classification)
			.update();
	}

}
