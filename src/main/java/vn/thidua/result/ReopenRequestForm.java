package vn.thidua.result;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

/** A unit's request to reopen a locked month: the month and why. */
@Getter
@Setter
public class ReopenRequestForm {

	@NotNull
	private Long campaign;

	/** The month, {@code yyyy-MM}. */
	@NotBlank
	@Pattern(regexp = "\\d{4}-\\d{2}")
	private String month;

	@NotBlank(message = "{result.reopenRequest.error.reasonRequired}")
	@Size(max = ReopenRequest.REASON_MAX, message = "{result.reopenRequest.error.reasonTooLong}")
	private String reason;

}
