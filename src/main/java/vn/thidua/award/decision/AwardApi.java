package vn.thidua.award.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.catalogue.BaseSalary;
import vn.thidua.award.catalogue.CatalogueItem;

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
