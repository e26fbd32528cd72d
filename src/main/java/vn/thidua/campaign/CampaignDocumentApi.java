package vn.thidua.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.shared.storage.FileStorage;

/**
 * The file of a launch document through the API: the same scoping as the campaign (a
 * campaign or document outside the caller's scope answers 404). It answers with the file
 * whatever the {@code Accept} header asks for, which is why it is apart from the JSON
 * endpoints of {@link CampaignApi}.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
@Tag(name = "Phong trào thi đua / Campaigns")
class CampaignDocumentApi {

	private final CampaignDocumentService documents;

	private final FileStorage storage;

	@GetMapping("/campaigns/{id}/documents/{documentId}")
	@Operation(summary = "Tệp của một văn bản phát động / The file of a launch document",
			description = "Tệp PDF, tên tệp trong Content-Disposition (filename* theo RFC 5987).",
			responses = @ApiResponse(responseCode = "200", description = "PDF",
					content = @Content(mediaType = "application/pdf")))
	public void document(@PathVariable long id, @PathVariable long documentId, HttpServletResponse response) {
		this.storage.send(this.documents.get(id, documentId).file(), response);
	}

}
