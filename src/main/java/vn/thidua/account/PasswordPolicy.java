package vn.thidua.account;

import java.util.Locale;

import org.springframework.validation.Errors;

/**
 * At least 8 characters with letters and digits, not containing the username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	static void check(String password, String username, String field, Errors errors) {
		if (password == null || password.isBlank()) {
			errors.rejectValue(field, "validation.required");
			return;
		}
		if (password.length() < MIN_LENGTH || password.length() > 128) {
			errors.rejectValue(field, "password.error.length", new Object[] { MIN_LENGTH }, null);
			return;
		}
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			errors.rejectValue(field, "password.error.letterAndDigit");
			return;
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			errors.rejectValue(field, "password.error.containsUsername");
		}
	}

}
