package vn.thidua.organization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.Cookie;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing units from XLSX: every row's errors in the preview, nothing saved unless all
 * rows are valid and confirmed, and then all rows in one go.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitImportTests {

	private static final String[] HEADER = { "Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Loại đơn vị",
			"Mã đơn vị cấp trên", "Quân số", "Ngày bắt đầu hoạt động" };

	@Autowired
	UnitImportService imports;

	@Autowired
	UnitRepository repository;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditTrail audit;

	@Autowired
	MockMvc mvc;

	private static String unique() {
		return "I" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
	}

	/**
	 * An XLSX file with the template's header and the given rows; a {@code LocalDate} is
	 * written as a real Excel date, {@code null} as an empty cell, an empty array as a
	 * blank row.
	 */
	static byte[] xlsx(String[] header, Object[]... rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Đơn vị");
			for (int c = 0; c < header.length; c++) {
				sheet.value(0, c, header[c]);
			}
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof LocalDate date) {
						sheet.value(r + 1, c, date);
						sheet.style(r + 1, c).format("dd/mm/yyyy").set();
					}
					else if (value instanceof Number number) {
						sheet.value(r + 1, c, number);
					}
					else if (value != null) {
						sheet.value(r + 1, c, value.toString());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	static Object[] row(Object... cells) {
		return cells;
	}

	private UnitImportPreview previewAs(String username, byte[] content) {
		return TestUsers.runAs(this.users, username, () -> this.imports.preview("don-vi.xlsx", content));
	}

	private static List<org.assertj.core.groups.Tuple> errors(UnitImportPreview preview) {
		return preview.errors().stream().map(e -> tuple(e.row(), e.column(), e.messageKey())).toList();
	}

	private boolean exists(String code) {
		return this.repository.findByCodeIgnoreCase(code).isPresent();
	}

	@Test
	void previewReportsEveryRowsErrorsAndSavesNothing() {
		String t = unique();
		byte[] file = xlsx(HEADER,
				// row 2: a child listed before its parent (row 3)
				row(t + "-C1", "Đội Một " + t, "Đội 1", "Đội", t + "-P", 12, "15/08/2025"),
				row(t + "-P", "Phòng Thử " + t, "PT", "Phòng và tương đương", "LS", 1852, LocalDate.of(2025, 7, 1)),
				row(t + "-4", "", null, "Đội", "LS", 5, "01/01/2026"),
				row(t + "-5", "Đơn vị 5", null, "Trung đoàn", "LS", 5, "01/01/2026"),
				row(t + "-6", "Đơn vị 6", null, "Đội", "LS", "mười", "01/01/2026"),
				row(t + "-7", "Đơn vị 7", null, "Đội", "LS", -5, "01/01/2026"),
				row(t + "-8", "Đơn vị 8", null, "Đội", "LS", 5, "31/02/2025"),
				row((t + "-c1").toLowerCase(Locale.ROOT), "Trùng mã", null, "Đội", "LS", 5, "01/01/2026"),
				row("LS-PC02", "Đã có trong hệ thống", null, "DEPARTMENT", "LS", 5, "01/01/2026"),
				row(t + "-11", "Đơn vị 11", null, "Đội", "KHONGCO-" + t, 5, "01/01/2026"),
				row(t + "-12", "Đơn vị 12", null, "Công an xã, phường, đặc khu", "LS-H01", 5, "01/07/2025"),
				row(t + "-13", "Đơn vị 13", null, "COMMUNE_POLICE", "LS", 12.5, "01/07/2025"),
				row(t + "-14", "Đơn vị 14", null, "Công an huyện", "LS", 5, "1/7/2025"),
				row(t + "-15", "Đơn vị 15", null, "Đội", t + "-16", 5, "01/01/2026"),
				row(t + "-16", "Đơn vị 16", null, "đội", t + "-15", 5, "01/01/2026"), row(),
				row("có dấu", "Đơn vị 18", null, "Đội", null, "1.852", null));

		UnitImportPreview preview = previewAs("staff", file);

		assertThat(preview.valid()).isFalse();
		assertThat(preview.rows()).extracting(UnitImportRow::rowNumber)
			.containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18);
		assertThat(errors(preview)).containsExactly(tuple(4, UnitImportColumn.NAME, "unit.import.error.required"),
				tuple(5, UnitImportColumn.KIND, "unit.import.error.unknownKind"),
				tuple(6, UnitImportColumn.HEADCOUNT, "unit.import.error.notNumber"),
				tuple(7, UnitImportColumn.HEADCOUNT, "unit.import.error.negative"),
				tuple(8, UnitImportColumn.VALID_FROM, "unit.import.error.notDate"),
				tuple(9, UnitImportColumn.CODE, "unit.import.error.duplicateCode"),
				tuple(10, UnitImportColumn.CODE, "unit.import.error.codeExists"),
				tuple(11, UnitImportColumn.PARENT_CODE, "unit.import.error.parentUnknown"),
				tuple(12, UnitImportColumn.PARENT_CODE, "unit.import.error.parentClosed"),
				tuple(13, UnitImportColumn.HEADCOUNT, "unit.import.error.notNumber"),
				tuple(14, UnitImportColumn.KIND, "unit.import.error.kindAbolished"),
				tuple(15, UnitImportColumn.PARENT_CODE, "unit.import.error.cycle"),
				tuple(16, UnitImportColumn.PARENT_CODE, "unit.import.error.cycle"),
				tuple(18, UnitImportColumn.CODE, "unit.import.error.codeFormat"),
				tuple(18, UnitImportColumn.PARENT_CODE, "unit.import.error.parentRequired"),
				tuple(18, UnitImportColumn.VALID_FROM, "unit.import.error.required"));
		assertThat(preview.errors()).filteredOn(e -> e.row() == 9)
			.singleElement()
			.satisfies(e -> assertThat(e.arguments()).containsExactly((t + "-c1").toLowerCase(Locale.ROOT), "2"));

		// what was read from the valid rows: real Excel dates, text dates, numbers
		assertThat(preview.rows().get(0)).satisfies(r -> {
			assertThat(r.validFrom()).isEqualTo(LocalDate.of(2025, 8, 15));
			assertThat(r.kind()).isEqualTo(UnitKind.TEAM);
			assertThat(r.headcount()).isEqualTo(12);
		});
		assertThat(preview.rows().get(1)).satisfies(r -> {
			assertThat(r.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
			assertThat(r.kind()).isEqualTo(UnitKind.DEPARTMENT);
			assertThat(r.headcount()).isEqualTo(1852);
		});
		assertThat(preview.rows().get(12).validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(preview.rows().get(15).headcount()).as("1.852 written as text").isEqualTo(1852);
		assertThat(preview.rowsWithErrors()).isEqualTo(14);

		// nothing was saved, and saving refuses too
		assertThat(exists(t + "-P")).isFalse();
		assertThat(exists(t + "-C1")).isFalse();
		assertThatThrownBy(() -> TestUsers.runAs(this.users, "staff", () -> this.imports.save(preview.rows())))
			.isInstanceOf(UnitImportService.UnitImportRejectedException.class);
		assertThat(exists(t + "-P")).isFalse();
		assertThat(exists(t + "-C1")).isFalse();
	}

	@Test
	void aParentOutsideTheUsersScopeIsRefused() {
		Unit department = this.repository.findByCodeIgnoreCase("LS-PA04").orElseThrow();
		// staff whose organising unit is a department: the rest of the province is
		// outside
		CurrentUser departmentStaff = new CurrentUser(-42, "staff.pa04", "Cán bộ thi đua PA04", Role.PROVINCE_STAFF,
				department.getId(), department.getPath(), null, true, true, false);
		String t = unique();
		byte[] file = xlsx(HEADER, row(t + "-A", "Đội A", null, "Đội", "LS-PA04", 5, "01/01/2026"),
				row(t + "-B", "Đội B", null, "Đội", "LS-PC02", 5, "01/01/2026"),
				row(t + "-C", "Đội C", null, "Đội", "LS", 5, "01/01/2026"));
		var previous = SecurityContextHolder.getContext();
		try {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(departmentStaff, null,
					departmentStaff.getAuthorities()));
			SecurityContextHolder.setContext(context);
			UnitImportPreview preview = this.imports.preview("x.xlsx", file);
			assertThat(errors(preview)).containsExactly(
					tuple(3, UnitImportColumn.PARENT_CODE, "unit.import.error.parentOutOfScope"),
					tuple(4, UnitImportColumn.PARENT_CODE, "unit.import.error.parentOutOfScope"));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Test
	void filesThatAreNotTheTemplateAreRefusedAsAWhole() throws IOException {
		assertThat(fileErrors(new byte[0])).containsExactly("unit.import.error.emptyFile");
		assertThat(fileErrors("Mã đơn vị;Tên đơn vị\nA;B".getBytes(StandardCharsets.UTF_8)))
			.containsExactly("unit.import.error.notXlsx");
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0,
				0 };
		assertThat(fileErrors(ole2)).containsExactly("unit.import.error.oldExcel");
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("hello.txt"));
			out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(fileErrors(zip.toByteArray())).containsExactly("unit.import.error.unreadable");
		assertThat(fileErrors(xlsx(HEADER))).containsExactly("unit.import.error.noRows");
		String[] wrong = Arrays.copyOf(HEADER, HEADER.length);
		wrong[5] = "Số người";
		assertThat(fileErrors(xlsx(wrong, row("A", "B", null, "Đội", "LS", 1, "01/01/2026"))))
			.containsExactly("unit.import.error.header");
		// headers without diacritics or in English are fine
		String[] plain = Arrays.stream(HEADER).map(vn.thidua.shared.text.VietnameseText::fold).toArray(String[]::new);
		assertThat(previewAs("staff", xlsx(plain, row(unique(), "Đội", null, "Đội", "LS", 1, "01/01/2026"))).valid())
			.isTrue();
		String[] english = Arrays.stream(UnitImportColumn.values())
			.map(UnitImportColumn::englishHeader)
			.toArray(String[]::new);
		assertThat(previewAs("staff", xlsx(english, row(unique(), "Đội", null, "Team", "LS", 1, "01/01/2026"))).valid())
			.isTrue();
	}

	private List<String> fileErrors(byte[] content) {
		UnitImportPreview preview = previewAs("staff", content);
		assertThat(preview.rows()).isEmpty();
		return preview.fileErrors().stream().map(UnitImportError::messageKey).toList();
	}

	@Test
	void confirmingSavesAllRowsParentsBeforeChildren() {
		String t = unique();
		byte[] file = xlsx(HEADER, row(t + "-D1-A", "Tổ A " + t, null, "Đội", t + "-D1", 4, "01/01/2026"),
				row(t + "-D1", "Đội 1 " + t, null, "Đội", t, 12, "01/01/2026"),
				row(t, "Phòng Nhập " + t, "PN", "Phòng và tương đương", "LS", 40, LocalDate.of(2026, 1, 1)),
				row(t + "-D2", "Đội 2 " + t, null, "Đội", t, 9, "01/01/2026"));
		UnitImportPreview preview = previewAs("staff", file);
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.valid()).isTrue();

		List<Unit> saved = TestUsers.runAs(this.users, "staff", () -> this.imports.save(preview.rows()));
		assertThat(saved).extracting(Unit::getCode).startsWith(t).hasSize(4);
		Unit department = this.repository.findByCodeIgnoreCase(t).orElseThrow();
		Unit team = this.repository.findByCodeIgnoreCase(t + "-D1").orElseThrow();
		Unit group = this.repository.findByCodeIgnoreCase(t + "-D1-A").orElseThrow();
		Unit province = this.repository.findByCodeIgnoreCase("LS").orElseThrow();
		assertThat(department.getPath()).isEqualTo(province.getPath() + department.getId() + "/");
		assertThat(team.getPath()).isEqualTo(department.getPath() + team.getId() + "/");
		assertThat(group.getPath()).isEqualTo(team.getPath() + group.getId() + "/");
		assertThat(group.getDepth()).isEqualTo(3);
		assertThat(department.getHeadcount()).isEqualTo(40);
		assertThat(department.getShortName()).isEqualTo("PN");
		assertThat(this.audit.historyOf("UNIT", group.getId())).extracting(AuditTrail.Entry::action)
			.containsExactly("UNIT_CREATED");

		// importing the same file again: every code is now taken
		assertThat(errors(previewAs("staff", file))).extracting(tuple -> tuple.toList().get(2))
			.containsOnly("unit.import.error.codeExists");
	}

	@Test
	void confirmingChecksAgainAndSavesNothingWhenTheDataChanged() {
		String t = unique();
		byte[] file = xlsx(HEADER, row(t + "-1", "Đội 1 " + t, null, "Đội", "LS-PC02", 5, "01/01/2026"),
				row(t + "-2", "Đội 2 " + t, null, "Đội", "LS-PC02", 5, "01/01/2026"));
		UnitImportPreview preview = previewAs("staff", file);
		assertThat(preview.valid()).isTrue();
		// meanwhile someone creates a unit with the second row's code
		TestUsers
			.runAs(this.users, "staff",
					() -> this.imports.save(previewAs("staff",
							xlsx(HEADER, row(t + "-2", "Đội khác " + t, null, "Đội", "LS-PC08", 5, "01/01/2026")))
						.rows()));
		assertThatThrownBy(() -> TestUsers.runAs(this.users, "staff", () -> this.imports.save(preview.rows())))
			.isInstanceOfSatisfying(UnitImportService.UnitImportRejectedException.class,
					ex -> assertThat(ex.errors()).extracting(UnitImportError::row, UnitImportError::messageKey)
						.containsExactly(tuple(3, "unit.import.error.codeExists")));
		assertThat(exists(t + "-1")).isFalse();
	}

	@Test
	void theTemplateHasTheVietnameseHeaderTheKindsAndExamplesThatPass() throws IOException {
		byte[] template = TestUsers.runAs(this.users, "staff", () -> this.imports.template());
		// kept for looking at in a spreadsheet program
		java.nio.file.Files.write(java.nio.file.Path.of("target", "mau-nhap-don-vi.xlsx"), template);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			var sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName)
				.containsExactly("Đơn vị", "Loại đơn vị");
			List<Row> rows = sheets.get(0).read();
			assertThat(rows.get(0).stream().map(c -> c.getText()).toList()).containsExactly(HEADER);
			assertThat(rows.get(1).getCellText(4)).isEqualTo("LS");
			List<String> kinds = new ArrayList<>();
			for (Row row : sheets.get(1).read()) {
				kinds.add(row.getCellText(1));
			}
			assertThat(kinds).contains("MINISTRY", "PROVINCIAL_POLICE", "DEPARTMENT", "DISTRICT_POLICE",
					"COMMUNE_POLICE", "TEAM");
		}
		UnitImportPreview preview = previewAs("staff", template);
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.rows()).extracting(UnitImportRow::code, UnitImportRow::kind, UnitImportRow::validFrom)
			.containsExactly(tuple("LS-PC99", UnitKind.DEPARTMENT, LocalDate.of(2025, 7, 1)),
					tuple("LS-PC99-D1", UnitKind.TEAM, LocalDate.of(2025, 8, 15)));
	}

	@Test
	void thePagesUploadPreviewAndConfirm() throws Exception {
		var staff = TestUsers.as(this.users, "staff");
		// the session lives in the database (Spring Session): carry its cookie along
		var start = this.mvc.perform(get("/units/import").with(staff)).andExpect(status().isOk()).andReturn();
		assertThat(start.getResponse().getContentAsString()).contains("Nhập đơn vị từ tệp Excel", "Tải tệp mẫu");
		Cookie session = start.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		var template = this.mvc.perform(get("/units/import/template.xlsx").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(template.getContentType()).startsWith("application/vnd.openxmlformats");
		assertThat(template.getHeader("Content-Disposition")).contains("attachment", ".xlsx");

		// a file with errors: the preview lists them in Vietnamese, confirming saves
		// nothing
		String t = unique();
		byte[] bad = xlsx(HEADER, row(t + "-1", "Đội 1 " + t, null, "Đội", "LS", "abc", "01/01/2026"),
				row(t + "-2", "Đội 2 " + t, null, "Đội", "LS", 5, "01/01/2026"));
		String location = this.mvc
			.perform(multipart("/units/import").file(new MockMultipartFile("file", "loi.xlsx", null, bad))
				.with(staff)
				.with(csrf())
				.cookie(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/units/import/");
		String html = this.mvc.perform(get(location).with(staff).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String text = org.jsoup.Jsoup.parse(html).text();
		assertThat(text).contains("Quân số (cột F):", "Quân số \"abc\" không phải là số nguyên.", "loi.xlsx",
				"2 dòng, trong đó 1 dòng có lỗi (1 lỗi)");
		assertThat(html).doesNotContain("id=\"unit-import-confirm\"");
		String english = this.mvc
			.perform(get(location).with(staff).cookie(session).cookie(new Cookie("thidua-lang", "en")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(english).text()).contains("Headcount (column F):",
				"The headcount \"abc\" is not a whole number.");
		String rejected = this.mvc.perform(post(location).with(staff).with(csrf()).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rejected).contains("id=\"unit-import-rejected\"");
		assertThat(exists(t + "-2")).isFalse();

		// a valid file: confirmed, saved, and the token is spent
		byte[] good = xlsx(HEADER, row(t + "-3", "Đội 3 " + t, null, "Đội", "LS-PC02", 5, "01/01/2026"));
		String goodLocation = this.mvc
			.perform(multipart("/units/import").file(new MockMultipartFile("file", "dung.xlsx", null, good))
				.with(staff)
				.with(csrf())
				.cookie(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(this.mvc.perform(get(goodLocation).with(staff).cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"unit-import-confirm\"", "Tất cả 1 dòng đều hợp lệ");
		this.mvc.perform(post(goodLocation).with(staff).with(csrf()).cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/units"));
		assertThat(exists(t + "-3")).isTrue();
		this.mvc.perform(post(goodLocation).with(staff).with(csrf()).cookie(session))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/units/import"));

		// a file that is not XLSX: the upload page says why
		String notXlsx = this.mvc
			.perform(multipart("/units/import")
				.file(new MockMultipartFile("file", "don-vi.csv", "text/csv", "a;b".getBytes(StandardCharsets.UTF_8)))
				.with(staff)
				.with(csrf())
				.cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(notXlsx).text()).contains("Không thể đọc tệp \"don-vi.csv\"",
				"Tệp không phải là tệp Excel .xlsx.");
	}

	@Test
	void onlyStaffAndAdministratorsMayImport() throws Exception {
		byte[] file = xlsx(HEADER, row(unique(), "Đội", null, "Đội", "LS-PA04", 5, "01/01/2026"));
		for (String username : List.of("leader", "member.commander", "member.officer")) {
			var user = TestUsers.as(this.users, username);
			this.mvc
				.perform(multipart("/units/import").file(new MockMultipartFile("file", "a.xlsx", null, file))
					.with(user)
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/units/import/some-token").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(post("/units/import/some-token").with(user).with(csrf()))
				.andExpect(status().isForbidden());
			assertThatThrownBy(() -> previewAs(username, file))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		}
		assertThat(previewAs("admin", file).valid()).isTrue();
	}

}
