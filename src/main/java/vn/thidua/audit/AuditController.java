package vn.thidua.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.shared.text.VietnameseText;

/**
 * The audit list (nhật ký) for administrators: who did what, to which object, when and
 * why.
 */
@Controller
@RequiredArgsConstructor
class AuditController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final AuditSearch search;

	private final AuditCatalog catalog;

	private final MessageSource messages;

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String type, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		// dates are parsed here rather than bound: one that does not parse is shown
		// with its message while every other filter still applies
		LocalDate fromDate = date(from);
		LocalDate toDate = date(to);
		AuditFilter filter = new AuditFilter(actor, action, type, fromDate, toDate, q);
		BindingResult result = new BeanPropertyBindingResult(filter, "filter");
		rejectIfUnparsed(result, "from", from, fromDate);
		rejectIfUnparsed(result, "to", to, toDate);
		AuditFilter applied = filter;
		if (filter.isBackwards()) {
			result.rejectValue("to", "audit.error.range");
			applied = new AuditFilter(actor, action, type, fromDate, null, q);
		}
		model.addAttribute("filter", filter);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "filter", result);
		model.addAttribute("page", this.search.search(applied, page));
		model.addAttribute("actions", options(this.catalog.actions(), AuditCatalog.ACTION_PREFIX, locale));
		model.addAttribute("types", options(this.catalog.types(), AuditCatalog.TYPE_PREFIX, locale));
		return "audit/list";
	}

	/** Keeps the text typed, so the field shows it beside its message. */
	private static void rejectIfUnparsed(BindingResult result, String field, String text, LocalDate parsed) {
		if (hasText(text) && parsed == null) {
			result.addError(new FieldError("filter", field, text, true,
					result.resolveMessageCodes("typeMismatch", field), null, null));
		}
	}

	private static LocalDate date(String text) {
		if (!hasText(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim(), DAY);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	/** Codes with their labels, in the alphabetical order of the labels. */
	private List<Option> options(List<String> codes, String prefix, Locale locale) {
		Comparator<String> order = "vi".equals(locale.getLanguage()) ? VietnameseText.order()
				: String.CASE_INSENSITIVE_ORDER;
		return codes.stream()
			.map(code -> new Option(code, this.messages.getMessage(prefix + code, null, code, locale)))
			.sorted(Comparator.comparing(Option::label, order))
			.toList();
	}

	/** A choice in a select box. */
	public record Option(String code, String label) {

	}

}
