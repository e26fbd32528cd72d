package vn.thidua.shared.storage;

import vn.thidua.shared.web.BusinessRuleException;

/**
 * An uploaded file was refused (no file, empty, too large, wrong type, bad name). The
 * message is meant for the form's {@value #FIELD} field.
 */
public class FileRejectedException extends BusinessRuleException {

	/** The form field of the file. */
	public static final String FIELD = "file";

	FileRejectedException(String messageKey, Object... arguments) {
		super(FIELD, messageKey, arguments);
	}

}
