package vn.thidua.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post/Redirect/Get messages: a message key shown once by the layout after the redirect.
 */
public final class FlashMessages {

	private FlashMessages() {
	}

	public static void success(RedirectAttributes attributes, String messageKey, Object... arguments) {
		attributes.addFlashAttribute("flashSuccess", messageKey);
		attributes.addFlashAttribute("flashArgs", arguments.length == 0 ? null : arguments);
	}

	public static void error(RedirectAttributes attributes, String messageKey, Object... arguments) {
		attributes.addFlashAttribute("flashError", messageKey);
		attributes.addFlashAttribute("flashArgs", arguments.length == 0 ? null : arguments);
	}

}
