package vn.thidua.result.web;

import java.net.URI;
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
import vn.thidua.result.ReportApiService.OpenDto;
import vn.thidua.result.ReportApiService.Opened;
import vn.thidua.result.ReportApiService.ProblemsDto;
import vn.thidua.result.ReportApiService.ReportDto;
import vn.thidua.result.ReportApiService.ReportSummaryDto;
import vn.thidua.result.ReportApiService.ReturnDto;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * API of the periodic reports under {@code /api/v1/results}: reading the reports the
 * caller sees (the same scoping as the pages: outside it answers 404), and, for units
 * that keep their figures in another system, opening a month's report, writing its
 * figures and submitting it, and for reviewers approving it or returning it with
 * comments, through the same workflow as the pages, so with the same checks, roles,
 * history and rules. It only calls {@link ReportApiService}, which reads and writes
 * within one transaction.
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
					+ "chưa quá hạn). Điểm tự chấm được tính lại. 400: số liệu không hợp lệ — chỉ tiêu không có, gửi "
					+ "hai lần, số liệu sai dạng (một giá trị cho chỉ tiêu tử số/mẫu số hay ngược lại), số âm, "
					+ "tử số lớn hơn mẫu số... — liệt kê mọi lỗi (path, thông báo), không có gì thay đổi; "
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

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Mở báo cáo của đơn vị cho một tháng / Open a unit's report for a month",
			description = "Như nút \"Mở báo cáo\" của trang kết quả: tạo báo cáo (mỗi chỉ tiêu áp dụng một dòng) "
					+ "khi chưa có, hoặc trả về báo cáo đã có. Cán bộ, chỉ huy của chính đơn vị (bỏ trống unit), hoặc "
					+ "cán bộ Thi đua - Khen thưởng cho đơn vị trong phạm vi. 201: vừa tạo; 200: đã có; "
					+ "400: thiếu campaign hoặc month (liệt kê mọi lỗi); 409: đợt chưa phát động, tháng ngoài đợt "
					+ "hoặc chưa tới.")
	@ApiResponse(responseCode = "201", description = "đã tạo / created")
	@ApiResponse(responseCode = "400", description = "yêu cầu thiếu / missing fields, every problem listed")
	@ApiResponse(responseCode = "403", description = "không phải đơn vị, không phải cán bộ thi đua / not allowed")
	@ApiResponse(responseCode = "404",
			description = "đợt hoặc đơn vị ngoài phạm vi / campaign or unit outside the caller's scope")
	@ApiResponse(responseCode = "409", description = "không mở được / cannot be opened")
	public ResponseEntity<ReportDto> open(@RequestBody OpenDto request) {
		Opened opened = this.api.open(request);
		if (!opened.created()) {
			return ResponseEntity.ok(opened.report());
		}
		return ResponseEntity.created(URI.create("/api/v1/results/" + opened.report().id())).body(opened.report());
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Phê duyệt báo cáo / Approve a report",
			description = "Người thẩm định như trên trang thẩm định: Cụm (Khối) trưởng cho các thành viên khác, "
					+ "Cụm (Khối) phó cho báo cáo của đơn vị Cụm trưởng (và của các thành viên khác khi được ủy "
					+ "quyền), cán bộ Thi đua - Khen thưởng trong phạm vi. Điểm thẩm định là điểm chính thức; "
					+ "lịch sử báo cáo ghi lại. 409: báo cáo không ở trạng thái chờ thẩm định hoặc version cũ.")
	@ApiResponse(responseCode = "403", description = "không phải người thẩm định / not a reviewer of the report")
	@ApiResponse(responseCode = "404", description = "ngoài phạm vi / outside the caller's scope")
	@ApiResponse(responseCode = "409", description = "không phê duyệt được / cannot be approved now")
	public ReportDto approve(@PathVariable long id, @Parameter(
			description = "version của báo cáo đã đọc (không bắt buộc) / the version read (optional)") @RequestParam(
					required = false) Long version) {
		return this.api.approve(id, version);
	}

	@PostMapping(path = "/{id}/return", consumes = "application/json")
	@Operation(summary = "Trả lại báo cáo kèm ý kiến / Return a report with comments",
			description = "Cùng người thẩm định như phê duyệt. Ý kiến chung (comment), ý kiến theo chỉ tiêu "
					+ "(indicators: mã chỉ tiêu → ý kiến), hoặc cả hai; phải có ít nhất một. Đơn vị sửa và gửi lại. "
					+ "400: không có ý kiến nào hoặc mã chỉ tiêu không có trong báo cáo (liệt kê mọi lỗi), không "
					+ "có gì thay đổi; 409: báo cáo không ở trạng thái chờ thẩm định hoặc version cũ.")
	@ApiResponse(responseCode = "400", description = "ý kiến không hợp lệ / comments refused, nothing changed")
	@ApiResponse(responseCode = "403", description = "không phải người thẩm định / not a reviewer of the report")
	@ApiResponse(responseCode = "404", description = "ngoài phạm vi / outside the caller's scope")
	@ApiResponse(responseCode = "409", description = "không trả lại được / cannot be returned now")
	public ReportDto returnForCorrection(@PathVariable long id, @RequestBody ReturnDto request, @Parameter(
			description = "version của báo cáo đã đọc (không bắt buộc) / the version read (optional)") @RequestParam(
					required = false) Long version) {
		return this.api.returnForCorrection(id, request, version);
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
