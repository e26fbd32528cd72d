package vn.thidua.result.web;

import java.time.YearMonth;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.result.PeriodRow;
import vn.thidua.result.ReopenRefusalForm;
import vn.thidua.result.ReopenRequest;
import vn.thidua.result.ReopenRequestForm;
import vn.thidua.result.ReopenRequestRow;
import vn.thidua.result.ReopenRequestService;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.FlashMessages;

/**
 * Requests to reopen a locked month: the unit asks, with a reason, from its list of
 * months or the report; provincial staff grant or refuse, from their dashboard or the
 * request's page.
 */
@Controller
@RequestMapping("/results/reopen-requests")
@RequiredArgsConstructor
class ReopenRequestController {

	private final ReopenRequestService requests;

	private final AuditTrail audit;

	private final Formats formats;

	@GetMapping("/new")
	String form(@RequestParam(required = false) Long campaign, @RequestParam(required = false) String month,
			Model model, RedirectAttributes redirect) {
		this.requests.requireCanAsk();
		YearMonth chosen = Formats.monthOrNull(month);
		if (campaign == null || chosen == null) {
			return "redirect:/results";
		}
		PeriodRow row = this.requests.monthOfMyUnit(campaign, chosen.atDay(1));
		if (!row.isLocked()) {
			FlashMessages.error(redirect, "result.reopenRequest.error.notLocked");
			return "redirect:/results";
		}
		ReopenRequestForm form = new ReopenRequestForm();
		form.setCampaign(campaign);
		form.setMonth(chosen.toString());
		model.addAttribute("form", form);
		return formPage(row, model);
	}

	@PostMapping
	String request(@Valid @ModelAttribute("form") ReopenRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.requests.requireCanAsk();
		YearMonth chosen = Formats.monthOrNull(form.getMonth());
		if (form.getCampaign() == null || chosen == null) {
			return "redirect:/results";
		}
		// the month first: another unit's month is not found, whatever the form says
		PeriodRow row = this.requests.monthOfMyUnit(form.getCampaign(), chosen.atDay(1));
		if (!result.hasErrors()) {
			try {
				this.requests.request(form.getCampaign(), chosen.atDay(1), form.getReason());
				FlashMessages.success(redirect, "result.reopenRequest.sent", Formats.monthText(chosen));
				return row.reportId() != null ? "redirect:/results/" + row.reportId() : "redirect:/results";
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(result);
			}
		}
		return formPage(row, model);
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		ReopenRequestRow request = this.requests.get(id);
		if (!model.containsAttribute("refusal")) {
			ReopenRefusalForm refusal = new ReopenRefusalForm();
			refusal.setVersion(request.version());
			model.addAttribute("refusal", refusal);
		}
		return viewPage(request, model);
	}

	@PostMapping("/{id}/grant")
	String grant(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		if (version != null && version < 0) {
			// the pages send the version they showed: a negative one was never shown
			throw new OptimisticLockingFailureException("Request " + id + " asked with a made-up version");
		}
		try {
			ReopenRequest granted = this.requests.grant(id, version == null ? -1 : version);
			ReopenRequestRow row = this.requests.get(granted.getId());
			FlashMessages.success(redirect, "result.reopenRequest.granted", row.unitName(),
					Formats.monthText(row.month()), this.formats.date(granted.getGrantedUntil()));
			return "redirect:/";
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
			return "redirect:/results/reopen-requests/" + id;
		}
	}

	@PostMapping("/{id}/refuse")
	String refuse(@PathVariable long id, @Valid @ModelAttribute("refusal") ReopenRefusalForm refusal,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ReopenRequestRow request = this.requests.getForAnswer(id);
		if (!result.hasErrors()) {
			try {
				this.requests.refuse(id, refusal.getVersion(), refusal.getRefusalReason());
				FlashMessages.success(redirect, "result.reopenRequest.refused", request.unitName(),
						Formats.monthText(request.month()));
				return "redirect:/";
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(result);
			}
		}
		return viewPage(this.requests.get(id), model);
	}

	private String formPage(PeriodRow row, Model model) {
		model.addAttribute("period", row);
		model.addAttribute("latest",
				this.requests.latestOfMyUnit().get(ReopenRequestService.key(row.campaignId(), row.month())));
		model.addAttribute("reopenDays", this.requests.reopenDays());
		return "result/reopen-request-form";
	}

	private String viewPage(ReopenRequestRow request, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("canAnswer", this.requests.canAnswer(request));
		model.addAttribute("reopenDays", this.requests.reopenDays());
		model.addAttribute("reopenedDeadline", this.requests.reopenedDeadline());
		model.addAttribute("history", this.audit.historyOf(ReopenRequest.AUDIT_TYPE, request.id()));
		return "result/reopen-request";
	}

}
