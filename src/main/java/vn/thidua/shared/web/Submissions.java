package vn.thidua.shared.web;

import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page turns a refused action into a message: on the form it came from (the
 * form is shown again with the message on its field), or as a flash message after the
 * redirect when the action came from a button. Refusals are runtime exceptions that
 * implement {@link FormRefusal} ({@link BusinessRuleException} and the modules' own); any
 * other exception goes on to the error pages.
 */
public final class Submissions {

	private Submissions() {
	}

	/**
	 * Runs {@code action} when the form is valid and returns its view (usually a
	 * redirect). When the form has errors, or the domain refuses the action, the refusal
	 * goes on the form and {@code showForm} gives the view that shows the form again.
	 */
	public static String submit(BindingResult result, Supplier<String> action, Supplier<String> showForm) {
		String[] view = new String[1];
		return attempt(result, () -> view[0] = action.get()) ? view[0] : showForm.get();
	}

	/**
	 * Runs {@code action} when the form is valid; when the domain refuses it, the refusal
	 * goes on the form. Returns whether the action was done (for pages that show the same
	 * view either way).
	 */
	public static boolean attempt(BindingResult result, Runnable action) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (RuntimeException ex) {
			refusal(ex).rejectOn(result);
			return false;
		}
	}

	/**
	 * Runs {@code action} (a button without a form to show again). A
	 * {@link BusinessRuleException} becomes the flash error shown after the redirect;
	 * returns whether the action was done.
	 */
	public static boolean flashRefusal(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
			return false;
		}
	}

	/**
	 * Runs {@code action} and returns its view; when a {@link BusinessRuleException}
	 * refuses it, the refusal becomes the flash error and the user goes to
	 * {@code refusedView}.
	 */
	public static String flashRefusalOr(RedirectAttributes redirect, Supplier<String> action, String refusedView) {
		String[] view = { refusedView };
		flashRefusal(redirect, () -> view[0] = action.get());
		return view[0];
	}

	private static FormRefusal refusal(RuntimeException ex) {
		if (ex instanceof FormRefusal refusal) {
			return refusal;
		}
		throw ex;
	}

}
