package vn.thidua.account;

import java.util.List;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

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

import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * Account administration (quản trị tài khoản). The URL is for administrators only, and so
 * is every service method it calls.
 */
@Controller
@RequestMapping("/admin/accounts")
@RequiredArgsConstructor
class AccountController {

	private static final String FORM = "account/form";

	private final AccountService accounts;

	private final AuditTrail auditTrail;

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		// a value that does not parse (an edited address) is left out; the others apply
		AccountFilter filter = new AccountFilter(q, parse(Role.class, role), parseId(unit),
				parse(AccountStatus.class, status));
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.accounts.search(filter, page));
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", AccountStatus.values());
		model.addAttribute("units", this.accounts.unitOptions());
		return "account/list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", AccountCreateForm.empty());
		return createView(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountCreateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// the service checks these again; here they join the form's own messages, so
		// that every mistake shows at the first attempt
		if (form.role() != null && form.role() != Role.ADMIN && form.unitId() == null) {
			result.rejectValue("unitId", "account.error.unitRequired");
		}
		PasswordPolicy.check(form.password(), form.username(), "password", result);
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.error.mismatch");
		}
		return Submissions.submit(result, () -> {
			AppUser user = this.accounts.create(form);
			FlashMessages.success(redirect, "account.created", user.getUsername());
			return "redirect:/admin/accounts/" + user.getId();
		}, () -> createView(model));
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		AccountRow account = this.accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("self", account.id() == CurrentUser.get().id());
		model.addAttribute("slowdowns", this.accounts.slowdowns(id));
		model.addAttribute("history", this.auditTrail.historyOf("USER", id));
		return "account/view";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.accounts.editForm(id));
		return editView(id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountEditForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return Submissions.submit(result, () -> {
			AppUser user = this.accounts.update(id, form);
			FlashMessages.success(redirect, "account.updated", user.getUsername());
			return "redirect:/admin/accounts/" + id;
		}, () -> editView(id, model));
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, "account.disabled", () -> this.accounts.disable(id, limit(reason)));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, "account.enabled", () -> this.accounts.enable(id, limit(reason)));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "account.unlocked", () -> this.accounts.unlock(id));
	}

	@GetMapping("/{id}/password")
	String resetForm(@PathVariable long id, Model model) {
		model.addAttribute("form", PasswordResetForm.empty());
		model.addAttribute("account", this.accounts.get(id));
		return "account/reset";
	}

	@PostMapping("/{id}/password")
	String reset(@PathVariable long id, @ModelAttribute("form") PasswordResetForm form, BindingResult result,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return Submissions.submit(result, () -> {
			this.accounts.resetPassword(id, form, limit(reason));
			FlashMessages.success(redirect, "account.passwordReset");
			return "redirect:/admin/accounts/" + id;
		}, () -> {
			model.addAttribute("account", this.accounts.get(id));
			model.addAttribute("reason", reason);
			return "account/reset";
		});
	}

	private String createView(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("units", activeUnits(null));
		model.addAttribute("editing", false);
		return FORM;
	}

	private String editView(long id, Model model) {
		AccountRow account = this.accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("units", activeUnits(account.unitId()));
		model.addAttribute("editing", true);
		return FORM;
	}

	/** Units an account may be given: those in service, and the one it already has. */
	private List<UnitOption> activeUnits(Long currentUnitId) {
		return this.accounts.unitOptions()
			.stream()
			.filter(option -> !option.closed() || Long.valueOf(option.id()).equals(currentUnitId))
			.toList();
	}

	private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
		Submissions.flashRefusal(redirect, () -> {
			action.run();
			FlashMessages.success(redirect, successKey);
		});
		return "redirect:/admin/accounts/" + id;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long parseId(String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String limit(String reason) {
		return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
	}

}
