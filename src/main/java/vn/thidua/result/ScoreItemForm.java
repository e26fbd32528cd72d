package vn.thidua.result;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

/** Applying a bonus or penalty item of the scoring table to a monthly report. */
@Getter
@Setter
public class ScoreItemForm {

	/** The item's code in the scoring table that applies to the unit. */
	@NotBlank
	private String itemCode;

	@NotNull
	@Min(1)
	@Max(100)
	private Integer occurrences = 1;

	@NotBlank
	@Size(max = 2000)
	private String reason;

}
