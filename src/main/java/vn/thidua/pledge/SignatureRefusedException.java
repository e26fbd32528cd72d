package vn.thidua.pledge;

import org.springframework.security.access.AccessDeniedException;

/**
 * Signing refused to this user: not a commander, or not of that unit. A 403 with a
 * message saying why.
 */
class SignatureRefusedException extends AccessDeniedException {

	private final String messageKey;

	SignatureRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
