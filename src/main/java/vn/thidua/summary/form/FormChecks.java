package vn.thidua.summary.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.summary.Organisers;

/**
 * What is missing or inconsistent in an organiser's year before its forms are sent, one
 * statement a kind of finding, each finding with the page where it is put right.
 */
@Service
@RequiredArgsConstructor
public class FormChecks {

	/** The most findings of one kind listed (the count says how many there are). */
	static final int SHOWN = 200;

	private final JdbcClient jdbc;

	private final FormQueries queries;

	/** Kinds of findings; the label is {@code summary.form.check.KIND}. */
	public enum Kind {

		/** A decision of the year with no recipient: it counts nothing. */
		DECISION_WITHOUT_RECIPIENTS,
		/** A decision of the year still a draft: its records are not counted. */
		DRAFT_DECISION,
		/**
		 * A record of a state, ministry or province authority whose title or form no
		 * statistical form counts (summary_form_item has no line for it).
		 */
		ITEM_WITHOUT_COLUMN,
		/** An individual of form 0603.N with no position: counted as frontline. */
		RECORD_WITHOUT_POSITION,
		/** A unit that existed in the year and received no collective title that year. */
		UNIT_WITHOUT_TITLE,
		/** A campaign of the year still a draft: not counted in form 0601.N. */
		DRAFT_CAMPAIGN

	}

	/** One finding: what it is about and where it is put right. */
	public record Finding(Kind kind, String name, String detail, LocalDate date, String href) {

	}

	/** The findings of one kind, the first {@link #SHOWN} of them, and how many. */
	public record Group(Kind kind, long total, List<Finding> findings) {

	}

	@Transactional(readOnly = true)
	public List<Group> check(int year, Long organizerId) {
		FormQueries.checkYear(year);
		return check(this.queries.organiser(organizerId), year);
	}

	/**
	 * The findings of an organiser already resolved
	 * ({@link FormQueries#organiser(Long)}).
	 */
	@Transactional(readOnly = true)
	public List<Group> check(Organisers.Organiser organiser, int year) {
		FormQueries.checkYear(year);
		String prefix = organiser.prefix();
		List<Group> groups = new ArrayList<>();
		groups.add(group(Kind.DECISION_WITHOUT_RECIPIENTS,
				"""
						select d.decision_id, d.number, d.authority, d.decided_on, count(*) over () from award_statistic_decision_v d
						where d.year = :year and d.lines = 0 and not d.superseded
						  and d.issuer_unit_id in (select s.id from subtree_unit_ids(:prefix) s)
						order by d.decided_on, d.number limit :shown""",
				year, prefix, "/awards/decisions/"));
		groups.add(group(Kind.DRAFT_DECISION,
				"""
						select d.decision_id, d.number, d.authority, d.decided_on, count(*) over () from award_statistic_decision_v d
						where d.year = :year and d.state = 'DRAFT' and d.lines > 0
						  and d.issuer_unit_id in (select s.id from subtree_unit_ids(:prefix) s)
						order by d.decided_on, d.number limit :shown""",
				year, prefix, "/awards/decisions/"));
		groups.add(group(Kind.ITEM_WITHOUT_COLUMN,
				"""
						select r.decision_id, r.recipient_name, r.item_name_vi || ' — ' || r.number, r.decided_on, count(*) over ()
						from award_statistic_record_v r
						where r.year = :year and r.item_authority in ('PRESIDENT', 'PRIME_MINISTER', 'MINISTER', 'PROVINCE_CHAIR')
						  and not exists (select 1 from summary_form_item m where m.item_code = r.item_code)
						  and r.unit_id in (select s.id from subtree_unit_ids(:prefix) s)
						order by r.decided_on, r.number, r.record_id limit :shown""",
				year, prefix, "/awards/decisions/"));
		groups.add(group(Kind.RECORD_WITHOUT_POSITION,
				"""
						select r.officer_id, r.recipient_name, r.item_name_vi || ' — ' || r.number, r.decided_on, count(*) over ()
						from award_statistic_record_v r
						join summary_form_item m on m.form_code = '0603' and m.item_code = r.item_code
						where r.year = :year and not r.collective and coalesce(trim(r.position), '') = ''
						  and r.unit_id in (select s.id from subtree_unit_ids(:prefix) s)
						order by r.decided_on, r.number, r.record_id limit :shown""",
				year, prefix, "/awards/records/officers/"));
		groups.add(group(Kind.UNIT_WITHOUT_TITLE,
				"""
						select u.id, u.name, u.code, u.valid_to, count(*) over () from organization_unit_v u
						where u.kind in ('DEPARTMENT', 'DISTRICT_POLICE', 'COMMUNE_POLICE')
						  and u.valid_from <= make_date(:year, 12, 31) and (u.valid_to is null or u.valid_to >= make_date(:year, 1, 1))
						  and u.id in (select s.id from subtree_unit_ids(:prefix) s)
						  and not exists (select 1 from award_statistic_record_v r
						                  where r.unit_id = u.id and r.collective and r.item_category = 'TITLE' and r.year = :year)
						order by u.sort_key limit :shown""",
				year, prefix, "/awards/records/units/"));
		groups.add(group(Kind.DRAFT_CAMPAIGN, """
				select k.id, k.name, k.kind, k.start_date, count(*) over () from campaign_statistic_v k
				where k.year = :year and k.state = 'DRAFT'
				  and k.organizer_id in (select s.id from subtree_unit_ids(:prefix) s)
				order by k.start_date, k.sort_key limit :shown""", year, prefix, "/campaigns/"));
		return groups;
	}

	private Group group(Kind kind, String sql, int year, String prefix, String path) {
		long[] total = new long[1];
		List<Finding> findings = this.jdbc.sql(sql)
			.param("year", year)
			.param("prefix", prefix)
			.param("shown", SHOWN)
			.query((rs, i) -> {
				total[0] = rs.getLong(5);
				String href = path + rs.getLong(1) + (kind == Kind.UNIT_WITHOUT_TITLE ? "?year=" + year : "");
				return new Finding(kind, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), href);
			})
			.list();
		return new Group(kind, total[0], findings);
	}

}
