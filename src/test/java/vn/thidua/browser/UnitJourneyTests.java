package vn.thidua.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.FilePayload;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit pages in a real browser: the tree, the search, a unit's page, the forms with
 * their validation messages, and the import preview, as provincial staff; and the tree of
 * a unit-level user.
 */
class UnitJourneyTests extends BrowserTestSupport {

	private static final String[] HEADER = { "Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Loại đơn vị",
			"Mã đơn vị cấp trên", "Quân số", "Ngày bắt đầu hoạt động" };

	@Test
	void staffBrowsesSearchesCreatesEditsClosesAndImportsUnits() {
		login("staff");
		this.page.onDialog(dialog -> dialog.accept());

		// the tree of the province, closed units hidden
		open("/units");
		assertThat(this.page.locator("#unit-tree").textContent()).contains("Công an tỉnh Lâm Sơn",
				"Phòng Cảnh sát hình sự");
		assertThat(this.page.locator("#unit-tree").textContent()).doesNotContain("Công an huyện Yên Lạc");
		screenshotEverywhere("units-tree");
		this.page.click("#status-all");
		this.page.waitForURL(Pattern.compile(".*status=all.*"));
		assertThat(this.page.locator("#unit-tree").textContent()).contains("Công an huyện Yên Lạc");
		screenshot("units-tree-with-closed-vi");

		// search without diacritics
		open("/units");
		this.page.fill("#q", "yen lac");
		this.page.click("#unit-search-submit");
		this.page.waitForSelector("#unit-results");
		assertThat(this.page.locator("#unit-results").textContent()).contains("Công an xã Yên Lạc");
		screenshot("units-search-vi");

		// a unit's page
		this.page.click("text=Công an xã Yên Lạc");
		this.page.waitForSelector("#unit-view");
		assertThat(this.page.locator("#unit-name").textContent()).isEqualTo("Công an xã Yên Lạc");
		assertThat(this.page.locator("#unit-clusters").textContent()).contains("Cụm Công an xã, phường");
		screenshotEverywhere("unit-view");

		// the create form, first with errors
		open("/units");
		this.page.click("#unit-new");
		this.page.waitForSelector("#unit-form");
		String code = "B-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		submitWithErrors(code);
		assertThat(this.page.locator("#unit-form-errors").isVisible()).isTrue();
		assertThat(this.page.locator("#name + .invalid-feedback, #name ~ .invalid-feedback").textContent())
			.contains("Không được để trống");
		assertThat(this.page.locator("#validFrom ~ .invalid-feedback").textContent()).contains("Ngày không hợp lệ");
		screenshotFormEverywhere("unit-form-errors", code);

		// corrected: saved, and the unit's page says so
		this.page.fill("#name", "Đội Thử nghiệm giao diện");
		this.page.fill("#validFrom", "01/03/2026");
		this.page.fill("#headcount", "1852");
		this.page.click("#unit-save");
		this.page.waitForSelector("#unit-view");
		assertThat(this.page.locator(".alert-success").textContent())
			.contains("Đã thêm đơn vị \"Đội Thử nghiệm giao diện\".");
		assertThat(this.page.locator("#unit-headcount").textContent()).isEqualTo("1.852");
		screenshot("unit-created-vi");

		// edit
		this.page.click("#unit-edit");
		this.page.waitForSelector("#unit-form");
		this.page.fill("#name", "Đội Thử nghiệm giao diện (đã sửa)");
		this.page.fill("#headcount", "20");
		this.page.click("#unit-save");
		this.page.waitForSelector("#unit-view");
		assertThat(this.page.locator("#unit-name").textContent()).isEqualTo("Đội Thử nghiệm giao diện (đã sửa)");
		assertThat(this.page.locator("#history").textContent()).contains("Sửa thông tin đơn vị");
		screenshot("unit-edited-vi");

		// close, with the reason left out first
		this.page.click("#unit-close");
		this.page.waitForSelector("#unit-close-form");
		this.page.fill("#validTo", "31/12/2026");
		this.page.click("#unit-close-submit");
		this.page.waitForSelector("#reason.is-invalid");
		screenshot("unit-close-errors-vi");
		this.page.fill("#reason", "Sáp nhập vào Đội Trọng án");
		this.page.click("#unit-close-submit");
		this.page.waitForSelector("#unit-view");
		assertThat(this.page.locator("#unit-closing-note").textContent()).isEqualTo("Sáp nhập vào Đội Trọng án");
		screenshot("unit-closed-vi");

		// import: a file over the size limit is stopped before it is sent
		open("/units/import");
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		this.page.setInputFiles("#file", new FilePayload("qua-lon.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", tooLarge));
		assertThat(this.page.locator("#file-name").textContent()).isEqualTo("qua-lon.xlsx");
		this.page.click("#unit-import-submit");
		assertThat(this.page.locator("#file-too-large").isVisible()).isTrue();
		assertThat(this.page.url()).endsWith("/units/import");
		screenshot("units-import-too-large-vi");

		// import: a file with good and bad rows
		open("/units/import");
		screenshot("units-import-vi");
		String t = "BI" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
		byte[] file = xlsx(row(t + "-D1", "Đội 1 " + t, "Đội 1", "Đội", t, 12, "15/08/2025"),
				row(t, "Phòng Nhập thử " + t, "PNT", "Phòng và tương đương", "LS", 40, LocalDate.of(2025, 7, 1)),
				row(t + "-X", "", null, "Trung đoàn", "LS", "mười", "31/02/2025"),
				row("LS-PC02", "Phòng trùng mã", null, "Đội", "KHONGCO", -3, "01/01/2026"));
		this.page.setInputFiles("#file", new FilePayload("don-vi-moi.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
		this.page.click("#unit-import-submit");
		this.page.waitForSelector("#unit-import-preview");
		assertThat(this.page.locator("#unit-import-invalid").textContent()).contains("4 dòng", "2 dòng có lỗi");
		assertThat(this.page.locator("#import-row-4").textContent()).contains("Không được để trống",
				"Loại đơn vị \"Trung đoàn\" không có trong danh mục", "Quân số \"mười\" không phải là số nguyên",
				"Ngày \"31/02/2025\" không hợp lệ");
		assertThat(this.page.locator("#import-row-5").textContent()).contains("đã được dùng",
				"Không tìm thấy đơn vị cấp trên", "không được là số âm");
		assertThat(this.page.locator("#unit-import-confirm").count()).isZero();
		screenshotEverywhere("units-import-preview");
	}

	@Test
	void everyUnitPageFitsAPhone() {
		usePhone();
		login("staff");
		for (String path : new String[] { "/units", "/units?q=cong%20an", "/units/new", "/units/import" }) {
			open(path);
			assertFitsThePhone();
		}
		open("/units");
		this.page.click("#unit-tree a.units-node-name");
		this.page.waitForSelector("#unit-view");
		assertFitsThePhone();
		this.page.click("#unit-close");
		this.page.waitForSelector("#unit-close-form");
		assertFitsThePhone();
		screenshot("unit-close-phone");
		open("/units/import");
		screenshot("units-import-phone");
	}

	@Test
	void aUnitOfficerSeesOnlyTheirOwnUnit() {
		login("member.officer");
		open("/units");
		assertThat(this.page.locator("#unit-tree .units-node").count()).isEqualTo(1);
		assertThat(this.page.locator("#unit-tree").textContent()).contains("Phòng An ninh kinh tế")
			.doesNotContain("Công an tỉnh Lâm Sơn");
		assertThat(this.page.locator("#unit-new").count()).isZero();
		assertThat(this.page.locator("#unit-import").count()).isZero();
		screenshot("units-tree-member-officer-vi");
		this.page.click("text=Phòng An ninh kinh tế");
		this.page.waitForSelector("#unit-view");
		assertThat(this.page.locator("#unit-edit").count()).isZero();
		screenshot("unit-view-member-officer-vi");
	}

	/** On a phone, nothing sticks out sideways (wide tables scroll inside their box). */
	private void assertFitsThePhone() {
		Object overflow = this.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + this.page.url())
			.isLessThanOrEqualTo(0);
	}

	private void submitWithErrors(String code) {
		this.page.fill("#code", code);
		this.page.fill("#name", "");
		this.page.selectOption("#kind", "TEAM");
		this.page.selectOption("#parentId",
				new com.microsoft.playwright.options.SelectOption().setLabel("— Phòng Cảnh sát hình sự (LS-PC02)"));
		this.page.fill("#headcount", "12");
		this.page.fill("#validFrom", "31/02/2026");
		this.page.click("#unit-save");
		this.page.waitForSelector("#unit-form-errors");
	}

	/**
	 * A form with errors is the answer to a POST, which reloading cannot show again:
	 * submit it again in English and on a phone.
	 */
	private void screenshotFormEverywhere(String name, String code) {
		screenshot(name + "-vi");
		open("/units/new?lang=en");
		submitWithErrors(code);
		screenshot(name + "-en");
		open("/units/new?lang=vi");
		int width = this.page.viewportSize().width;
		int height = this.page.viewportSize().height;
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		submitWithErrors(code);
		screenshot(name + "-phone");
		assertFitsThePhone();
		this.page.setViewportSize(width, height);
	}

	private static Object[] row(Object... cells) {
		return cells;
	}

	private static byte[] xlsx(Object[]... rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Đơn vị");
			for (int c = 0; c < HEADER.length; c++) {
				sheet.value(0, c, HEADER[c]);
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

}
