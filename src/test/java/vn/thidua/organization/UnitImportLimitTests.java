package vn.thidua.organization;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.shared.spreadsheet.HostileWorkbooks;

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

	@Autowired
	UnitRepository repository;

	private static final List<Object> HEADER = List.of("Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Loại đơn vị",
			"Mã đơn vị cấp trên", "Quân số", "Ngày bắt đầu hoạt động");

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

	@Test
	void aSmallFileThatInflatesToHundredsOfMegabytesIsRefusedAtOnceAndNothingIsSaved() throws Exception {
		byte[] bomb = HostileWorkbooks.hugeCell(List.of(HEADER, row("BOM-1")), 200L * 1024 * 1024);
		String html = timedUpload("one 200 MB cell", bomb);
		assertThat(org.jsoup.Jsoup.parse(html).select("#unit-import-file-errors").text())
			.contains("Nội dung tệp khi giải nén vượt quá giới hạn 50 MB");
	}

	@Test
	void blankRowsBeforeTheHeaderAreRefusedAtOnceAndNothingIsSaved() throws Exception {
		byte[] bomb = HostileWorkbooks.blankRowsBefore(List.of(HEADER, row("BOM-2")), 900_000);
		String html = timedUpload("0.9 MB of blank rows", bomb);
		assertThat(org.jsoup.Jsoup.parse(html).select("#unit-import-file-errors").text())
			.contains("Trang tính có quá 10000 dòng (kể cả dòng trống), vượt giới hạn cho phép.");
	}

	private static List<Object> row(String code) {
		return List.of(code, "Đội thử " + code, "", "Đội", "LS", 5, "01/01/2026");
	}

	private String timedUpload(String what, byte[] file) throws Exception {
		long units = this.repository.count();
		long start = System.nanoTime();
		String html = this.mvc
			.perform(multipart("/units/import").file(new MockMultipartFile("file", "bom.xlsx", null, file))
				.with(TestUsers.as(this.users, "staff"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("Workbook limits: unit import refused %s (%,d bytes) in %d ms%n", what, file.length, millis);
		// a generous bound: the file must not be parsed, which would take far longer
		assertThat(millis).isLessThan(5_000);
		assertThat(this.repository.count()).isEqualTo(units);
		assertThat(this.repository.findByCodeIgnoreCase("BOM-1")).isEmpty();
		assertThat(this.repository.findByCodeIgnoreCase("BOM-2")).isEmpty();
		return html;
	}

}
