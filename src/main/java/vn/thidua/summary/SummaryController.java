package vn.thidua.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.document.DocumentRenderer;
import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * The year-end summary page: the figures of a year beside the three before, with charts
 * and links to the records, narrowed to a cluster or a unit, and the text parts staff
 * write (read-only for everybody else).
 */
@Controller
@RequestMapping("/summary")
@RequiredArgsConstructor
class SummaryController {

	private final SummaryQueries queries;

	private final SummaryRows rows;

	private final SummaryPageReader pages;

	private final SummaryReportService reports;

	private final SummaryFreezeService freezes;

	private final Clock clock;

	private final SummaryPrint print;

	private final DocumentRenderer documents;

	private final SummaryDocx docx;

	private final SummaryXlsx xlsx;

	static final String PRINT = "summary/print";

	private static final Locale VIETNAMESE = VietnameseText.VIETNAMESE;

	@GetMapping
	String show(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long organizerId,
			@RequestParam(required = false) Long clusterId, @RequestParam(required = false) Long unitId, Model model) {
		int shown = year != null ? year : LocalDate.now(this.clock).getYear();
		SummaryPageReader.Content content = this.pages.read(shown, organizerId, clusterId, unitId);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SummaryTextForm.of(content.report()));
		}
		return page(content, model);
	}

	@PostMapping("/text")
	String saveText(@RequestParam int year, @Valid @ModelAttribute("form") SummaryTextForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SummaryScope own = this.queries.scope(year, null, null);
		if (own.editable() && this.freezes.of(own).isPresent()) {
			// the final report keeps its text: say so above the read-only text
			FlashMessages.error(redirect, "summary.freeze.textReadOnly");
			return "redirect:/summary?year=" + year + "#summary-text";
		}
		return Submissions.submit(result, () -> {
			this.reports.write(year, form);
			FlashMessages.success(redirect, "summary.text.saved");
			return "redirect:/summary?year=" + year + "#summary-text";
		}, () -> {
			SummaryScope scope = this.queries.scope(year, null, null);
			if (!scope.editable()) {
				throw new org.springframework.security.access.AccessDeniedException("Read-only");
			}
			return page(this.pages.read(scope), model);
		});
	}

	// ------------------------------------------------------------ marking it final

	@PostMapping("/freeze")
	String freeze(@RequestParam int year, @RequestParam(required = false) String seen, RedirectAttributes redirect) {
		try {
			this.freezes.freeze(year, seen);
			FlashMessages.success(redirect, "summary.freeze.done");
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/summary?year=" + year + "#summary-freeze";
	}

	@PostMapping("/reopen")
	String reopen(@RequestParam int year, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.freezes.reopen(year, reason);
			FlashMessages.success(redirect, "summary.freeze.reopened");
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/summary?year=" + year + "#summary-freeze";
	}

	// ------------------------------------------------------------ the printed summary

	@GetMapping("/print")
	String printView(@RequestParam int year, @RequestParam(required = false) Long organizerId,
			@RequestParam(required = false) Long clusterId, @RequestParam(required = false) Long unitId, Model model,
			Locale locale) {
		model.addAttribute("doc", this.print.document(year, organizerId, clusterId, unitId, locale));
		return PRINT;
	}

	@GetMapping("/summary.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam int year, @RequestParam(required = false) Long organizerId,
			@RequestParam(required = false) Long clusterId, @RequestParam(required = false) Long unitId) {
		SummaryPrint.Document doc = this.print.document(year, organizerId, clusterId, unitId, VIETNAMESE);
		Map<String, Object> model = new HashMap<>();
		model.put("doc", doc);
		return DocumentResponses.pdf(this.documents.pdf(PRINT, model, VIETNAMESE),
				SummaryPrint.fileName(doc.figures().scope(), "pdf"));
	}

	@GetMapping("/summary.docx")
	ResponseEntity<byte[]> docx(@RequestParam int year, @RequestParam(required = false) Long organizerId,
			@RequestParam(required = false) Long clusterId, @RequestParam(required = false) Long unitId) {
		SummaryPrint.Document doc = this.print.document(year, organizerId, clusterId, unitId, VIETNAMESE);
		return DocumentResponses.docx(this.docx.write(doc, VIETNAMESE),
				SummaryPrint.fileName(doc.figures().scope(), "docx"));
	}

	@GetMapping("/summary.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam int year, @RequestParam(required = false) Long organizerId,
			@RequestParam(required = false) Long clusterId, @RequestParam(required = false) Long unitId,
			Locale locale) {
		SummaryPrint.Document doc = this.print.document(year, organizerId, clusterId, unitId, locale);
		return DocumentResponses.xlsx(this.xlsx.write(doc, locale),
				SummaryPrint.fileName(doc.figures().scope(), "xlsx"));
	}

	private String page(SummaryPageReader.Content content, Model model) {
		SummaryScope scope = content.scope();
		SummaryFigures figures = content.figures();
		model.addAttribute("summary", figures);
		SummaryFreezeService.Snapshot snapshot = content.snapshot();
		model.addAttribute("snapshot", snapshot);
		// the differences are the province's: a narrowed summary counts other units
		java.util.List<SummaryFreezeService.Difference> differences = snapshot != null
				&& scope.level() == SummaryScope.Level.PROVINCE
						? SummaryFreezeService.differences(snapshot.figures(), figures) : java.util.List.of();
		Map<String, SummaryFreezeService.Difference> byFigure = SummaryFreezeService.byFigure(differences);
		model.addAttribute("differences", byFigure);
		model.addAttribute("rows", this.rows.of(figures, byFigure, LocaleContextHolder.getLocale()));
		model.addAttribute("maxReason", SummaryFreezeService.MAX_REASON);
		model.addAttribute("fingerprint", SummaryFreezeService.fingerprint(figures));
		model.addAttribute("scope", scope);
		model.addAttribute("report", content.report());
		model.addAttribute("clusters", content.clusters());
		// staff and leadership see the whole province (the others their own unit)
		model.addAttribute("provinceWide", CurrentUser.get().role().seesSubtree());
		int thisYear = LocalDate.now(this.clock).getYear();
		java.util.List<Integer> years = new java.util.ArrayList<>();
		for (int y = Math.max(thisYear, scope.year()); y >= Math.min(thisYear, scope.year()) - 5; y--) {
			years.add(y);
		}
		model.addAttribute("years", years);
		model.addAttribute("maxText", SummaryTextForm.MAX);
		return "summary/summary";
	}

}
