package vn.thidua.browser;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.organization.Officer;
import vn.thidua.organization.OfficerForm;
import vn.thidua.organization.OfficerService;
import vn.thidua.organization.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer pages in a real browser, as provincial staff and as a unit's officer. The
 * officers moved here are created by the test.
 */
class OfficerBrowserTests extends BrowserTestSupport {

	@Autowired
	OfficerService officers;

	@Autowired
	UnitRepository units;

	@Autowired
	UserDetailsService users;

	@Test
	void staffSearchesWithoutDiacriticsAndOpensAnOfficer() {
		login("staff");
		open("/officers");
		assertThat(this.page.locator("#officers-table tbody tr").count()).isEqualTo(20);
		this.page.fill("#q", "nguyen van hai");
		this.page.click("#officer-search-submit");
		this.page.waitForURL(Pattern.compile(".*q=nguyen.*"));
		assertThat(this.page.textContent("#officers-table")).contains("Nguyễn Văn Hải");
		screenshotEverywhere("officers-list");

		this.page.click("#officers-table >> text=Nguyễn Văn Hải");
		this.page.waitForURL(Pattern.compile(".*/officers/\\d+$"));
		assertThat(this.page.textContent("#officer-assignments")).contains("nay");
		screenshotEverywhere("officer-view");

		open("/officers?q=khong+ai+co+ten+nay");
		assertThat(this.page.textContent("#officers-empty")).contains("Không tìm thấy cán bộ phù hợp");
		screenshot("officers-empty-vi");

		open("/officers/new");
		screenshotEverywhere("officer-form");
	}

	@Test
	void staffMovesAnOfficerAfterARefusedDate() {
		Officer officer = TestUsers.runAs(this.users, "staff",
				() -> this.officers.create(new OfficerForm("Kiều Thị Trình Duyệt", "Thiếu tá", "Phó Trưởng phòng",
						unit("LS-PA04"), LocalDate.of(2021, 8, 1), null)));
		String path = "/officers/" + officer.getId() + "/move";
		String target = String.valueOf(unit("LS-PC02"));
		login("staff");
		screenshotStateEverywhere("officer-move-errors", path, () -> {
			this.page.selectOption("#unitId", target);
			this.page.fill("#from", "01/08/2021");
			this.page.click("#officer-move-submit");
			this.page.waitForLoadState(LoadState.LOAD);
			assertThat(this.page.locator("#from").getAttribute("class")).contains("is-invalid");
		});
		open(path);
		this.page.selectOption("#unitId", target);
		this.page.fill("#from", "01/08/2021");
		this.page.click("#officer-move-submit");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.textContent("#officer-move-form"))
			.contains("Ngày điều động phải sau ngày bắt đầu công tác tại đơn vị hiện tại.");

		this.page.fill("#from", "15/10/2026");
		this.page.fill("#position", "Phó Trưởng phòng");
		screenshot("officer-move-vi");
		this.page.click("#officer-move-submit");
		this.page.waitForURL(Pattern.compile(".*/officers/\\d+$"));
		assertThat(this.page.textContent("main"))
			.contains("Đã điều động cán bộ Kiều Thị Trình Duyệt đến Phòng Cảnh sát hình sự từ ngày 15/10/2026.");
		assertThat(this.page.textContent("#officer-assignments")).contains("14/10/2026", "15/10/2026",
				"Phòng An ninh kinh tế", "Phòng Cảnh sát hình sự");
		screenshot("officer-moved-vi");
	}

	@Test
	void unitOfficerSeesOnlyItsUnitAndCannotMoveAnyone() {
		login("member.officer");
		open("/officers");
		assertThat(this.page.textContent("#officers-table")).doesNotContain("Phòng Cảnh sát hình sự");
		screenshot("officers-list-member-vi");
		this.page.click("#officers-table tbody tr:first-child a");
		this.page.waitForURL(Pattern.compile(".*/officers/\\d+$"));
		assertThat(this.page.locator("#officer-edit").count()).isEqualTo(1);
		assertThat(this.page.locator("#officer-move").count()).isZero();
		screenshot("officer-view-member-vi");
	}

	/** The same state made again in each language and at phone width. */
	private void screenshotStateEverywhere(String name, String path, Runnable makeState) {
		open(path);
		makeState.run();
		screenshot(name + "-vi");
		open(path);
		switchLanguage("en");
		makeState.run();
		screenshot(name + "-en");
		open(path);
		switchLanguage("vi");
		int width = this.page.viewportSize().width;
		int height = this.page.viewportSize().height;
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		open(path);
		makeState.run();
		screenshot(name + "-phone");
		this.page.setViewportSize(width, height);
	}

	private long unit(String code) {
		return this.units.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

}
