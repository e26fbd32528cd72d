package vn.thidua.result.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
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

import vn.thidua.result.EntryDraftService;
import vn.thidua.result.EntryForm;
import vn.thidua.result.EntryRefusedException;
import vn.thidua.result.EntryLine;
import vn.thidua.result.EntryPage;
import vn.thidua.result.Evidence;
import vn.thidua.result.EvidenceService;
import vn.thidua.result.ReportPermissions;
import vn.thidua.result.ReportQueries;
import vn.thidua.result.ReopenRequestForm;
import vn.thidua.result.ReopenRequestService;
import vn.thidua.result.ReportWorkflowService;
import vn.thidua.result.ResultReport;
import vn.thidua.result.ReviewRow;
import vn.thidua.campaign.Campaign;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.FlashMessages;

/**
 * The pages of periodic reports: the list (the unit's months, the reports waiting for the
 * user's review, the staff's overview), the report, the entry page with its row preview,
 * the review page, and the workflow, reopening and evidence actions.
 */
@Controller
@RequestMapping("/results")
@RequiredArgsConstructor
class ResultController {

	private final ReportWorkflowService results;

	private final ReportQueries queries;

	private final ReportPermissions permissions;

	private final EvidenceService evidence;

	private final EntryDraftService drafts;

	private final EntryPage entryPage;

	private final FileStorage storage;

	private final AuditTrail audit;

	private final ReopenRequestService reopenRequests;

	private final Formats formats;

	@GetMapping
	String list(@RequestParam(required = false) Long campaign, @RequestParam(required = false) String month,
			Model model) {
		CurrentUser user = CurrentUser.get();
		model.addAttribute("periods", this.queries.periodsOfMyUnit());
		model.addAttribute("requests", this.reopenRequests.latestOfMyUnit());
		model.addAttribute("waiting", this.queries.waitingForMyReview());
		model.addAttribute("unitLevel", user.role().isUnitLevel());
		model.addAttribute("today", this.permissions.today());
		if (!user.role().isUnitLevel()) {
			List<Campaign> launched = this.queries.launchedCampaigns();
			model.addAttribute("campaigns", launched);
			YearMonth chosen = Formats.monthOrNull(month);
			if (chosen == null) {
				chosen = YearMonth.from(this.permissions.today()).minusMonths(1);
			}
			model.addAttribute("month", chosen.toString());
			Campaign selected = launched.stream()
				.filter(c -> campaign == null || c.getId().equals(campaign))
				.findFirst()
				.orElse(null);
			model.addAttribute("selected", selected);
			model.addAttribute("statuses",
					selected == null ? List.of() : this.queries.statusOf(selected.getId(), chosen.atDay(1)));
		}
		return "result/list";
	}

	@PostMapping("/open")
	String open(@RequestParam(required = false) Long campaign, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String month, @RequestParam(required = false) String then,
			RedirectAttributes redirect) {
		YearMonth chosen = Formats.monthOrNull(month);
		Long unitId = unit != null ? unit : CurrentUser.get().unitId();
		if (campaign == null || chosen == null || unitId == null) {
			return "redirect:/results";
		}
		try {
			long id = this.results.open(campaign, unitId, chosen.atDay(1)).getId();
			// the dashboard's "Nhập" goes straight to the entry page
			return "redirect:/results/" + id + ("edit".equals(then) ? "/edit" : "");
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
			return "redirect:/results";
		}
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		return page(this.queries.getWithValues(id), false, model);
	}

	@GetMapping("/{id}/review")
	String review(@PathVariable long id, Model model, RedirectAttributes redirect) {
		ResultReport report = this.queries.getWithValues(id);
		if (!this.permissions.isReviewer(report)) {
			throw new org.springframework.security.access.AccessDeniedException("Not a reviewer");
		}
		if (!this.permissions.canReview(report)) {
			FlashMessages.error(redirect, "result.error.notSubmitted");
			return "redirect:/results/" + id;
		}
		return page(report, true, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		ResultReport report = this.queries.getWithValues(id);
		String refused = refuseEditing(report, redirect);
		if (refused != null) {
			return refused;
		}
		model.addAttribute("form", EntryForm.of(report));
		return editPage(report, model);
	}

	@PostMapping("/{id}/edit")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ResultReport report = this.queries.getWithValues(id);
		String refused = refuseEditing(report, redirect);
		if (refused != null) {
			return refused;
		}
		if (!result.hasErrors()) {
			try {
				this.results.save(id, form);
				FlashMessages.success(redirect, "result.saved");
				return "redirect:/results/" + id;
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(result);
			}
		}
		return editPage(this.queries.getWithValues(id), model);
	}

	/** The row of one indicator recomputed as typed (htmx); nothing is saved. */
	@PostMapping("/{id}/rows/{valueId}")
	String row(@PathVariable long id, @PathVariable long valueId, @RequestParam(defaultValue = "0") int index,
			@ModelAttribute("form") EntryForm form, Model model) {
		EntryLine line = index >= 0 && index < form.getEntries().size() && form.getEntries().get(index) != null
				? form.getEntries().get(index) : new EntryLine();
		ReportWorkflowService.RowPreview preview = this.results.preview(id, valueId, line);
		model.addAttribute("preview", preview);
		model.addAttribute("v", preview.value());
		model.addAttribute("index", index);
		return "result/fragments :: computed";
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		try {
			ResultReport report = this.results.submit(id, version);
			FlashMessages.success(redirect, "result.submitted", Formats.monthText(report.getPeriodMonth()));
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/results/" + id;
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		try {
			this.results.approve(id, version);
			FlashMessages.success(redirect, "result.approved");
			offerNextReview(id, redirect);
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/results/" + id;
	}

	@PostMapping("/{id}/return")
	String returnForCorrection(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String comment, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Map<Long, String> comments = new HashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("comment-")) {
				try {
					comments.put(Long.valueOf(key.substring("comment-".length())), value);
				}
				catch (NumberFormatException ex) {
					// not one of ours
				}
			}
		});
		try {
			LocalDate before = this.queries.get(id).getDeadline();
			ResultReport report = this.results.returnForCorrection(id, version, comment, comments);
			if (report.getDeadline().equals(before)) {
				FlashMessages.success(redirect, "result.returned");
			}
			else {
				FlashMessages.success(redirect, "result.returnedLate", this.formats.date(before),
						this.formats.date(report.getDeadline()));
			}
			offerNextReview(id, redirect);
			return "redirect:/results/" + id;
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("reviewError", ex);
			model.addAttribute("comment", comment);
			model.addAttribute("comments", comments);
			return page(this.queries.getWithValues(id), true, model);
		}
	}

	@PostMapping("/{id}/values/{valueId}/adjust")
	String adjust(@PathVariable long id, @PathVariable long valueId, @ModelAttribute EntryLine line,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			ResultReport report = this.results.adjust(id, valueId, line, reason);
			FlashMessages.success(redirect, "result.adjusted", report.value(valueId).getIndicator().getCode());
			return "redirect:/results/" + id + "/review";
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
			return "redirect:/results/" + id + "/review#value-" + valueId;
		}
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate until,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			ResultReport report = this.results.reopen(id, until, reason);
			FlashMessages.success(redirect, "result.reopened",
					report.getDeadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/results/" + id;
	}

	/**
	 * Attaches an evidence file, saving first the figures typed on the entry page (sent
	 * with the file): a refused figure or file changes nothing, and the page comes back
	 * with what was typed and the reason beside the upload (ADR 0016).
	 */
	@PostMapping("/{id}/evidence")
	String addEvidence(@PathVariable long id, @RequestParam(required = false) Long valueId,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return changeEvidence(id, form, result, model, redirect, "result.evidence.figuresFirst", "result.evidenceAdded",
				"result.evidence.addedWithDraft", () -> this.drafts.saveAndAddEvidence(id, form, valueId, file));
	}

	/**
	 * The address of a refused upload, asked again (the language switch, a reload): the
	 * entry page.
	 */
	@GetMapping("/{id}/evidence")
	String afterUpload(@PathVariable long id, RedirectAttributes redirect) {
		String refused = refuseEditing(this.queries.getWithValues(id), redirect);
		return refused != null ? refused : "redirect:/results/" + id + "/edit";
	}

	@GetMapping("/{id}/evidence/{evidenceId}")
	void download(@PathVariable long id, @PathVariable long evidenceId, HttpServletResponse response) {
		this.storage.send(this.evidence.evidence(id, evidenceId).file(), response);
	}

	/**
	 * Removes an evidence file, saving first the figures typed (sent with the request).
	 */
	@PostMapping("/{id}/evidence/{evidenceId}/delete")
	String removeEvidence(@PathVariable long id, @PathVariable long evidenceId,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return changeEvidence(id, form, result, model, redirect, "result.evidence.figuresFirstRemove",
				"result.evidenceRemoved", "result.evidence.removedWithDraft",
				() -> this.drafts.saveAndRemoveEvidence(id, form, evidenceId));
	}

	/**
	 * Adds or removes an evidence file after saving the figures typed: refused as a whole
	 * (the page again with what was typed, the reason beside the upload) when the report
	 * cannot be edited, a figure is invalid or the file is refused.
	 * @param refusedKey the message when a typed figure is refused
	 * @param doneKey the message when only the file changed
	 * @param doneWithDraftKey the message when the typed figures were saved too
	 */
	private String changeEvidence(long id, EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect, String refusedKey, String doneKey, String doneWithDraftKey,
			Supplier<Evidence> change) {
		String refused = refuseEditing(this.queries.getWithValues(id), redirect);
		if (refused != null) {
			return refused;
		}
		if (result.hasErrors()) {
			return typedRefused(id, model, "evidence", refusedKey);
		}
		try {
			Evidence changed = change.get();
			uploadMessage(redirect, "evidence", true, form.getEntries().isEmpty() ? doneKey : doneWithDraftKey,
					changed.file().originalName());
			return "redirect:/results/" + id + "/edit";
		}
		catch (EntryRefusedException ex) {
			ex.rejectOn(result);
			return typedRefused(id, model, "evidence", refusedKey);
		}
		catch (BusinessRuleException ex) {
			return typedRefused(id, model, "evidence", ex.messageKey(), ex.arguments());
		}
	}

	/**
	 * The entry page again, with the figures as typed (not saved) and the reason beside
	 * the upload that was refused.
	 */
	private String typedRefused(long id, Model model, String upload, String messageKey, Object... arguments) {
		model.addAttribute(upload + "Message", messageKey);
		model.addAttribute(upload + "Args", arguments.length == 0 ? null : arguments);
		model.addAttribute(upload + "Ok", false);
		model.addAttribute("unsaved", true);
		return editPage(this.queries.getWithValues(id), model);
	}

	/** The message shown beside an upload control after the redirect (not at the top). */
	static void uploadMessage(RedirectAttributes redirect, String upload, boolean ok, String messageKey,
			Object... arguments) {
		redirect.addFlashAttribute(upload + "Message", messageKey);
		redirect.addFlashAttribute(upload + "Args", arguments.length == 0 ? null : arguments);
		redirect.addFlashAttribute(upload + "Ok", ok);
	}

	/**
	 * After a review, the next report waiting in the same queue (its id, or 0 when the
	 * queue is empty), offered on the page the reviewer lands on.
	 */
	private void offerNextReview(long reviewed, RedirectAttributes redirect) {
		redirect.addFlashAttribute("nextReview",
				this.queries.nextForMyReview(reviewed).map(ReviewRow::reportId).orElse(0L));
	}

	private String refuseEditing(ResultReport report, RedirectAttributes redirect) {
		if (!this.permissions.canEdit(report)) {
			if (!CurrentUser.get().role().isUnitLevel()
					|| !report.getUnit().getId().equals(CurrentUser.get().unitId())) {
				throw new org.springframework.security.access.AccessDeniedException("Only the unit enters");
			}
			FlashMessages.error(redirect,
					report.getState().isOpenToUnit() ? "result.error.locked"
							: "result.error.notEditable." + report.getState(),
					report.getDeadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
			return "redirect:/results/" + report.getId();
		}
		return null;
	}

	private String page(ResultReport report, boolean reviewing, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("reviewing", reviewing);
		model.addAttribute("evidence", this.evidence.evidence(report));
		model.addAttribute("canEdit", this.permissions.canEdit(report));
		model.addAttribute("canSubmit", this.permissions.canSubmit(report));
		model.addAttribute("canReview", this.permissions.canReview(report));
		model.addAttribute("canReopen", this.permissions.canReopen(report));
		model.addAttribute("reviewerRole", this.permissions.reviewerRole(report));
		LocalDate today = this.permissions.today();
		// reopening never brings the deadline forward
		LocalDate reopenMin = report.getDeadline().isAfter(today) ? report.getDeadline() : today;
		model.addAttribute("reopenMin", reopenMin);
		model.addAttribute("reopenUntil", reopenMin.plusDays(7));
		model.addAttribute("today", today);
		model.addAttribute("isStaff", CurrentUser.get().is(Role.PROVINCE_STAFF));
		model.addAttribute("history", this.audit.historyOf(ResultReport.AUDIT_TYPE, report.getId()));
		model.addAttribute("cumulative", this.queries.cumulativeFigures(report));
		// a locked month: the unit asks to reopen it, or sees its request's answer
		boolean ownUnit = CurrentUser.get().role().isUnitLevel()
				&& report.getUnit().getId().equals(CurrentUser.get().unitId());
		boolean locked = report.getState().isOpenToUnit() && report.isPastDeadline(today);
		model.addAttribute("locked", locked);
		model.addAttribute("reopenRequest", this.reopenRequests.latestOf(report).orElse(null));
		model.addAttribute("reopenDays", this.reopenRequests.reopenDays());
		if (ownUnit && locked && !model.containsAttribute("form")) {
			ReopenRequestForm form = new ReopenRequestForm();
			form.setCampaign(report.getCampaign().getId());
			form.setMonth(YearMonth.from(report.getPeriodMonth()).toString());
			model.addAttribute("form", form);
		}
		model.addAttribute("canAskReopen", ownUnit && locked);
		model.addAttribute("lateReturnUntil", reviewing ? this.results.deadlineIfReturnedToday(report) : null);
		return "result/view";
	}

	private String editPage(ResultReport report, Model model) {
		return this.entryPage.render(report, model);
	}

}
