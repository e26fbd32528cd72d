package vn.thidua.organization;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class UnitImportLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aFileOverTenMegabytesIsRefusedWithAMessageOnTheForm() throws Exception {
		byte[] tooLarge = new byte[(int) UnitImportController.MAX_FILE_BYTES + 1];
		String html = this.mvc
			.perform(multipart("/units/import").file(new MockMultipartFile("file", "lon.xlsx", null, tooLarge))
				.with(TestUsers.as(this.users, "staff"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(html).select("#unit-import-upload-error").text())
			.isEqualTo("Tệp lớn hơn 10 MB.");
	}

}
