package vn.thidua.award.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Import of past records: a file with bad rows is refused with each row's errors and
 * nothing saved; the same file corrected makes its decisions, recorded, with the amounts
 * of the base salary of their dates (2022: 1.490.000 đ, so ĐVTT 0,8 → 1.192.000 →
 * 1.200.000 đ; 2024 December: 2.340.000 đ, so CSTT 0,3 → 710.000 đ).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecordImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheDecisions() {
		this.jdbc.sql("delete from award_decision where number in ('6001/QĐ-CAT', '6002/QĐ-CAT')").update();
	}

	@Test
	void aFileWithBadRowsSavesNothingAndTheCorrectedFileMakesRecordedDecisions() throws Exception {
		String officer = this.jdbc.sql("""
				select o.full_name from officer o join unit u on u.id = o.unit_id
				where u.code = 'LS-PA04' order by o.id limit 1""").query(String.class).single();
		long decisions = count("award_decision");
		long records = count("award_record");
		byte[] bad = workbook(new Object[][] {
				{ "6001/QĐ-CAT", "15/12/2022", "CAT", "REGULAR", "Đại tá Nguyễn Văn Bình", "LS-PA04", "", "DVTT",
						"Hoàn thành tốt nhiệm vụ", "", "" },
				{ "6001/QĐ-CAT", "15/12/2022", "CAT", "REGULAR", "Đại tá Nguyễn Văn Bình", "LS-ZZ99", "", "DVTT",
						"Hoàn thành tốt nhiệm vụ", "", "" },
				{ "6002/QĐ-CAT", LocalDate.of(2024, 12, 20), "CAT", "REGULAR", "Đại tá Nguyễn Văn Bình", "LS-PA04",
						"Không Có Ai", "CSTT", "Hoàn thành tốt nhiệm vụ", "", "" },
				{ "6002/QĐ-CAT", LocalDate.of(2024, 12, 20), "CAT", "REGULAR", "Đại tá Nguyễn Văn Bình", "LS-PA04",
						vn.thidua.shared.text.VietnameseText.fold(officer), "CSTT", "", "500000", "" } });
		this.mvc
			.perform(multipart("/awards/records/import").file(file(bad))
				.with(csrf())
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("chưa lưu gì: 3 lỗi"), containsString("Không có đơn vị mã “LS-ZZ99”."),
						containsString("Không tìm thấy cán bộ “Không Có Ai”"), containsString("Dòng 5"),
						containsString("Không được để trống."))));
		assertThat(count("award_decision")).isEqualTo(decisions);
		assertThat(count("award_record")).isEqualTo(records);

		byte[] good = workbook(new Object[][] {
				{ "6001/QĐ-CAT", "15/12/2022", "CAT", "REGULAR", "Đại tá Nguyễn Văn Bình", "LS-PA04", "", "DVTT",
						"Hoàn thành tốt nhiệm vụ", "", "" },
				{ "6002/QĐ-CAT", LocalDate.of(2024, 12, 20), "CAT", "REGULAR", "Đại tá Nguyễn Văn Bình", "LS-PA04",
						vn.thidua.shared.text.VietnameseText.fold(officer), "CSTT", "Hoàn thành tốt nhiệm vụ", "",
						"" } });
		this.mvc
			.perform(multipart("/awards/records/import").file(file(good))
				.with(csrf())
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(redirectedUrl("/awards/decisions"));
		assertThat(this.jdbc.sql("""
				select d.number || ' ' || d.state || ' ' || r.amount from award_record r
				join award_decision d on d.id = r.decision_id
				where d.number in ('6001/QĐ-CAT', '6002/QĐ-CAT') order by d.number""").query(String.class).list())
			.containsExactly("6001/QĐ-CAT RECORDED 1200000", "6002/QĐ-CAT RECORDED 710000");
	}

	@Test
	void unitUsersMayNotImport() throws Exception {
		this.mvc
			.perform(multipart("/awards/records/import").file(file(new byte[] { 1 }))
				.with(csrf())
				.with(TestUsers.as(this.users, "member.commander")))
			.andExpect(status().isForbidden());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "khen-thuong.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

	private static byte[] workbook(Object[][] rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Khen thưởng");
		for (int c = 0; c < 11; c++) {
			sheet.value(0, c, "Cột " + c);
		}
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				Object value = rows[r][c];
				if (value instanceof LocalDate date) {
					sheet.value(r + 1, c, date);
				}
				else if (!"".equals(value)) {
					sheet.value(r + 1, c, (String) value);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

}
