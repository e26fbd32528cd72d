package vn.thidua.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * Adding a launch document: its title and the file. The file is checked by the storage
 * (type by content, size, name), its refusals shown on the {@code file} field.
 */
record DocumentForm(@NotBlank @Size(max = 255) String title, MultipartFile file) {

}
