package vn.thidua.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adding or renaming a content (nội dung) of a campaign. */
public record ContentForm(@NotBlank @Size(max = 500) String title, @Size(max = 4000) String description) {

}
