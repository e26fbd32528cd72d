package vn.thidua.award.title;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The unit's adjustment of a proposed title: another individual title (or none, when the
 * field is left empty) and why.
 */
public record AdjustmentForm(Title title, @NotBlank @Size(max = 1000) String reason) {

}
