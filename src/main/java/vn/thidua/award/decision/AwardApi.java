package vn.thidua.award.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.catalogue.BaseSalary;
import vn.thidua.award.catalogue.CatalogueItem;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * Read API of the award catalogue, decisions and records under {@code /api/v1}: the same
 * accounts and scoping as the pages (a decision or an officer outside the caller's scope
 * answers 404), a fixed number of SQL statements per call.
 */
@RestController
@RequestMapping(path = "/api/v1/awards", produces = "application/json")
@RequiredArgsConstructor
@Tag(name = "Khen thưởng / Awards",
		description = "Danh mục, quyết định, hồ sơ khen thưởng — catalogue, decisions, records")
class AwardApi {

	private final AwardCatalogue catalogue;

	private final AwardDecisionService decisions;

	private final AwardRecordQueries queries;

	private final MessageSource messages;

	private final jakarta.validation.Validator validator;

	record ItemDto(long id, String code, String category, String recipient, String nameVi, String nameEn,
			String authority, BigDecimal voteThreshold, BigDecimal cashMultiple, LocalDate validFrom,
			LocalDate validTo) {

	}

	record SalaryDto(LocalDate validFrom, long amount, String legalBasis) {

	}

	record CatalogueDto(List<ItemDto> items, List<SalaryDto> baseSalaries) {

	}

	record DecisionDto(long id, String number, LocalDate decidedOn, String authority, String signer, String kind,
			String state, long baseSalary, String amends, String supersededBy, long total, List<RecordRow> records) {

	}

	/**
	 * A page of the search; past {@link AwardRecordQueries#COUNT_LIMIT} records found,
	 * {@code more} is true, {@code total} is the limit and {@code totalAmount} is null.
	 */
	record RecordPageDto(List<RecordRow> records, long total, boolean more, Long totalAmount, int page,
			int totalPages) {

	}

	@GetMapping("/catalogue")
	CatalogueDto catalogue() {
		return new CatalogueDto(this.catalogue.items().stream().map(AwardApi::item).toList(),
				this.catalogue.baseSalaries().stream().map(AwardApi::salary).toList());
	}

	@GetMapping("/decisions/{id}")
	DecisionDto decision(@PathVariable long id) {
		AwardDecisionService.DecisionView view = this.decisions.view(id);
		AwardDecision d = view.decision();
		return new DecisionDto(d.getId(), d.getNumber(), d.getDecidedOn(), d.getAuthority().name(), d.getSigner(),
				d.getKind().name(), d.getState().name(), d.getBaseSalary(), view.amendsNumber(),
				view.supersededByNumber(), view.total(), this.queries.decisionRecords(id));
	}

	/** A recipient line of a decision entered through the API. */
	record LineInputDto(@NotNull Long unitId, Long officerId, @NotNull Long itemId,
			@NotBlank @Size(max = AwardRecord.ACHIEVEMENT_MAX) String achievement,
			@Min(0) @Max(10_000_000_000L) Long amount, @Size(max = 1000) String amountReason) {

	}

	/**
	 * A decision entered through the API: what it says, its lines, and whether to record
	 * it.
	 */
	record DecisionInputDto(@NotBlank @Size(max = 64) String number, @NotNull LocalDate decidedOn,
			@NotNull Authority authority, @NotBlank @Size(max = 255) String signer, @NotNull DecisionKind kind,
			Long campaignId, @Size(max = 2000) String summary,
			@NotNull @Size(min = 1, max = AwardDecisionService.MAX_LINES) List<@Valid @NotNull LineInputDto> lines,
			Boolean record) {

	}

	@PostMapping(path = "/decisions", consumes = "application/json")
	@Operation(summary = "Nhập quyết định khen thưởng / Enter an award decision",
			description = "Cho hệ thống khác ghi hồ sơ khen thưởng với cùng kiểm tra như trang nhập quyết định: cán bộ "
					+ "Thi đua - Khen thưởng; số quyết định không trùng trong năm của cấp quyết định; người, tập thể "
					+ "thuộc phạm vi đơn vị ban hành và tồn tại tại ngày ký; danh hiệu, hình thức đúng đối tượng và "
					+ "còn hiệu lực; số tiền khác danh mục phải có lý do. record=true: ghi nhận ngay (các dòng thành "
					+ "hồ sơ khen thưởng). Một lỗi thì không lưu gì: 400 với problems (field: lines[i].trường).")
	@ApiResponse(responseCode = "201", description = "đã tạo / created")
	@ApiResponse(responseCode = "400", description = "bị từ chối, không lưu gì / refused, nothing saved")
	@ApiResponse(responseCode = "403", description = "không phải cán bộ thi đua / not provincial staff")
	ResponseEntity<DecisionDto> enter(@RequestBody DecisionInputDto input) throws BindException {
		// who may write is answered before what is wrong with the request
		if (!this.decisions.mayCreate()) {
			throw new AccessDeniedException("Only provincial staff enter decisions");
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(input, "decision");
		new SpringValidatorAdapter(this.validator).validate(input, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		DecisionForm form = new DecisionForm(input.number(), input.decidedOn(), input.authority(), input.signer(),
				input.kind(), input.campaignId(), input.summary(), null, null);
		List<RecordLineForm> lines = input.lines()
			.stream()
			.map(l -> new RecordLineForm(l.unitId(), l.officerId(), l.itemId(), l.achievement(), l.amount(),
					l.amountReason()))
			.toList();
		AwardDecision made = this.decisions.enter(form, lines, Boolean.TRUE.equals(input.record()));
		return ResponseEntity.created(URI.create("/api/v1/awards/decisions/" + made.getId()))
			.body(decision(made.getId()));
	}

	/** A refused decision: 400 with what is wrong and where. */
	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<ProblemDetail> refused(BusinessRuleException ex, Locale locale) {
		return problem(ex.field() == null ? "" : ex.field(), ex, locale);
	}

	/** A refused line: 400 with its index. */
	@ExceptionHandler(LineRefusedException.class)
	ResponseEntity<ProblemDetail> lineRefused(LineRefusedException ex, Locale locale) {
		String field = ex.reason().field();
		return problem("lines[" + ex.index() + "]" + (field == null ? "" : "." + field), ex.reason(), locale);
	}

	private ResponseEntity<ProblemDetail> problem(String field, BusinessRuleException ex, Locale locale) {
		String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request");
		problem.setProperty("problems", List.of(Map.of("field", field, "message", message)));
		return ResponseEntity.badRequest().body(problem);
	}

	@GetMapping("/records")
	RecordPageDto records(@Valid RecordFilter filter) {
		AwardRecordQueries.Page page = this.queries.search(filter);
		return new RecordPageDto(page.rows(), page.total(), page.more(), page.totalAmount(), page.page(),
				page.totalPages());
	}

	@GetMapping("/officers/{id}/records")
	List<RecordRow> officerRecords(@PathVariable long id) {
		return this.queries.officerRecords(id);
	}

	@GetMapping("/units/{id}/records")
	List<RecordRow> unitRecords(@PathVariable long id) {
		return this.queries.unitRecords(id);
	}

	private static ItemDto item(CatalogueItem i) {
		return new ItemDto(i.getId(), i.getCode(), i.getCategory().name(), i.getRecipient().name(), i.getNameVi(),
				i.getNameEn(), i.getAuthority().name(), i.getVoteThreshold(), i.getCashMultiple(), i.getValidFrom(),
				i.getValidTo());
	}

	private static SalaryDto salary(BaseSalary s) {
		return new SalaryDto(s.getValidFrom(), s.getAmount(), s.getLegalBasis());
	}

}
