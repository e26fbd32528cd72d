package vn.thidua.award.title;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.title.TitleFacts.Discipline;
import vn.thidua.award.title.TitleFacts.Member;
import vn.thidua.award.title.TitleFacts.Officer;
import vn.thidua.award.title.TitleFacts.PastTitle;
import vn.thidua.award.title.TitleFacts.Recognition;
import vn.thidua.organization.OfficerDirectory;
import vn.thidua.organization.OfficerDirectory.OfficerInUnit;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * The yearly title list of a unit: its officers of the year with their facts, what the
 * rules propose, the unit's adjustments, and the collective title computed from them. A
 * unit's users see their unit, staff and leadership their subtree (through the
 * organisation's {@code unit_visible}); anything else answers 404. The unit's officer and
 * commander edit the draft; the commander submits it.
 */
@Service
@RequiredArgsConstructor
public class YearlyTitleService {

	/** The type of a yearly title list's records in the history. */
	public static final String AUDIT_TYPE = "AWARD_TITLE_LIST";

	private static final int MIN_YEAR = 2000;

	private static final int MAX_YEAR = 2100;

	private final JdbcClient jdbc;

	private final OfficerDirectory officers;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TitleRules rules = new TitleRules();

	record UnitRef(long id, String code, String name) {

	}

	@Transactional(readOnly = true)
	public YearlyTitleList list(long unitId, int year) {
		UnitRef unit = unit(unitId, year);
		List<OfficerInUnit> people = this.officers.officersInYear(unitId, year);
		List<Long> ids = people.stream().map(OfficerInUnit::officerId).toList();
		Map<Long, Map<Integer, TaskClass>> classifications = new HashMap<>();
		Map<Long, Boolean> investigations = new HashMap<>();
		Map<Long, List<Discipline>> disciplines = new HashMap<>();
		Map<Long, List<Recognition>> recognitions = new HashMap<>();
		Map<Long, List<PastTitle>> pastTitles = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("""
					select officer_id, year, classification, under_investigation from award_title_officer_year
					where officer_id in (:ids) and year <= :year""")
				.param("ids", ids)
				.param("year", year)
				.query((ResultSet rs) -> {
					long id = rs.getLong(1);
					if (rs.getString(3) != null) {
						classifications.computeIfAbsent(id, k -> new HashMap<>())
							.put(rs.getInt(2), TaskClass.valueOf(rs.getString(3)));
					}
					if (rs.getInt(2) == year && rs.getBoolean(4)) {
						investigations.put(id, true);
					}
				});
			this.jdbc.sql("""
					select officer_id, level, valid_from, valid_to from award_title_discipline
					where officer_id in (:ids)""").param("ids", ids).query((ResultSet rs) -> {
				disciplines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Discipline(DisciplineLevel.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
							rs.getObject(4, LocalDate.class)));
			});
			this.jdbc.sql("""
					select officer_id, year, kind, level, decision_number from award_title_recognition
					where officer_id in (:ids) and year <= :year""")
				.param("ids", ids)
				.param("year", year)
				.query((ResultSet rs) -> {
					recognitions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new Recognition(rs.getInt(2), RecognitionKind.valueOf(rs.getString(3)),
								RecognitionLevel.valueOf(rs.getString(4)), rs.getString(5)));
				});
			this.jdbc.sql("""
					select officer_id, year, title, kind, unit_id, unit_name from award_title_past
					where officer_id in (:ids) and year < :year""")
				.param("ids", ids)
				.param("year", year)
				.query((ResultSet rs) -> {
					pastTitles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(pastTitle(rs));
				});
		}
		ListHeader header = header(unitId, year);
		Map<Long, Adjustment> adjustments = new HashMap<>();
		if (header != null) {
			this.jdbc.sql("""
					select officer_id, adjusted_title, adjustment_reason, adjusted_by from award_title_list_entry
					where list_id = :list and adjusted""").param("list", header.id()).query((ResultSet rs) -> {
				String title = rs.getString(2);
				adjustments.put(rs.getLong(1),
						new Adjustment(title == null ? null : Title.valueOf(title), rs.getString(3), rs.getString(4)));
			});
		}

		List<YearlyTitleList.Row> rows = new ArrayList<>();
		List<Member> members = new ArrayList<>();
		for (OfficerInUnit person : people) {
			long id = person.officerId();
			Map<Integer, TaskClass> years = classifications.getOrDefault(id, Map.of());
			Map<Integer, TaskClass> past = new HashMap<>(years);
			TaskClass classification = past.remove(year);
			List<Discipline> own = disciplines.getOrDefault(id, List.of());
			Officer facts = new Officer(id, person.fullName(), year, classification, past,
					recognitions.getOrDefault(id, List.of()), own, investigations.getOrDefault(id, false),
					pastTitles.getOrDefault(id, List.of()));
			TitleProposal proposal = this.rules.officer(facts);
			Adjustment adjustment = adjustments.get(id);
			YearlyTitleList.Row row = new YearlyTitleList.Row(id, person.fullName(), person.rank(), person.position(),
					classification, proposal, proposal.reasons().stream().map(ReasonLine::of).toList(),
					adjustment != null, adjustment == null ? null : adjustment.title(),
					adjustment == null ? null : adjustment.reason(), adjustment == null ? null : adjustment.by());
			rows.add(row);
			DisciplineLevel worst = own.stream()
				.filter(d -> d.inForceDuring(year))
				.map(Discipline::level)
				.max(Comparator.naturalOrder())
				.orElse(null);
			members.add(new Member(id, classification, row.finalTitle(), worst));
		}
		TitleProposal unitProposal = this.rules.unit(unitFacts(unitId, year, members));
		TaskClass unitClassification = unitClassifications(unitId, year).get(year);
		ListState state = header == null ? ListState.DRAFT : header.state();
		CurrentUser user = CurrentUser.get();
		boolean ownUnit = user.unitId() != null && user.unitId() == unitId;
		boolean draft = state == ListState.DRAFT;
		boolean mayEdit = draft && ownUnit && user.role().isUnitLevel();
		boolean maySubmit = draft && ownUnit && user.is(Role.UNIT_COMMANDER) && !rows.isEmpty();
		return new YearlyTitleList(unit.id(), unit.code(), unit.name(), year, state,
				header == null ? null : header.submittedBy(), header == null ? null : header.submittedAt(),
				unitClassification, rows, unitProposal, unitProposal.reasons().stream().map(ReasonLine::of).toList(),
				mayEdit, maySubmit, header == null ? null : header.votingSessionId());
	}

	/**
	 * Checks, before a form is read, that the user may edit the unit's list: 404 outside
	 * the scope, 403 for those who only read it. A submitted list goes on to the action,
	 * which refuses it with a message.
	 */
	@Transactional(readOnly = true)
	public void checkMayEdit(long unitId, int year) {
		YearlyTitleList list = list(unitId, year);
		if (list.state() == ListState.DRAFT && !list.mayEdit()) {
			throw new AccessDeniedException("Not the unit's list");
		}
	}

	/** Sets an officer's task classification for the year (the draft list follows). */
	@Transactional
	public void classify(long unitId, int year, long officerId, ClassificationForm form) {
		editable(unitId, year, officerId);
		classifyAll(unitId, year, Map.of(officerId, form.classification()));
	}

	/**
	 * Sets the classifications of many officers at once (an import): each officer must be
	 * on the unit's draft list; only what changes is written and recorded in the history.
	 * Returns how many changed.
	 */
	@Transactional
	public int classifyAll(long unitId, int year, Map<Long, TaskClass> classifications) {
		YearlyTitleList list = list(unitId, year);
		if (list.state() == ListState.SUBMITTED) {
			throw new BusinessRuleException("award.title.error.submitted");
		}
		if (!list.mayEdit()) {
			throw new AccessDeniedException("Not the unit's list");
		}
		int changed = 0;
		for (Map.Entry<Long, TaskClass> entry : classifications.entrySet()) {
			YearlyTitleList.Row row = list.row(entry.getKey());
			if (row == null) {
				throw new NotFoundException();
			}
			if (row.classification() == entry.getValue()) {
				continue;
			}
			this.events.publishEvent(audit("AWARD_TITLE_CLASSIFIED", list, row.name())
				.change("award.title.column.classification", row.classification(), entry.getValue())
				.build());
			this.jdbc.sql("""
					insert into award_title_officer_year (officer_id, year, classification, updated_by)
					values (:officer, :year, :classification, :user)
					on conflict (officer_id, year) do update
					set classification = excluded.classification, updated_by = excluded.updated_by,
					    updated_at = now(), version = award_title_officer_year.version + 1""")
				.param("officer", entry.getKey())
				.param("year", year)
				.param("classification", entry.getValue().name())
				.param("user", CurrentUser.get().getUsername())
				.update();
			changed++;
		}
		return changed;
	}

	/** Sets the unit's own task classification for the year. */
	@Transactional
	public void classifyUnit(long unitId, int year, ClassificationForm form) {
		YearlyTitleList list = list(unitId, year);
		if (list.state() == ListState.SUBMITTED) {
			throw new BusinessRuleException("award.title.error.submitted");
		}
		if (!list.mayEdit()) {
			throw new AccessDeniedException("Not the unit's list");
		}
		this.events.publishEvent(audit("AWARD_TITLE_UNIT_CLASSIFIED", list, list.unitName())
			.change("award.title.field.unitClassification", list.unitClassification(), form.classification())
			.build());
		this.jdbc.sql("""
				insert into award_title_unit_year (unit_id, year, classification) values (:unit, :year, :classification)
				on conflict (unit_id, year) do update set classification = excluded.classification""")
			.param("unit", unitId)
			.param("year", year)
			.param("classification", form.classification().name())
			.update();
	}

	/**
	 * Sets the title the unit proposes instead of the rules' proposal, with the reason.
	 */
	@Transactional
	public void adjust(long unitId, int year, long officerId, AdjustmentForm form) {
		YearlyTitleList list = editable(unitId, year, officerId);
		if (form.title() != null && form.title().isCollective()) {
			throw new BusinessRuleException("title", "award.title.error.collectiveTitle");
		}
		YearlyTitleList.Row row = list.row(officerId);
		this.events.publishEvent(audit("AWARD_TITLE_ADJUSTED", list, row.name())
			.change("award.title.field.title", row.finalTitle(), form.title())
			.reason(form.reason())
			.build());
		long listId = ensureList(unitId, year);
		this.jdbc.sql("""
				insert into award_title_list_entry (list_id, officer_id, adjusted, adjusted_title, adjustment_reason,
				                                    adjusted_by, adjusted_at)
				values (:list, :officer, true, :title, :reason, :user, now())
				on conflict (list_id, officer_id) do update
				set adjusted = true, adjusted_title = excluded.adjusted_title,
				    adjustment_reason = excluded.adjustment_reason, adjusted_by = excluded.adjusted_by,
				    adjusted_at = now(), version = award_title_list_entry.version + 1""")
			.param("list", listId)
			.param("officer", officerId)
			.param("title", form.title() == null ? null : form.title().name())
			.param("reason", form.reason().strip())
			.param("user", CurrentUser.get().getUsername())
			.update();
	}

	/** Returns an officer to the title the rules propose. */
	@Transactional
	public void clearAdjustment(long unitId, int year, long officerId) {
		YearlyTitleList list = editable(unitId, year, officerId);
		YearlyTitleList.Row row = list.row(officerId);
		if (row.adjusted()) {
			this.events.publishEvent(audit("AWARD_TITLE_ADJUSTMENT_CLEARED", list, row.name())
				.change("award.title.field.title", row.finalTitle(), row.proposal().title())
				.build());
		}
		ListHeader header = header(unitId, year);
		if (header != null) {
			this.jdbc.sql("""
					update award_title_list_entry
					set adjusted = false, adjusted_title = null, adjustment_reason = null, adjusted_by = null,
					    adjusted_at = null, version = version + 1
					where list_id = :list and officer_id = :officer""")
				.param("list", header.id())
				.param("officer", officerId)
				.update();
		}
	}

	/**
	 * The commander sends the list up: the proposals are recorded as they stand and the
	 * list no longer changes.
	 */
	@Transactional
	public void submit(long unitId, int year) {
		YearlyTitleList list = list(unitId, year);
		if (list.state() == ListState.SUBMITTED) {
			throw new BusinessRuleException("award.title.error.submitted");
		}
		if (!list.maySubmit()) {
			if (list.rows().isEmpty()) {
				throw new BusinessRuleException("award.title.error.empty");
			}
			throw new AccessDeniedException("Not the unit's commander");
		}
		long missing = list.rows().stream().filter(r -> r.classification() == null && !r.proposal().deferred()).count();
		if (missing > 0) {
			throw new BusinessRuleException("award.title.error.unclassified", missing);
		}
		long listId = ensureList(unitId, year);
		for (YearlyTitleList.Row row : list.rows()) {
			Title proposed = row.proposal().title();
			this.jdbc.sql("""
					insert into award_title_list_entry (list_id, officer_id, proposed_title, proposed_rule, deferred)
					values (:list, :officer, :title, :rule, :deferred)
					on conflict (list_id, officer_id) do update
					set proposed_title = excluded.proposed_title, proposed_rule = excluded.proposed_rule,
					    deferred = excluded.deferred""")
				.param("list", listId)
				.param("officer", row.officerId())
				.param("title", proposed == null ? null : proposed.name())
				.param("rule", row.proposal().rule())
				.param("deferred", row.proposal().deferred())
				.update();
		}
		int changed = this.jdbc.sql("""
				update award_title_list set state = 'SUBMITTED', submitted_by = :user, submitted_at = :now,
				       version = version + 1
				where id = :id and state = 'DRAFT'""")
			.param("id", listId)
			.param("user", CurrentUser.get().getUsername())
			.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
			.update();
		if (changed == 0) {
			throw new BusinessRuleException("award.title.error.submitted");
		}
		this.events.publishEvent(audit("AWARD_TITLE_LIST_SUBMITTED", list, list.unitName())
			.change("award.title.field.state", ListState.DRAFT, ListState.SUBMITTED)
			.build());
	}

	private YearlyTitleList editable(long unitId, int year, long officerId) {
		YearlyTitleList list = list(unitId, year);
		if (list.row(officerId) == null) {
			throw new NotFoundException();
		}
		if (list.state() == ListState.SUBMITTED) {
			throw new BusinessRuleException("award.title.error.submitted");
		}
		if (!list.mayEdit()) {
			throw new AccessDeniedException("Not the unit's list");
		}
		return list;
	}

	/** The unit, when it is visible to the user and existed in the year; else 404. */
	private UnitRef unit(long unitId, int year) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new NotFoundException();
		}
		return this.jdbc.sql("""
				select u.id, u.code, u.name from organization_unit_v u
				where u.id = :id and unit_visible(u.id, u.path, :all, :prefix, :unitId)
				  and u.valid_from <= make_date(:year, 12, 31)
				  and (u.valid_to is null or u.valid_to >= make_date(:year, 1, 1))""")
			.params(CurrentUser.get().scope().parameters())
			.param("id", unitId)
			.param("year", year)
			.query((rs, i) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private record ListHeader(long id, ListState state, String submittedBy, Instant submittedAt, Long votingSessionId) {

	}

	private record Adjustment(Title title, String reason, String by) {

	}

	private ListHeader header(long unitId, int year) {
		return this.jdbc.sql("""
				select id, state, submitted_by, submitted_at, voting_session_id from award_title_list
				where unit_id = :unit and year = :year""")
			.param("unit", unitId)
			.param("year", year)
			.query((rs, i) -> new ListHeader(rs.getLong(1), ListState.valueOf(rs.getString(2)), rs.getString(3),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getObject(5, Long.class)))
			.optional()
			.orElse(null);
	}

	/**
	 * A change of a unit's list for the history: the list is the object (made now if it
	 * did not exist), the officer or unit concerned named in the label.
	 */
	private AuditRecord.Builder audit(String action, YearlyTitleList list, String concerned) {
		long listId = ensureList(list.unitId(), list.year());
		return AuditRecord.of(action, AUDIT_TYPE, listId, list.unitCode() + " " + list.year() + " — " + concerned);
	}

	private long ensureList(long unitId, int year) {
		this.jdbc.sql("""
				insert into award_title_list (unit_id, year) values (:unit, :year)
				on conflict (unit_id, year) do nothing""").param("unit", unitId).param("year", year).update();
		return header(unitId, year).id();
	}

	private Map<Integer, TaskClass> unitClassifications(long unitId, int year) {
		Map<Integer, TaskClass> result = new HashMap<>();
		this.jdbc.sql("""
				select year, classification from award_title_unit_year
				where unit_id = :unit and year <= :year and classification is not null""")
			.param("unit", unitId)
			.param("year", year)
			.query((ResultSet rs) -> {
				result.put(rs.getInt(1), TaskClass.valueOf(rs.getString(2)));
			});
		return result;
	}

	private TitleFacts.Unit unitFacts(long unitId, int year, List<Member> members) {
		Map<Integer, TaskClass> past = unitClassifications(unitId, year);
		TaskClass classification = past.remove(year);
		boolean[] flags = { true, false };
		this.jdbc.sql("select united, disciplined from award_title_unit_year where unit_id = :unit and year = :year")
			.param("unit", unitId)
			.param("year", year)
			.query((ResultSet rs) -> {
				flags[0] = rs.getBoolean(1);
				flags[1] = rs.getBoolean(2);
			});
		List<PastTitle> titles = this.jdbc.sql("""
				select officer_id, year, title, kind, unit_id, unit_name from award_title_past
				where officer_id is null and unit_id = :unit and year < :year""")
			.param("unit", unitId)
			.param("year", year)
			.query((rs, i) -> pastTitle(rs))
			.list();
		return new TitleFacts.Unit(unitId, year, classification, members, flags[0], flags[1], past, titles);
	}

	private static PastTitle pastTitle(ResultSet rs) throws SQLException {
		return new PastTitle(rs.getInt(2), Title.valueOf(rs.getString(3)), AwardKind.valueOf(rs.getString(4)),
				rs.getLong(5), rs.getString(6));
	}

}
