package vn.thidua.award.decision;

import java.util.Locale;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.deed.GoodDeedService;
import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.FlashMessages;

/**
 * The award records: the search (with its Excel export), an officer's whole record and a
 * unit's record, including what was given under units that no longer exist.
 */
@Controller
@RequiredArgsConstructor
class RecordController {

	private final AwardRecordQueries queries;

	private final AwardCatalogue catalogue;

	private final RecordExport export;

	private final GoodDeedService deeds;

	@GetMapping("/awards/records")
	String search(@Valid @ModelAttribute("filter") RecordFilter filter, BindingResult result, Model model) {
		model.addAttribute("items", this.catalogue.items());
		if (result.hasErrors()) {
			model.addAttribute("page", null);
			return "award/records";
		}
		model.addAttribute("page", this.queries.search(filter));
		return "award/records";
	}

	@GetMapping("/awards/records/export.xlsx")
	Object exportXlsx(@Valid @ModelAttribute("filter") RecordFilter filter, BindingResult result, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FlashMessages.error(redirect, "award.record.error.filter");
			return "redirect:/awards/records" + query(filter);
		}
		try {
			byte[] content = this.export.write(this.queries.export(filter), locale);
			return DocumentResponses.xlsx(content, "khen-thuong.xlsx");
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
			return "redirect:/awards/records" + query(filter);
		}
	}

	@GetMapping("/awards/records/officers/{id}")
	String officer(@PathVariable long id, Model model) {
		model.addAttribute("officer", this.queries.officer(id));
		model.addAttribute("records", this.queries.officerRecords(id));
		model.addAttribute("deeds", this.deeds.officerDeeds(id));
		return "award/officer-record";
	}

	/** A unit's record: its own awards of every year, its officers' of one year. */
	@GetMapping("/awards/records/units/{id}")
	String unit(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		AwardRecordQueries.UnitRecord record = this.queries.unitRecord(id, year);
		model.addAttribute("unit", record.unit());
		model.addAttribute("years", record.years());
		model.addAttribute("year", record.year());
		model.addAttribute("records", record.records());
		model.addAttribute("deeds", this.deeds.unitDeeds(id));
		return "award/unit-record";
	}

	/** The search's parameters again, so that a refused export keeps what was typed. */
	private static String query(RecordFilter filter) {
		return org.springframework.web.util.UriComponentsBuilder.newInstance()
			.queryParamIfPresent("q", java.util.Optional.ofNullable(filter.q()))
			.queryParamIfPresent("unitId", java.util.Optional.ofNullable(filter.unitId()))
			.queryParamIfPresent("item", java.util.Optional.ofNullable(filter.item()))
			.queryParamIfPresent("year", java.util.Optional.ofNullable(filter.year()))
			.queryParamIfPresent("number", java.util.Optional.ofNullable(filter.number()))
			.encode()
			.build()
			.toUriString();
	}

}
