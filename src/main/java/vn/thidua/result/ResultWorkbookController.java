package vn.thidua.result;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.spreadsheet.ImportSessions;
import vn.thidua.shared.spreadsheet.SpreadsheetReader;
import vn.thidua.shared.spreadsheet.SpreadsheetRefusedException;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.FlashMessages;

/**
 * Results in Excel: a report's entry template to fill offline, its upload (every row
 * checked and shown with its errors; nothing saved until the user confirms a file without
 * errors, then everything in one save), and a cluster's results and ranking. The preview
 * is kept in the HTTP session under a random token, so that what is saved is exactly what
 * was previewed; the save checks everything again.
 */
@Controller
@RequestMapping("/results")
@RequiredArgsConstructor
class ResultWorkbookController {

	/** An entry template is a few kilobytes; anything much larger is not one. */
	static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

	static final String SESSION_KEY = "resultImport.preview";

	private static final Pattern FIELD = Pattern.compile("entries\\[(\\d+)]\\.(\\w+)");

	private final ReportWorkflowService results;

	private final ResultEntryTemplate template;

	private final ResultExport export;

	private final MessageSource messages;

	private final SpreadsheetReader spreadsheets;

	private final EntryPage entryPage;

	@GetMapping("/{id}/template.xlsx")
	Object template(@PathVariable long id, RedirectAttributes redirect) {
		ResultReport report = this.results.getWithValues(id);
		String refused = refuseEditing(report, redirect);
		if (refused != null) {
			return refused;
		}
		return xlsx(this.template.write(report), ResultEntryTemplate.fileName(report));
	}

	/**
	 * Reads an uploaded file into its preview. Sent from the entry page, the request also
	 * carries the figures typed there: they are saved as the draft first, checked as
	 * "Lưu" checks them, so that nothing typed is lost on the way to the preview; when
	 * they are refused, nothing is read and the entry page comes back with them and their
	 * errors (ADR 0016).
	 */
	@PostMapping("/{id}/import")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile upload,
			@RequestParam(name = "workbook", required = false) MultipartFile workbook,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, HttpSession session, Model model,
			RedirectAttributes redirect) throws IOException {
		ResultReport report = this.results.getWithValues(id);
		String refused = refuseEditing(report, redirect);
		if (refused != null) {
			return refused;
		}
		if (!form.getEntries().isEmpty()) {
			if (!result.hasErrors()) {
				try {
					this.results.save(id, form);
				}
				catch (BusinessRuleException ex) {
					ex.rejectOn(result);
				}
			}
			if (result.hasErrors()) {
				model.addAttribute("importMessage", "result.excel.figuresFirst");
				model.addAttribute("importOk", false);
				model.addAttribute("unsaved", true);
				return this.entryPage.render(this.results.getWithValues(id), model);
			}
			report = this.results.getWithValues(id);
			model.addAttribute("draftSaved", true);
		}
		// the entry page names its workbook apart from its evidence file
		MultipartFile file = workbook != null ? workbook : upload;
		ResultImportPreview preview;
		String name = file == null ? null : file.getOriginalFilename();
		if (file == null || file.isEmpty()) {
			preview = failed(report, name, "result.excel.error.noFile");
		}
		else if (file.getSize() > MAX_FILE_BYTES) {
			preview = failed(report, name, "result.excel.error.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
		}
		else {
			try {
				ResultImportReader.Result read = ResultImportReader
					.read(this.spreadsheets.read(file.getBytes(), ResultImportReader.MESSAGES), report, this::headers);
				preview = new ResultImportPreview(UUID.randomUUID().toString(), id, report.getVersion(), name,
						read.rows(), read.errors());
			}
			catch (SpreadsheetRefusedException ex) {
				preview = failed(report, name, ex.messageKey(), ex.arguments());
			}
		}
		if (preview.valid()) {
			session.setAttribute(SESSION_KEY, preview);
		}
		else {
			session.removeAttribute(SESSION_KEY);
		}
		return page(report, preview, model);
	}

	/**
	 * The address of an upload's preview or refusal, asked again (the language switch, a
	 * reload): the entry page.
	 */
	@GetMapping("/{id}/import")
	String afterUpload(@PathVariable long id, RedirectAttributes redirect) {
		String refused = refuseEditing(this.results.getWithValues(id), redirect);
		return refused != null ? refused : "redirect:/results/" + id + "/edit";
	}

	@PostMapping("/{id}/import/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) String token, HttpSession session,
			Model model, RedirectAttributes redirect) {
		ResultReport report = this.results.getWithValues(id);
		String refused = refuseEditing(report, redirect);
		if (refused != null) {
			return refused;
		}
		ResultImportPreview preview = ImportSessions.find(session, SESSION_KEY, token, ResultImportPreview.class);
		if (preview == null || preview.reportId() != id || !preview.valid()) {
			FlashMessages.error(redirect, "result.excel.expired");
			return "redirect:/results/" + id + "/edit";
		}
		try {
			this.results.save(id, preview.toForm());
			session.removeAttribute(SESSION_KEY);
			FlashMessages.success(redirect, "result.excel.imported", preview.rows().size());
			return "redirect:/results/" + id;
		}
		catch (OptimisticLockingFailureException ex) {
			session.removeAttribute(SESSION_KEY);
			return page(report, preview.withErrors(List.of(ResultImportError.ofFile("result.excel.error.changed"))),
					model);
		}
		catch (EntryRefusedException ex) {
			session.removeAttribute(SESSION_KEY);
			return page(this.results.getWithValues(id), preview.withErrors(errorsOf(preview, ex)), model);
		}
		catch (BusinessRuleException ex) {
			session.removeAttribute(SESSION_KEY);
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
			return "redirect:/results/" + id;
		}
	}

	@GetMapping("/export.xlsx")
	Object export(@RequestParam(required = false) Long campaign, @RequestParam(required = false) Long cluster,
			@RequestParam(required = false) String month, RedirectAttributes redirect) {
		YearMonth chosen = Formats.monthOrNull(month);
		if (campaign == null || cluster == null || chosen == null) {
			FlashMessages.error(redirect, "result.excel.export.choose");
			return "redirect:/results";
		}
		ResultExport.Table table = this.export.table(campaign, cluster, chosen);
		return xlsx(this.export.write(table), ResultExport.fileName(table));
	}

	private String page(ResultReport report, ResultImportPreview preview, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("preview", preview);
		model.addAttribute("errorsByRow", preview.errorsByRow());
		model.addAttribute("maxMegabytes", MAX_FILE_BYTES / 1024 / 1024);
		return "result/import";
	}

	private static ResultImportPreview failed(ResultReport report, String name, String key, Object... arguments) {
		return new ResultImportPreview(UUID.randomUUID().toString(), report.getId(), report.getVersion(), name,
				List.of(), List.of(ResultImportError.ofFile(key, arguments)));
	}

	/** The problems of a refused save, on the rows and columns of the file. */
	private static List<ResultImportError> errorsOf(ResultImportPreview preview, EntryRefusedException ex) {
		List<ResultImportError> errors = new ArrayList<>();
		for (BusinessRuleException problem : ex.problems()) {
			Matcher matcher = problem.field() == null ? null : FIELD.matcher(problem.field());
			if (matcher != null && matcher.matches()) {
				ResultImportRow row = preview.rows().get(Integer.parseInt(matcher.group(1)));
				ResultImportColumn column = switch (matcher.group(2)) {
					case "numerator" -> ResultImportColumn.NUMERATOR;
					case "denominator" -> ResultImportColumn.DENOMINATOR;
					case "lastYear" -> ResultImportColumn.LAST_YEAR;
					default ->
						row.kind() == EntryKind.CHANGE ? ResultImportColumn.THIS_PERIOD : ResultImportColumn.VALUE;
				};
				errors.add(ResultImportError.of(row.rowNumber(), column, problem.messageKey(), problem.arguments()));
			}
			else {
				errors.add(ResultImportError.ofFile(problem.messageKey(), problem.arguments()));
			}
		}
		return errors;
	}

	/**
	 * Only the unit enters its report (403 for others who see it); the unit is sent back
	 * to the report with the reason when it may no longer change it.
	 */
	private String refuseEditing(ResultReport report, RedirectAttributes redirect) {
		if (this.results.canEdit(report)) {
			return null;
		}
		CurrentUser user = CurrentUser.get();
		if (!user.role().isUnitLevel() || !report.getUnit().getId().equals(user.unitId())) {
			throw new AccessDeniedException("Only the unit enters its report");
		}
		FlashMessages.error(redirect,
				report.getState().isOpenToUnit() ? "result.error.locked"
						: "result.error.notEditable." + report.getState(),
				report.getDeadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		return "redirect:/results/" + report.getId();
	}

	/** The accepted headers of a column (or label): Vietnamese and English, folded. */
	private Set<String> headers(String key) {
		return ResultImportReader.folded(this.messages.getMessage(key, null, ResultEntryTemplate.FILE_LOCALE),
				this.messages.getMessage(key, null, Locale.ENGLISH));
	}

	private static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
		return DocumentResponses.xlsx(content, fileName);
	}

}
