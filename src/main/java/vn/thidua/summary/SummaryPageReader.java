package vn.thidua.summary;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the summary page shows, read in one read-only transaction: the scope, the text
 * staff wrote, the figures, the final report if there is one and the clusters to narrow
 * to, on one connection instead of one for each part.
 */
@Service
@RequiredArgsConstructor
class SummaryPageReader {

	private final SummaryQueries queries;

	private final SummaryReportService reports;

	private final SummaryFreezeService freezes;

	/**
	 * The page's content.
	 *
	 * @param report the text parts, {@code null} when not written
	 * @param snapshot the final report, {@code null} when the summary is not final
	 */
	record Content(SummaryScope scope, SummaryReport report, SummaryFigures figures,
			SummaryFreezeService.Snapshot snapshot, List<SummaryQueries.Option> clusters) {

	}

	/** The summary the current user asks for; 404 outside what they may see. */
	@Transactional(readOnly = true)
	Content read(int year, Long organizerId, Long clusterId, Long unitId) {
		return read(this.queries.scope(year, organizerId, clusterId, unitId));
	}

	/** The summary of a scope already checked. */
	@Transactional(readOnly = true)
	Content read(SummaryScope scope) {
		return new Content(scope, this.reports.of(scope).orElse(null), this.queries.figures(scope),
				this.freezes.of(scope).orElse(null), this.queries.clusterOptions(scope));
	}

}
