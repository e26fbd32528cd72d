package vn.thidua.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.organization.ClusterForm;
import vn.thidua.organization.ClusterService;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster pages in a real browser, as provincial staff and as a member unit's
 * officer. Clusters created here live in 2060-2069.
 */
class ClusterBrowserTests extends BrowserTestSupport {

	@Autowired
	ClusterService clusters;

	@Autowired
	UnitRepository units;

	@Autowired
	UserDetailsService users;

	@Test
	void staffBrowsesTheClustersOfTheYearAndAClusterPage() {
		login("staff");
		open("/clusters?year=2026");
		assertThat(this.page.locator("#clusters-table tbody tr").count()).isEqualTo(4);
		screenshotEverywhere("clusters-list");

		this.page.click("#clusters-table >> text=Khối An ninh");
		this.page.waitForURL(Pattern.compile(".*/clusters/\\d+$"));
		assertThat(this.page.locator("#cluster-head").textContent()).contains("Phòng An ninh chính trị nội bộ");
		assertThat(this.page.locator("#cluster-deputy").textContent()).contains("Phòng An ninh điều tra");
		assertThat(this.page.locator("#cluster-members tbody tr").count()).isEqualTo(7);
		screenshotEverywhere("cluster-view");

		open("/clusters?year=2099");
		assertThat(this.page.locator("#clusters-empty").textContent())
			.contains("Năm 2099 chưa có cụm, khối thi đua nào.");
		screenshotEverywhere("clusters-empty");
	}

	@Test
	void staffGetsTheVietnameseErrorWhenHeadAndDeputyAreTheSameUnit() {
		long id = cluster("Khối An ninh", 2026).getId();
		String pa03 = String.valueOf(unit("LS-PA03"));
		login("staff");
		String path = "/clusters/" + id + "/edit";
		screenshotStateEverywhere("cluster-form-errors", path, () -> {
			this.page.selectOption("#headUnitId", pa03);
			this.page.selectOption("#deputyUnitId", pa03);
			this.page.click("#cluster-save");
			this.page.waitForLoadState(LoadState.LOAD);
			assertThat(this.page.locator("#deputyUnitId").getAttribute("class")).contains("is-invalid");
		});
		open(path);
		this.page.selectOption("#headUnitId", pa03);
		this.page.selectOption("#deputyUnitId", pa03);
		this.page.click("#cluster-save");
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.locator("#cluster-form-errors").isVisible()).isTrue();
		assertThat(this.page.textContent("#cluster-form"))
			.contains("Cụm (Khối) trưởng và Cụm (Khối) phó phải là hai đơn vị khác nhau.");
		// nothing changed
		assertThat(cluster("Khối An ninh", 2026).getDeputyUnit().getCode()).isEqualTo("LS-PA09");
	}

	@Test
	void staffFiltersTheMemberUnitsWithoutDiacriticsAndFormsACluster() {
		login("staff");
		open("/clusters/new?year=2060");
		screenshot("cluster-new-vi");
		this.page.fill("#member-filter", "yen lac");
		assertThat(this.page.locator(".cluster-member:visible").count()).isEqualTo(1);
		assertThat(this.page.locator(".cluster-member:visible").textContent()).contains("Công an xã Yên Lạc");
		screenshot("cluster-form-filter-vi");
		this.page.check(".cluster-member:visible input");
		this.page.fill("#member-filter", "an ninh");
		this.page.check("label:has-text('Phòng An ninh kinh tế') >> xpath=.. >> input");
		this.page.fill("#member-filter", "");
		assertThat(this.page.textContent("#member-count")).isEqualTo("2");
		// only chosen members are offered as head and deputy
		assertThat(this.page.locator("#headUnitId option:not([hidden])").count()).isEqualTo(3);
		this.page.fill("#name", "Khối thử trình duyệt 2060");
		this.page.selectOption("#headUnitId", String.valueOf(unit("LS-PA04")));
		this.page.click("#cluster-save");
		this.page.waitForURL(Pattern.compile(".*/clusters/\\d+$"));
		assertThat(this.page.textContent("main")).contains("Đã thành lập \"Khối thử trình duyệt 2060\" năm 2060.");
		screenshot("cluster-created-vi");
	}

	@Test
	void staffCopiesAYearThroughTheDialogAndSeesTheRefusal() {
		TestUsers.runAs(this.users, "staff", () -> this.clusters.create(new ClusterForm("Khối sao chép 2061", 2061,
				null, null, List.of(unit("LS-PA05"), unit("LS-PA06")), unit("LS-PA05"), unit("LS-PA06"), null)));
		login("staff");
		this.page.onDialog(dialog -> dialog.accept());

		// a refused copy: 2025 onto 2026, which has clusters
		open("/clusters?year=2025");
		this.page.click("#cluster-copy-open");
		waitForCopyDialog();
		screenshot("cluster-copy-dialog-vi");
		this.page.click("#copy-submit");
		waitForCopyDialog();
		assertThat(this.page.textContent("#copy-errors"))
			.contains("Năm 2026 đã có cụm, khối thi đua; không thể sao chép chồng lên.");
		screenshot("cluster-copy-errors-vi");
		usePhoneAndLogin("staff");
		this.page.onDialog(dialog -> dialog.accept());
		open("/clusters?year=2025");
		this.page.click("#cluster-copy-open");
		waitForCopyDialog();
		this.page.click("#copy-submit");
		waitForCopyDialog();
		screenshot("cluster-copy-errors-phone");

		// a copy that goes through
		useViewport(1366, 900);
		login("staff");
		this.page.onDialog(dialog -> dialog.accept());
		switchLanguage("en");
		open("/clusters?year=2061");
		this.page.click("#cluster-copy-open");
		waitForCopyDialog();
		screenshot("cluster-copy-dialog-en");
		this.page.click("#copy-submit");
		this.page.waitForURL(Pattern.compile(".*/clusters\\?year=2062$"));
		assertThat(this.page.textContent("main")).contains("Clusters copied from 2061 to 2062: 1.");
		assertThat(this.page.locator("#clusters-table tbody tr").count()).isEqualTo(1);
		screenshot("clusters-copied-en");
		switchLanguage("vi");
	}

	@Test
	void memberOfficerSeesOnlyItsClusterAndNoStaffButtons() {
		login("member.officer");
		open("/clusters?year=2026");
		assertThat(this.page.locator("#clusters-table tbody tr").count()).isEqualTo(1);
		assertThat(this.page.textContent("#clusters-table")).contains("Khối An ninh").doesNotContain("Khối Cảnh sát");
		assertThat(this.page.locator("#cluster-new").count()).isZero();
		screenshotEverywhere("clusters-list-member");
		this.page.click("#clusters-table >> text=Khối An ninh");
		this.page.waitForURL(Pattern.compile(".*/clusters/\\d+$"));
		assertThat(this.page.locator("#cluster-edit").count()).isZero();
		assertThat(this.page.textContent("#cluster-members")).contains("Đơn vị của bạn");
		screenshot("cluster-view-member-vi");
		open("/clusters?year=2030");
		assertThat(this.page.textContent("#clusters-empty"))
			.contains("Đơn vị của bạn không thuộc cụm, khối thi đua nào trong năm 2030.");
		screenshot("clusters-empty-member-vi");
		open("/clusters/" + cluster("Khối Cảnh sát", 2026).getId());
		assertThat(this.page.textContent("main")).contains("Không tìm thấy");
	}

	/**
	 * Like {@link #screenshotEverywhere}, for a state a reload would lose (a refused
	 * form): the state is made again in each language and at phone width.
	 */
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

	/** Waits until the copy dialog has finished appearing, for a clean screenshot. */
	private void waitForCopyDialog() {
		this.page.waitForFunction("() => { const m = document.querySelector('#copy-modal.show');"
				+ " return m !== null && getComputedStyle(m).opacity === '1'"
				+ " && getComputedStyle(m.querySelector('.modal-dialog')).transform === 'none'; }");
	}

	private void usePhoneAndLogin(String user) {
		usePhone();
		login(user);
	}

	private EmulationCluster cluster(String name, int year) {
		return TestUsers.runAs(this.users, "admin",
				() -> this.clusters.listYear(year)
					.stream()
					.filter(c -> c.getName().equals(name))
					.findFirst()
					.orElseThrow());
	}

	private long unit(String code) {
		return this.units.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

}
