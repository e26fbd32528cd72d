package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the organisation publishes about officers to other modules: who served in a unit
 * during a year, from the history of their moves. The caller checks that the unit is in
 * the user's scope (through {@code unit_visible}); this reads no other module.
 */
@Service
@RequiredArgsConstructor
public class OfficerDirectory {

	private final JdbcClient jdbc;

	/** An officer of a unit in a year, with the part of the year served there. */
	public record OfficerInUnit(long officerId, String fullName, String rank, String position, LocalDate from,
			LocalDate to) {

	}

	/**
	 * The officers assigned to {@code unitId} at some time in {@code year}, in Vietnamese
	 * alphabetical order; an officer whose history has no row there counts by their
	 * current unit.
	 */
	@Transactional(readOnly = true)
	public List<OfficerInUnit> officersInYear(long unitId, int year) {
		return this.jdbc.sql("""
				select f.id, f.full_name, f.rank, coalesce(a.position, f.position) as position,
				       a.valid_from, a.valid_to
				from officer f
				left join lateral (
				    select oa.position, oa.valid_from, oa.valid_to from officer_assignment oa
				    where oa.officer_id = f.id and oa.unit_id = :unit
				      and oa.valid_from <= make_date(:year, 12, 31)
				      and (oa.valid_to is null or oa.valid_to >= make_date(:year, 1, 1))
				    order by oa.valid_from desc limit 1) a on true
				where a.valid_from is not null
				   or (f.unit_id = :unit and not exists (select 1 from officer_assignment x where x.officer_id = f.id))
				order by f.sort_key, f.id
				""")
			.param("unit", unitId)
			.param("year", year)
			.query((rs, i) -> new OfficerInUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
			.list();
	}

}
