package vn.thidua.shared.web;

/**
 * A rule of the domain refused an action. Carries a message key (and arguments) so that
 * the web layer can show it in the user's language, on the field it concerns.
 */
public class BusinessRuleException extends RuntimeException implements FormRefusal {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public BusinessRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public BusinessRuleException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	/** The form field the rule concerns, or {@code null} for the whole form. */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

	/** Puts the message on the binding result, on its field when it has one. */
	@Override
	public void rejectOn(org.springframework.validation.BindingResult result) {
		if (this.field != null) {
			result.rejectValue(this.field, this.messageKey, this.arguments, null);
		}
		else {
			result.reject(this.messageKey, this.arguments, null);
		}
	}

}
