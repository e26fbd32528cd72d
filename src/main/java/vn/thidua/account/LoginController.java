package vn.thidua.account;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.FlashMessages;

@Controller
@RequiredArgsConstructor
class LoginController {

	private final AccountService accounts;

	private final SecurityProperties properties;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	@GetMapping("/login")
	String login(Authentication authentication, @RequestParam(name = "error", required = false) String error,
			Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof CurrentUser) {
			return "redirect:/";
		}
		// the page shows only messages of its own choosing, whatever the address says
		if (error != null) {
			model.addAttribute("loginError", "throttled".equals(error) ? "throttled" : "bad");
		}
		model.addAttribute("maxFailed", this.properties.maxFailedLogins());
		model.addAttribute("lockMinutes", this.properties.lockMinutes());
		return "account/login";
	}

	@GetMapping(PasswordChangeRequiredFilter.PASSWORD_PAGE)
	String passwordForm(Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		model.addAttribute("forced", CurrentUser.get().mustChangePassword());
		return "account/password";
	}

	@PostMapping(PasswordChangeRequiredFilter.PASSWORD_PAGE)
	String changePassword(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		CurrentUser user = CurrentUser.get();
		PasswordPolicy.check(form.newPassword(), user.getUsername(), "newPassword", result);
		if (form.newPassword() != null && !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.error.mismatch");
		}
		if (!result.hasErrors()) {
			this.accounts.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword(), result);
		}
		if (result.hasErrors()) {
			model.addAttribute("forced", user.mustChangePassword());
			return "account/password";
		}
		// the session keeps the principal: refresh it so the forced change is over
		CurrentUser updated = user.withPasswordChanged();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
		FlashMessages.success(redirect, "password.changed");
		return "redirect:/";
	}

}
