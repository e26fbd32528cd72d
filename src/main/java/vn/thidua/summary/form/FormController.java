package vn.thidua.summary.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.shared.document.DocumentRenderer;
import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.web.NotFoundException;
import vn.thidua.summary.Organisers;

/**
 * The statistical forms of the organiser's year: the list of the three forms, each form
 * with its cells linked to what they count, the records or campaigns of a cell, the
 * workbook, the print view and PDF, and the checks to make before sending. Read-only;
 * provincial staff and leadership only (others: 404, see {@link FormQueries}).
 */
@Controller
@RequestMapping("/summary/forms")
@RequiredArgsConstructor
class FormController {

	static final String PRINT = "summary/form/print";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final FormQueries queries;

	private final FormChecks checks;

	private final FormDocument documents;

	private final FormExport export;

	private final DocumentRenderer renderer;

	private final Clock clock;

	@GetMapping
	String index(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long organizerId,
			Model model) {
		int shown = year(year);
		model.addAttribute("year", shown);
		model.addAttribute("tables", this.queries.tables(shown, organizerId));
		return "summary/form/index";
	}

	@GetMapping("/check")
	String check(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long organizerId,
			Model model) {
		int shown = year(year);
		model.addAttribute("year", shown);
		Organisers.Organiser organiser = this.queries.organiser(organizerId);
		model.addAttribute("organiser", organiser);
		model.addAttribute("groups", this.checks.check(organiser, shown));
		return "summary/form/check";
	}

	@GetMapping("/{form}")
	String form(@PathVariable String form, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long organizerId, Model model, Locale locale) {
		model.addAttribute("sheet",
				this.documents.sheet(this.queries.table(form(form), year(year), organizerId), locale));
		return "summary/form/form";
	}

	@GetMapping("/{form}/cells")
	String cell(@PathVariable String form, @RequestParam(required = false) Integer year, @RequestParam String row,
			@RequestParam String col, @RequestParam(required = false) Long organizerId, Model model) {
		model.addAttribute("cell", this.queries.cell(form(form), year(year), row, col, organizerId));
		return "summary/form/cell";
	}

	@GetMapping("/{form}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String form, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long organizerId, Locale locale) {
		FormDocument.Sheet sheet = this.documents.sheet(this.queries.table(form(form), year(year), organizerId),
				locale);
		return DocumentResponses.xlsx(this.export.write(sheet), sheet.fileBase() + ".xlsx");
	}

	@GetMapping("/{form}/print")
	String print(@PathVariable String form, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long organizerId, Model model, Locale locale) {
		model.addAttribute("sheet",
				this.documents.sheet(this.queries.table(form(form), year(year), organizerId), locale));
		return PRINT;
	}

	/** The PDF is the official document: in Vietnamese whatever the page's language. */
	@GetMapping("/{form}/print.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String form, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long organizerId) {
		FormDocument.Sheet sheet = this.documents.sheet(this.queries.table(form(form), year(year), organizerId),
				VIETNAMESE);
		Map<String, Object> model = new HashMap<>();
		model.put("sheet", sheet);
		return DocumentResponses.pdf(this.renderer.pdf(PRINT, model, VIETNAMESE), sheet.fileBase() + ".pdf");
	}

	private int year(Integer year) {
		return year != null ? year : LocalDate.now(this.clock).getYear();
	}

	private static StatisticalForm form(String code) {
		return StatisticalForm.of(code).orElseThrow(NotFoundException::new);
	}

}
