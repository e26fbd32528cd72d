package vn.thidua.shared.web;

import org.springframework.validation.BindingResult;

/**
 * A refusal of the domain that knows where it belongs on a form: on a field, several
 * fields or the whole form. {@link Submissions} puts any such refusal back on the form.
 */
public interface FormRefusal {

	/** Puts the refusal's messages on the binding result. */
	void rejectOn(BindingResult result);

}
