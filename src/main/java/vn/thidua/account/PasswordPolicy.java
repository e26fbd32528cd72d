package vn.thidua.account;

import java.util.Locale;

import org.springframework.validation.Errors;

import vn.thidua.shared.web.BusinessRuleException;

/**
 * At least 8 characters with letters and digits, not containing the username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/** Puts what is wrong with the password, if anything, on the form field. */
	static void check(String password, String username, String field, Errors errors) {
		BusinessRuleException violation = violation(password, username, field);
		if (violation != null) {
			errors.rejectValue(field, violation.messageKey(), violation.arguments(), null);
		}
	}

	/** Refuses a password that breaks the policy. */
	static void require(String password, String username, String field) {
		BusinessRuleException violation = violation(password, username, field);
		if (violation != null) {
			throw violation;
		}
	}

	private static BusinessRuleException violation(String password, String username, String field) {
		if (password == null || password.isBlank()) {
			return new BusinessRuleException(field, "validation.required");
		}
		if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return new BusinessRuleException(field, "password.error.length", MIN_LENGTH);
		}
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			return new BusinessRuleException(field, "password.error.letterAndDigit");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
			return new BusinessRuleException(field, "password.error.containsUsername");
		}
		return null;
	}

}
