package vn.thidua.summary;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * Marking a year-end summary final (ADR 0018, "Freezing"): the organiser's staff store
 * the province's figures of the year as they stand, so that the signed report keeps its
 * numbers while the records move; the page then shows each figure that changed since, and
 * the printed report prints the stored figures. Staff may reopen it with a reason, kept
 * in the history. While final, the text parts are read-only.
 */
@Service
@RequiredArgsConstructor
public class SummaryFreezeService {

	/** The type of its records in the history. */
	public static final String AUDIT_TYPE = "SUMMARY_SNAPSHOT";

	/** The longest reason for reopening. */
	public static final int MAX_REASON = 1000;

	private final JdbcClient jdbc;

	private final SummaryQueries queries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json;

	/**
	 * The figures stored when the summary was marked final.
	 *
	 * @param id its row
	 * @param frozenBy who marked it final
	 * @param frozenAt when
	 * @param figures the province's figures as they stood then
	 */
	public record Snapshot(long id, String frozenBy, Instant frozenAt, SummaryFigures figures) {

	}

	/**
	 * A figure whose value of the year now differs from the stored one.
	 *
	 * @param section the figure's section
	 * @param key the figure
	 * @param frozen the value stored when marked final
	 * @param live the value the records give now
	 * @param difference live less frozen
	 */
	public record Difference(String section, String key, long frozen, long live, long difference) {

		Difference(String section, String key, long frozen, long live) {
			this(section, key, frozen, live, live - frozen);
		}

		public long change() {
			return this.difference;
		}

	}

	/** The province's summary of the scope's organiser and year, if marked final. */
	@Transactional(readOnly = true)
	public Optional<Snapshot> of(SummaryScope scope) {
		return this.jdbc.sql("""
				select id, frozen_by, frozen_at, cast(figures as text) from summary_snapshot
				where organizer_id = :org and year = :year""")
			.param("org", scope.organizerId())
			.param("year", scope.year())
			.query((rs, i) -> new Snapshot(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					read(rs.getString(4), scope)))
			.optional();
	}

	/**
	 * Marks the current user's province summary of the year final, storing its figures;
	 * refused to anybody but the organiser's staff, and refused when the figures are no
	 * longer those the user saw ({@code seen}, the {@link #fingerprint} of the page):
	 * what is stored is exactly what was confirmed.
	 */
	@Transactional
	public Snapshot freeze(int year, String seen) {
		SummaryScope scope = staffScope(year);
		if (of(scope).isPresent()) {
			throw new BusinessRuleException("summary.freeze.already");
		}
		SummaryFigures figures = this.queries.figures(scope);
		if (seen == null || !seen.equals(fingerprint(figures))) {
			throw new BusinessRuleException("summary.freeze.changedMeanwhile");
		}
		String by = CurrentUser.get().getUsername();
		Instant at = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into summary_snapshot (organizer_id, year, figures, frozen_by, frozen_at)
				values (:org, :year, cast(:figures as jsonb), :by, :at)
				on conflict (organizer_id, year) do nothing
				returning id""")
			.param("org", scope.organizerId())
			.param("year", year)
			.param("figures", this.json.writeValueAsString(figures))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleException("summary.freeze.already"));
		this.events.publishEvent(AuditRecord.of("SUMMARY_FROZEN", AUDIT_TYPE, id, scope.organizerName() + " " + year)
			.change("summary.freeze.figures", null, String.valueOf(count(figures)))
			.build());
		return new Snapshot(id, by, at, figures);
	}

	/**
	 * Reopens the current user's province summary of the year, with a reason kept in the
	 * history; the stored figures are dropped and the page and the printed report show
	 * the records' figures again.
	 */
	@Transactional
	public void reopen(int year, String reason) {
		SummaryScope scope = staffScope(year);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "summary.freeze.reasonRequired");
		}
		if (reason.length() > MAX_REASON) {
			throw new BusinessRuleException("reason", "summary.freeze.reasonTooLong", MAX_REASON);
		}
		Snapshot snapshot = of(scope).orElseThrow(() -> new BusinessRuleException("summary.freeze.notFinal"));
		List<Difference> differences = differences(snapshot.figures(), this.queries.figures(scope));
		this.jdbc.sql("delete from summary_snapshot where id = :id").param("id", snapshot.id()).update();
		this.events.publishEvent(
				AuditRecord.of("SUMMARY_REOPENED", AUDIT_TYPE, snapshot.id(), scope.organizerName() + " " + year)
					.change("summary.freeze.frozenBy", snapshot.frozenBy(), null)
					.change("summary.freeze.changed", null, String.valueOf(differences.size()))
					.reason(reason.strip())
					.build());
	}

	/**
	 * The figures of the year whose live value differs from the stored one, in the order
	 * of the page; a figure one side lacks (a catalogue item given since, or no longer)
	 * counts 0 there.
	 */
	public static List<Difference> differences(SummaryFigures frozen, SummaryFigures live) {
		Map<String, long[]> values = new LinkedHashMap<>();
		Map<String, String[]> names = new LinkedHashMap<>();
		collect(live, values, names, 1);
		collect(frozen, values, names, 0);
		List<Difference> differences = new ArrayList<>();
		values.forEach((id, v) -> {
			if (v[0] != v[1]) {
				String[] name = names.get(id);
				differences.add(new Difference(name[0], name[1], v[0], v[1]));
			}
		});
		return differences;
	}

	/** A short digest of the figures' values, to confirm the figures the user saw. */
	public static String fingerprint(SummaryFigures figures) {
		return Integer.toHexString(figures.sections().hashCode());
	}

	/** The differences by "section/key", for the page. */
	public static Map<String, Difference> byFigure(List<Difference> differences) {
		Map<String, Difference> map = new LinkedHashMap<>();
		differences.forEach(d -> map.put(d.section() + "/" + d.key(), d));
		return map;
	}

	private static void collect(SummaryFigures figures, Map<String, long[]> values, Map<String, String[]> names,
			int side) {
		for (SummaryFigures.Section section : figures.sections()) {
			for (SummaryFigures.Figure figure : section.figures()) {
				String id = section.key() + "/" + figure.key();
				values.computeIfAbsent(id, k -> new long[2])[side] = figure.value();
				names.putIfAbsent(id, new String[] { section.key(), figure.key() });
			}
		}
	}

	private static long count(SummaryFigures figures) {
		return figures.sections().stream().mapToLong(s -> s.figures().size()).sum();
	}

	private SummaryScope staffScope(int year) {
		SummaryScope scope = this.queries.scope(year, null, null);
		if (!scope.editable()) {
			throw new AccessDeniedException("Only the organiser's staff mark the summary final");
		}
		return scope;
	}

	private SummaryFigures read(String text, SummaryScope scope) {
		SummaryFigures stored = this.json.readerFor(SummaryFigures.class)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.readValue(text);
		// the stored figures under the scope of whoever reads them now
		return new SummaryFigures(scope, stored.years(), stored.sections(), stored.clusters(), stored.indicators(),
				stored.clusterResults(), stored.votes(), stored.organisers());
	}

}
