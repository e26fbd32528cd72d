package vn.thidua.organization;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.spreadsheet.ImportSessions;
import vn.thidua.shared.web.FlashMessages;

/**
 * Importing units from an XLSX sheet: template, upload, preview with every row's errors,
 * confirmation. The preview is kept in the HTTP session under a random token, so that
 * what is confirmed is exactly what was previewed; the confirmation checks it again.
 */
@Controller
@RequestMapping("/units/import")
@RequiredArgsConstructor
class UnitImportController {

	/**
	 * The product's limit. The servlet container accepts more (see application.yml) so
	 * that a larger file still reaches this check and gets a message on the form.
	 */
	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	/** Only the latest preview of a session is kept. */
	static final String SESSION_KEY = "unitImport.preview";

	private final UnitImportService imports;

	private final UnitService units;

	@GetMapping
	String start(Model model) {
		this.units.checkMayCreate();
		model.addAttribute("maxRows", UnitImportReader.MAX_ROWS);
		return "unit/import";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		byte[] content = this.imports.template();
		return DocumentResponses.xlsx(content, "mau-nhap-don-vi.xlsx");
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		this.units.checkMayCreate();
		if (file == null || file.isEmpty()) {
			model.addAttribute("maxRows", UnitImportReader.MAX_ROWS);
			model.addAttribute("uploadError", "unit.import.error.noFile");
			return "unit/import";
		}
		if (file.getSize() > MAX_FILE_BYTES) {
			model.addAttribute("maxRows", UnitImportReader.MAX_ROWS);
			model.addAttribute("uploadError", "unit.import.error.tooLarge");
			return "unit/import";
		}
		UnitImportPreview preview = this.imports.preview(file.getOriginalFilename(), file.getBytes());
		if (preview.rows().isEmpty()) {
			// nothing to preview: say why on the upload page
			model.addAttribute("maxRows", UnitImportReader.MAX_ROWS);
			model.addAttribute("fileErrors", preview.fileErrors());
			model.addAttribute("fileName", preview.fileName());
			return "unit/import";
		}
		session.setAttribute(SESSION_KEY, preview);
		return "redirect:/units/import/" + preview.token();
	}

	@GetMapping("/{token}")
	String preview(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
		this.units.checkMayCreate();
		UnitImportPreview preview = find(session, token);
		if (preview == null) {
			FlashMessages.error(redirect, "unit.import.expired");
			return "redirect:/units/import";
		}
		return previewView(preview, model);
	}

	@PostMapping("/{token}")
	String confirm(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
		this.units.checkMayCreate();
		UnitImportPreview preview = find(session, token);
		if (preview == null) {
			FlashMessages.error(redirect, "unit.import.expired");
			return "redirect:/units/import";
		}
		try {
			List<Unit> saved = this.imports.save(preview.rows());
			session.removeAttribute(SESSION_KEY);
			FlashMessages.success(redirect, "unit.import.done", saved.size());
			return "redirect:/units";
		}
		catch (UnitImportService.UnitImportRejectedException ex) {
			// the data changed since the preview: show what is wrong now, save nothing
			UnitImportPreview checked = preview.withErrors(ex.errors());
			session.setAttribute(SESSION_KEY, checked);
			model.addAttribute("rejected", true);
			return previewView(checked, model);
		}
	}

	@PostMapping("/{token}/cancel")
	String cancel(@PathVariable String token, HttpSession session, RedirectAttributes redirect) {
		this.units.checkMayCreate();
		UnitImportPreview preview = find(session, token);
		if (preview != null) {
			session.removeAttribute(SESSION_KEY);
		}
		FlashMessages.success(redirect, "unit.import.cancelled");
		return "redirect:/units/import";
	}

	private String previewView(UnitImportPreview preview, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("errorsByRow", preview.errorsByRow());
		return "unit/import-preview";
	}

	private static UnitImportPreview find(HttpSession session, String token) {
		return ImportSessions.find(session, SESSION_KEY, token, UnitImportPreview.class);
	}

}
