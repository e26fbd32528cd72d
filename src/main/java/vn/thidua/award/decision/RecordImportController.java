package vn.thidua.award.decision;

import java.io.IOException;
import java.io.UncheckedIOException;

import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.spreadsheet.ImportRefusedException;
import vn.thidua.shared.spreadsheet.SpreadsheetRefusedException;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.FlashMessages;

/**
 * Import of past years' award records from a workbook, by provincial staff: the page with
 * the columns explained and the template, and the upload, all or nothing.
 */
@Controller
@RequiredArgsConstructor
class RecordImportController {

	private final RecordImport imports;

	private final AwardDecisionService decisions;

	@GetMapping("/awards/records/import")
	String page(Model model) {
		requireStaff();
		model.addAttribute("columns", RecordImport.COLUMNS);
		model.addAttribute("maxRows", RecordImport.MAX_ROWS);
		model.addAttribute("maxMegabytes", RecordImport.MAX_FILE_BYTES / 1024 / 1024);
		return "award/records-import";
	}

	@GetMapping("/awards/records/import/template.xlsx")
	ResponseEntity<byte[]> template() {
		requireStaff();
		return DocumentResponses.xlsx(this.imports.template(), "mau-nhap-khen-thuong.xlsx");
	}

	@PostMapping("/awards/records/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		requireStaff();
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "award.import.error.noFile");
			return page(model);
		}
		if (file.getSize() > RecordImport.MAX_FILE_BYTES) {
			model.addAttribute("fileError", "award.import.error.tooLarge");
			model.addAttribute("fileErrorArguments", new Object[] { RecordImport.MAX_FILE_BYTES / 1024 / 1024 });
			return page(model);
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		try {
			RecordImport.Result result = this.imports.importFile(file.getBytes());
			FlashMessages.success(redirect, "award.import.done", result.decisions(), result.records());
			return "redirect:/awards/decisions";
		}
		catch (ImportRefusedException ex) {
			model.addAttribute("rowErrors", ex.errors());
		}
		catch (SpreadsheetRefusedException ex) {
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("fileErrorArguments", ex.arguments());
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("fileErrorArguments", ex.arguments());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return page(model);
	}

	private void requireStaff() {
		if (!this.decisions.mayCreate()) {
			throw new AccessDeniedException("Staff only");
		}
	}

}
