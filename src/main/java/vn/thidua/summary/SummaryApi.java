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

	private final SummaryFreezeService freezes;

	@GetMapping
	@Operation(summary = "Số liệu tổng kết một năm / The summary figures of a year",
			description = "Mỗi số liệu kèm 3 năm trước (values: năm chọn trước); người dùng cấp Bộ nhận số liệu tổng hợp "
					+ "các tỉnh và bảng theo đơn vị tổ chức (organisers). Each figure with the 3 previous years (values: "
					+ "the chosen year first); users above the province get the figures rolled up over the provinces "
					+ "and the table by organiser (organisers).")
	public SummaryFigures summary(
			@Parameter(description = "năm (mặc định: năm nay) / year (default: this year)") @RequestParam(
					required = false) Integer year,
			@Parameter(
					description = "đơn vị tổ chức bên dưới (người dùng cấp Bộ) / an organiser below (users above the "
							+ "province)") @RequestParam(required = false) Long organizerId,
			@Parameter(description = "cụm thi đua / cluster") @RequestParam(required = false) Long clusterId,
			@Parameter(description = "đơn vị / unit") @RequestParam(required = false) Long unitId) {
		int chosen = year != null ? year : LocalDate.now(this.clock).getYear();
		return this.queries.figures(this.queries.scope(chosen, organizerId, clusterId, unitId));
	}

	@GetMapping("/final")
	@Operation(summary = "Số liệu đã chốt của báo cáo tổng kết toàn tỉnh / The final figures of the province's summary",
			description = "Ai chốt, lúc nào, và các số liệu đã thay đổi từ khi chốt (frozen: đã chốt, live: hiện tại). "
					+ "Who marked it final, when, and the figures changed since (frozen, live).")
	public Final finalFigures(
			@Parameter(description = "năm (mặc định: năm nay) / year (default: this year)") @RequestParam(
					required = false) Integer year) {
		int chosen = year != null ? year : LocalDate.now(this.clock).getYear();
		SummaryScope scope = this.queries.scope(chosen, null, null);
		if (scope.level() != SummaryScope.Level.PROVINCE) {
			// a unit's users read their unit's summary; the province's final report is
			// not theirs
			throw new vn.thidua.shared.web.NotFoundException();
		}
		return this.freezes.of(scope)
			.map(s -> new Final(chosen, true, s.frozenBy(), s.frozenAt(),
					SummaryFreezeService.differences(s.figures(), this.queries.figures(scope))))
			.orElse(new Final(chosen, false, null, null, java.util.List.of()));
	}

	/**
	 * Whether the province's summary of a year is final, and its figures that changed
	 * since.
	 */
	public record Final(int year, boolean frozen, String frozenBy, java.time.Instant frozenAt,
			java.util.List<SummaryFreezeService.Difference> changed) {

	}

}
