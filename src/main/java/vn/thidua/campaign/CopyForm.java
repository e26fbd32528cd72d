package vn.thidua.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Copying a campaign to another year, as a new draft. */
public record CopyForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 255) String name) {

}
