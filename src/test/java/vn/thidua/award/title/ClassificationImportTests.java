package vn.thidua.award.title;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.award.Pa04TitleList;
import vn.thidua.shared.spreadsheet.SheetRow;
import vn.thidua.shared.spreadsheet.SpreadsheetReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officers' classifications of LS-PA04 for 2026 imported from the template: a file
 * with one unknown code and one unknown classification is refused with both rows named
 * and nothing changed; the corrected file (written without diacritics) changes exactly
 * the officer it names, whose proposal follows (the officer with a one-off 2025 title,
 * "excellent" now: CSTĐCS). Staff read the list but do not import into it; another unit
 * answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClassificationImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	YearlyTitleService titles;

	@Autowired
	SpreadsheetReader reader;

	private Pa04TitleList demo;

	@BeforeEach
	void theDemoList() {
		this.demo = new Pa04TitleList(this.jdbc).asTheDemoHasIt();
	}

	@AfterEach
	void backToTheDemo() {
		this.demo.restore();
	}

	@Test
	void theTemplateListsTheOfficersAndTheImportChangesOnlyWhatItNames() throws Exception {
		long unit = this.demo.unitId();
		String base = "/awards/titles/" + unit + "/2026";
		long oneOff = this.demo.oneOffOfficer();
		long initiative = this.demo.initiativeOfficer();

		byte[] template = this.mvc.perform(get(base + "/classifications.xlsx").with(as("member.officer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var rows = this.reader.read(template, "award.title.import.error.");
		assertThat(rows.get(0).text(0)).isEqualTo("Mã cán bộ");
		assertThat(rows.get(0).text(4)).isEqualTo("Xếp loại");
		assertThat(rows.stream().skip(1).map(r -> r.number(0).longValueExact())).contains(oneOff, initiative)
			.hasSize(as("member.officer", () -> this.titles.list(unit, 2026)).rows().size());
		SheetRow oneOffRow = rows.stream()
			.skip(1)
			.filter(r -> r.number(0).longValueExact() == oneOff)
			.findFirst()
			.orElseThrow();
		assertThat(oneOffRow.text(4)).isEqualTo("Hoàn thành tốt nhiệm vụ");

		String before = classificationsOfTheUnit(unit);
		this.mvc
			.perform(multipart(base + "/classifications")
				.file(file(workbook(new Object[][] { { oneOff, "hoan thanh xuat sac nhiem vu" },
						{ 999_999_999L, "Hoàn thành tốt nhiệm vụ" }, { initiative, "Tốt" } })))
				.with(csrf())
				.with(as("member.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("chưa lưu gì: 2 lỗi"), containsString("Dòng 3"),
					containsString("Mã cán bộ “999999999” không có trong danh sách"), containsString("Dòng 4"),
					containsString("“Tốt” không phải xếp loại"))));
		assertThat(classificationsOfTheUnit(unit)).isEqualTo(before);

		this.mvc
			.perform(multipart(base + "/classifications")
				.file(file(workbook(new Object[][] { { oneOff, "hoan thanh xuat sac nhiem vu" }, { initiative, "" } })))
				.with(csrf())
				.with(as("member.officer")))
			.andExpect(redirectedUrl(base));
		YearlyTitleList list = as("member.officer", () -> this.titles.list(unit, 2026));
		assertThat(list.row(oneOff).classification()).isEqualTo(TaskClass.EXCELLENT);
		assertThat(list.row(oneOff).proposal().title()).isEqualTo(Title.CSTDCS);
		assertThat(list.row(initiative).classification()).isEqualTo(TaskClass.GOOD);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'AWARD_TITLE_CLASSIFIED' and actor = 'member.officer'
				  and object_label like '% — ' || :name""")
			.param("name", list.row(oneOff).name())
			.query(Long.class)
			.single()).isPositive();

		// staff read the list, not import into it; another unit's officer does not see it
		this.mvc
			.perform(multipart(base + "/classifications").file(file(workbook(new Object[][] { { oneOff, "GOOD" } })))
				.with(csrf())
				.with(as("staff")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(base + "/classifications.xlsx").with(as("head.commander")))
			.andExpect(status().isNotFound());
	}

	private String classificationsOfTheUnit(long unit) {
		return String.join(",", this.jdbc.sql("""
				select officer_id || ':' || coalesce(classification, '-') from award_title_officer_year
				where year = 2026 and officer_id in (select id from organization_officer_v where unit_id = :u)
				order by officer_id""").param("u", unit).query(String.class).list());
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "xep-loai.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

	private static byte[] workbook(Object[][] rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Xếp loại");
		String[] header = { "Mã cán bộ", "Họ và tên", "Cấp bậc", "Chức vụ", "Xếp loại" };
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
		}
		for (int r = 0; r < rows.length; r++) {
			sheet.value(r + 1, 0, (Long) rows[r][0]);
			if (!"".equals(rows[r][1])) {
				sheet.value(r + 1, 4, (String) rows[r][1]);
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return TestUsers.as(this.users, username);
	}

	private <T> T as(String username, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, username, action);
	}

}
