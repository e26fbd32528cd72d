package vn.thidua.result.web;

import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.result.ReportApiService;
import vn.thidua.result.ReportApiService.LineDto;
import vn.thidua.result.ReportApiService.LinesRefused;
import vn.thidua.result.ReportApiService.ProblemsDto;
import vn.thidua.result.ReportApiService.ReportDto;
import vn.thidua.result.ReportApiService.ReportSummaryDto;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * API of the periodic reports under {@code /api/v1/results}: reading the reports the
 * caller sees (the same scoping as the pages: outside it answers 404), and writing the
 * figures of a report for units that keep them in another system, through the same
 * workflow as the entry page, so with the same checks, roles and workflow rules. It only
 * calls {@link ReportApiService}, which reads and writes within one transaction.
 * <p>
 * Refusals: figures that are not accepted answer 400 with every problem (indicator, field
 * and message in the caller's language, Vietnamese by default) and nothing is changed; a
 * report that the workflow does not let the caller change (sent, approved, past its
 * deadline) or submit (incomplete) answers 409; a report of another unit that the caller
 * sees answers 403.
 */
@RestController
@RequestMapping(path = "/api/v1/results", produces = "application/json")
@RequiredArgsConstructor
@Tag(name = "Kết quả thi đua / Results",
		description = "Báo cáo kết quả hằng tháng của đơn vị: số liệu, điểm tự chấm, điểm thẩm định — "
				+ "periodic reports of units: figures, self-assessed and reviewed points")
class ResultApi {

	private final ReportApiService api;

	@GetMapping
	@Operation(summary = "Báo cáo kết quả trong phạm vi / Reports in scope",
			description = "Báo cáo của đơn vị mình, của các đơn vị thuộc phạm vi, và của thành viên cụm, khối mà "
					+ "đơn vị mình làm trưởng. Lọc theo đợt thi đua và tháng (yyyy-MM); tháng mới nhất trước.")
	public List<ReportSummaryDto> reports(
			@Parameter(description = "mã đợt thi đua / campaign id") @RequestParam(required = false) Long campaign,
			@Parameter(description = "tháng / month (yyyy-MM)") @RequestParam(required = false) @DateTimeFormat(
					pattern = "yyyy-MM") YearMonth month) {
		return this.api.reports(campaign, month);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một báo cáo kết quả với số liệu từng chỉ tiêu / One report with its figures",
			description = "Số liệu đơn vị nhập, chỉ tiêu tính điểm, điểm tự chấm; số liệu và điểm thẩm định; "
					+ "ý kiến khi trả lại. version dùng để gửi kèm khi ghi.")
	@ApiResponse(responseCode = "404", description = "ngoài phạm vi / outside the caller's scope")
	public ReportDto report(@PathVariable long id) {
		return this.api.report(id);
	}

	@PutMapping(path = "/{id}/values", consumes = "application/json")
	@Operation(summary = "Ghi số liệu của báo cáo / Write the figures of a report",
			description = "Cho đơn vị theo dõi số liệu ở hệ thống khác: cùng kiểm tra, phân quyền và quy trình như "
					+ "trang nhập số liệu (cán bộ, chỉ huy của chính đơn vị; báo cáo đang nhập hoặc bị trả lại, "
					+ "chưa quá hạn). Điểm tự chấm được tính lại. 400: số liệu không hợp lệ, không có gì thay đổi; "
					+ "409: báo cáo đã gửi, đã phê duyệt, đã khóa hoặc đã bị người khác sửa (version).")
	@ApiResponse(responseCode = "400", description = "số liệu không hợp lệ / figures refused, nothing changed")
	@ApiResponse(responseCode = "403", description = "không phải đơn vị của báo cáo / not the report's unit")
	@ApiResponse(responseCode = "404", description = "ngoài phạm vi / outside the caller's scope")
	@ApiResponse(responseCode = "409", description = "báo cáo không sửa được / the report cannot be changed")
	public ReportDto write(@PathVariable long id, @RequestBody List<LineDto> lines, @Parameter(
			description = "version của báo cáo đã đọc (không bắt buộc) / the version read (optional)") @RequestParam(
					required = false) Long version) {
		return this.api.write(id, lines, version);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Gửi báo cáo để thẩm định / Submit a report for review",
			description = "Chỉ huy của đơn vị gửi khi đã nhập đủ các chỉ tiêu, trước hạn. 409: thiếu số liệu, "
					+ "đã gửi, đã phê duyệt hoặc đã khóa.")
	@ApiResponse(responseCode = "403", description = "không phải chỉ huy của đơn vị / not the unit's commander")
	@ApiResponse(responseCode = "404", description = "ngoài phạm vi / outside the caller's scope")
	@ApiResponse(responseCode = "409", description = "không gửi được / cannot be submitted")
	public ReportDto submit(@PathVariable long id, @Parameter(
			description = "version của báo cáo đã đọc (không bắt buộc) / the version read (optional)") @RequestParam(
					required = false) Long version) {
		return this.api.submit(id, version);
	}

	/** Figures refused by this API or by the service: 400, nothing changed. */
	@ExceptionHandler(LinesRefused.class)
	ResponseEntity<ProblemsDto> refused(LinesRefused ex) {
		return ResponseEntity.badRequest().body(this.api.refused(ex));
	}

	/** The workflow does not allow it now: 409 with the reason. */
	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<ProblemsDto> conflict(BusinessRuleException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(this.api.conflict(ex));
	}

}
