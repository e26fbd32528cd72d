package vn.thidua.result;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

/** Staff refusing a request to reopen a month: why, which the unit reads. */
@Getter
@Setter
public class ReopenRefusalForm {

	private long version = -1;

	@NotBlank(message = "{result.reopenRequest.error.reasonRequired}")
	@Size(max = ReopenRequest.REASON_MAX, message = "{result.reopenRequest.error.reasonTooLong}")
	private String refusalReason;

}
