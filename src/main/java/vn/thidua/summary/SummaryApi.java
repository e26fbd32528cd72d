package vn.thidua.summary;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read API of the year-end summary: the figures of a year beside the three before, scoped
 * as the page (the province for its staff and leadership, a unit for its users).
 */
@RestController
@RequestMapping(path = "/api/v1/summary", produces = "application/json")
@RequiredArgsConstructor
@Tag(name = "Tổng kết / Year-end summary", description = "Số liệu tổng kết năm — year-end summary figures")
class SummaryApi {

	private final SummaryQueries queries;

	private final Clock clock;

	@GetMapping
	@Operation(summary = "Số liệu tổng kết một năm / The summary figures of a year",
			description = "Mỗi số liệu kèm 3 năm trước (values: năm chọn trước). Each figure with the 3 previous years "
					+ "(values: the chosen year first).")
	public SummaryFigures summary(
			@Parameter(description = "năm (mặc định: năm nay) / year (default: this year)") @RequestParam(
					required = false) Integer year,
			@Parameter(description = "cụm thi đua / cluster") @RequestParam(required = false) Long clusterId,
			@Parameter(description = "đơn vị / unit") @RequestParam(required = false) Long unitId) {
		int chosen = year != null ? year : LocalDate.now(this.clock).getYear();
		return this.queries.figures(chosen, clusterId, unitId);
	}

}
