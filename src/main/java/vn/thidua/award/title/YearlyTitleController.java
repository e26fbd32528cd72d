package vn.thidua.award.title;

import java.io.IOException;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.spreadsheet.ImportRefusedException;
import vn.thidua.shared.spreadsheet.SpreadsheetRefusedException;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.NotFoundException;
import vn.thidua.shared.web.Submissions;

/**
 * The yearly title list of a unit, and the page of one officer on it where the unit
 * enters the classification or adjusts the title with a reason.
 */
@Controller
@RequiredArgsConstructor
class YearlyTitleController {

	private static final String BASE = "/awards/titles/{unitId}/{year}";

	private final YearlyTitleService titles;

	private final ClassificationImport imports;

	private final TitleVote vote;

	private final java.time.Clock clock;

	/** The user's own unit, this year; without a unit (administrators) the unit tree. */
	@GetMapping("/awards/titles")
	String own() {
		Long unit = vn.thidua.shared.security.CurrentUser.get().unitId();
		if (unit == null) {
			return "redirect:/units";
		}
		return redirect(unit, java.time.LocalDate.now(this.clock).getYear());
	}

	@GetMapping(BASE)
	String list(@PathVariable long unitId, @PathVariable int year, Model model) {
		YearlyTitleList list = this.titles.list(unitId, year);
		model.addAttribute("list", list);
		if (!model.containsAttribute("unitForm")) {
			model.addAttribute("unitForm", new ClassificationForm(list.unitClassification()));
		}
		model.addAttribute("classes", TaskClass.values());
		model.addAttribute("importMaxRows", ClassificationImport.MAX_ROWS);
		model.addAttribute("toVote", TitleVote.toVote(list).size());
		return "award/titles";
	}

	@PostMapping(BASE + "/classification")
	String classifyUnit(@PathVariable long unitId, @PathVariable int year,
			@Valid @ModelAttribute("unitForm") ClassificationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.titles.checkMayEdit(unitId, year);
		return Submissions.submit(result, () -> {
			this.titles.classifyUnit(unitId, year, form);
			FlashMessages.success(redirect, "award.title.saved");
			return redirect(unitId, year);
		}, () -> list(unitId, year, model));
	}

	/** The unit's officers of the year, to fill in their classifications. */
	@GetMapping(BASE + "/classifications.xlsx")
	ResponseEntity<byte[]> classificationTemplate(@PathVariable long unitId, @PathVariable int year) {
		return DocumentResponses.xlsx(this.imports.template(unitId, year), "xep-loai-" + year + "-" + unitId + ".xlsx");
	}

	/**
	 * The classifications filled in the template: all or nothing, each wrong row named.
	 */
	@PostMapping(BASE + "/classifications")
	String importClassifications(@PathVariable long unitId, @PathVariable int year,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		this.titles.checkMayEdit(unitId, year);
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", "award.title.import.error.noFile");
			return list(unitId, year, model);
		}
		if (file.getSize() > ClassificationImport.MAX_FILE_BYTES) {
			model.addAttribute("importError", "award.title.import.error.tooLarge");
			model.addAttribute("importErrorArguments", new Object[] { ClassificationImport.MAX_FILE_BYTES / 1024 });
			return list(unitId, year, model);
		}
		model.addAttribute("importFileName", file.getOriginalFilename());
		try {
			int changed = this.imports.importFile(unitId, year, file.getBytes());
			FlashMessages.success(redirect, "award.title.import.done", changed);
			return redirect(unitId, year);
		}
		catch (ImportRefusedException ex) {
			model.addAttribute("importRowErrors", ex.errors());
		}
		catch (SpreadsheetRefusedException ex) {
			model.addAttribute("importError", ex.messageKey());
			model.addAttribute("importErrorArguments", ex.arguments());
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("importError", ex.messageKey());
			model.addAttribute("importErrorArguments", ex.arguments());
		}
		return list(unitId, year, model);
	}

	/** Sends the titles that need the council's vote to a review session. */
	@PostMapping(BASE + "/vote")
	String sendToVote(@PathVariable long unitId, @PathVariable int year, RedirectAttributes redirect) {
		long[] session = new long[1];
		if (Submissions.flashRefusal(redirect, () -> session[0] = this.vote.send(unitId, year))) {
			FlashMessages.success(redirect, "award.title.vote.sent");
			return "redirect:/voting/" + session[0];
		}
		return redirect(unitId, year);
	}

	@PostMapping(BASE + "/submit")
	String submit(@PathVariable long unitId, @PathVariable int year, RedirectAttributes redirect) {
		if (Submissions.flashRefusal(redirect, () -> this.titles.submit(unitId, year))) {
			FlashMessages.success(redirect, "award.title.submittedMessage");
		}
		return redirect(unitId, year);
	}

	@GetMapping(BASE + "/officers/{officerId}")
	String officer(@PathVariable long unitId, @PathVariable int year, @PathVariable long officerId, Model model) {
		YearlyTitleList list = this.titles.list(unitId, year);
		YearlyTitleList.Row row = list.row(officerId);
		if (row == null) {
			throw new NotFoundException();
		}
		model.addAttribute("list", list);
		model.addAttribute("row", row);
		if (!model.containsAttribute("classificationForm")) {
			model.addAttribute("classificationForm", new ClassificationForm(row.classification()));
		}
		if (!model.containsAttribute("adjustmentForm")) {
			model.addAttribute("adjustmentForm",
					new AdjustmentForm(row.adjusted() ? row.adjustedTitle() : null, row.adjustmentReason()));
		}
		model.addAttribute("classes", TaskClass.values());
		model.addAttribute("titles", new Title[] { Title.CSTT, Title.CSTDCS, Title.CSTD_BO, Title.CSTD_TOAN_QUOC });
		return "award/title-officer";
	}

	@PostMapping(BASE + "/officers/{officerId}/classification")
	String classify(@PathVariable long unitId, @PathVariable int year, @PathVariable long officerId,
			@Valid @ModelAttribute("classificationForm") ClassificationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.titles.checkMayEdit(unitId, year);
		return Submissions.submit(result, () -> {
			this.titles.classify(unitId, year, officerId, form);
			FlashMessages.success(redirect, "award.title.saved");
			return redirect(unitId, year);
		}, () -> officer(unitId, year, officerId, model));
	}

	@PostMapping(BASE + "/officers/{officerId}/adjustment")
	String adjust(@PathVariable long unitId, @PathVariable int year, @PathVariable long officerId,
			@Valid @ModelAttribute("adjustmentForm") AdjustmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.titles.checkMayEdit(unitId, year);
		return Submissions.submit(result, () -> {
			this.titles.adjust(unitId, year, officerId, form);
			FlashMessages.success(redirect, "award.title.saved");
			return redirect(unitId, year);
		}, () -> officer(unitId, year, officerId, model));
	}

	@PostMapping(BASE + "/officers/{officerId}/adjustment/clear")
	String clear(@PathVariable long unitId, @PathVariable int year, @PathVariable long officerId,
			RedirectAttributes redirect) {
		this.titles.checkMayEdit(unitId, year);
		if (Submissions.flashRefusal(redirect, () -> this.titles.clearAdjustment(unitId, year, officerId))) {
			FlashMessages.success(redirect, "award.title.saved");
		}
		return redirect(unitId, year);
	}

	private static String redirect(long unitId, int year) {
		return "redirect:/awards/titles/" + unitId + "/" + year;
	}

}
