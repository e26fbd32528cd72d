package vn.thidua.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.TestUsers;
import vn.thidua.shared.db.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit pages through the real security configuration: what each role sees and may do,
 * the forms' validation messages, and the number of queries a page costs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitRepository unitRepository;

	@Autowired
	UnitService unitService;

	private long id(String code) {
		return this.unitRepository.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

	private String page(String username, String path, String... params) throws Exception {
		var request = get(path).with(TestUsers.as(this.users, username));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString();
	}

	@Test
	void staffSeesTheWholeProvinceTreeWithClosedUnitsHiddenUntilAsked() throws Exception {
		String html = page("staff", "/units");
		assertThat(html).contains("Công an tỉnh Lâm Sơn", "Phòng Cảnh sát hình sự", "Đội Trọng án",
				"Công an xã Yên Lạc");
		assertThat(html).doesNotContain("Công an huyện Yên Lạc");
		assertThat(html).contains("đơn vị đã kết thúc đang được ẩn");

		String all = page("staff", "/units?status=all");
		assertThat(all).contains("Công an huyện Yên Lạc", "Đã kết thúc 28/02/2025");
	}

	@Test
	void searchIgnoresDiacritics() throws Exception {
		String html = page("staff", "/units", "q", "yen lac");
		assertThat(html).contains("Công an xã Yên Lạc", "Tìm thấy 1 đơn vị").doesNotContain("Công an huyện Yên Lạc");
		assertThat(page("staff", "/units", "q", "YÊN lạc", "status", "all")).contains("Công an huyện Yên Lạc",
				"Công an xã Yên Lạc", "Tìm thấy 2 đơn vị");
		assertThat(page("staff", "/units?kind=TEAM")).contains("Đội Trọng án").doesNotContain("Công an xã Yên Lạc");
	}

	@Test
	void unitLevelUsersSeeOnlyTheirOwnUnit() throws Exception {
		String html = page("member.officer", "/units");
		assertThat(html).contains("Phòng An ninh kinh tế")
			.doesNotContain("Phòng Cảnh sát hình sự")
			.doesNotContain("Công an xã Yên Lạc")
			.doesNotContain("id=\"unit-new\"");
		assertThat(page("member.officer", "/units?q=phong")).contains("Phòng An ninh kinh tế")
			.doesNotContain("Phòng Cảnh sát hình sự");
	}

	@Test
	void unitsOutsideTheScopeAnswerNotFound() throws Exception {
		long other = id("LS-PC02");
		long own = id("LS-PA04");
		var officer = TestUsers.as(this.users, "member.officer");
		this.mvc.perform(get("/units/" + other).with(officer)).andExpect(status().isNotFound());
		this.mvc.perform(get("/units/" + other + "/edit").with(officer)).andExpect(status().isNotFound());
		this.mvc.perform(get("/units/" + other + "/close").with(officer)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/units/" + other + "/close").with(officer)
				.with(csrf())
				.param("validTo", "01/01/2026")
				.param("reason", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/units/new?parentId=" + other).with(officer)).andExpect(status().isForbidden());
		this.mvc.perform(get("/units/" + own).with(officer)).andExpect(status().isOk());
		this.mvc.perform(get("/units/999999999").with(TestUsers.as(this.users, "admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyStaffAndAdministratorsMayChangeUnits() throws Exception {
		long own = id("LS-PA04");
		for (String username : new String[] { "member.officer", "member.commander", "leader" }) {
			var user = TestUsers.as(this.users, username);
			this.mvc.perform(get("/units/" + own + "/edit").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(get("/units/" + own + "/close").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(get("/units/new").with(user)).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/units").with(user)
					.with(csrf())
					.param("code", "X-" + username)
					.param("name", "Đơn vị thử")
					.param("kind", "TEAM")
					.param("parentId", String.valueOf(own))
					.param("headcount", "1")
					.param("validFrom", "01/01/2026"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/units/" + own + "/close").with(user)
					.with(csrf())
					.param("validTo", "01/01/2026")
					.param("reason", "x"))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/units/import").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(get("/units/import/template.xlsx").with(user)).andExpect(status().isForbidden());
			String html = page(username, "/units/" + own);
			assertThat(html).doesNotContain("id=\"unit-edit\"").doesNotContain("id=\"unit-close\"");
		}
		String staffView = page("staff", "/units/" + own);
		assertThat(staffView).contains("id=\"unit-edit\"", "id=\"unit-close\"", "id=\"unit-add-child\"");
	}

	@Test
	void unitPageShowsDetailsChildrenClustersOfficersAndHistory() throws Exception {
		String html = page("staff", "/units/" + id("LS-PA03"));
		assertThat(html).contains("Phòng An ninh chính trị nội bộ", "LS-PA03", "Công an tỉnh Lâm Sơn", "Khối An ninh",
				"Cụm trưởng", "2026", "2025", "Lịch sử thay đổi", "Tạo đơn vị");
		assertThat(html).contains("id=\"unit-officers\">4<");
		String province = page("staff", "/units/" + id("LS"));
		assertThat(province).contains("id=\"unit-headcount\">3.200<", "Phòng Cảnh sát hình sự", "Công an huyện Yên Lạc",
				"Đã kết thúc 28/02/2025");
		String district = page("staff", "/units/" + id("LS-H01"));
		assertThat(district).contains("Kết thúc hoạt động theo chủ trương", "Từ 01/01/2010 đến 28/02/2025");
	}

	@Test
	void formShowsVietnameseValidationMessagesOnEachField() throws Exception {
		String html = this.mvc
			.perform(post("/units").with(TestUsers.as(this.users, "staff"))
				.with(csrf())
				.param("code", "có dấu")
				.param("name", "")
				.param("kind", "")
				.param("parentId", String.valueOf(id("LS")))
				.param("headcount", "-3")
				.param("validFrom", "31/02/2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Vui lòng sửa các lỗi", "Mã đơn vị chỉ gồm chữ cái không dấu", "Không được để trống.",
				"Không được là số âm.", "Ngày không hợp lệ (định dạng dd/MM/yyyy).");
		var document = org.jsoup.Jsoup.parse(html);
		assertThat(document.select("#code").val()).isEqualTo("có dấu");
		assertThat(document.select("#validFrom").val()).isEqualTo("31/02/2026");
		assertThat(document.select(".is-invalid").eachAttr("id")).contains("code", "name", "kind", "headcount",
				"validFrom");

		String taken = this.mvc
			.perform(post("/units").with(TestUsers.as(this.users, "staff"))
				.with(csrf())
				.param("code", "ls-pc02")
				.param("name", "Phòng trùng mã")
				.param("kind", "DEPARTMENT")
				.param("parentId", String.valueOf(id("LS")))
				.param("headcount", "10")
				.param("validFrom", "01/01/2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(taken).text()).contains("Mã đơn vị \"ls-pc02\" đã được dùng cho đơn vị khác.");
	}

	@Test
	void staffCreatesEditsAndClosesAUnitThroughTheForms() throws Exception {
		String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
		var staff = TestUsers.as(this.users, "staff");
		String form = page("staff", "/units/new?parentId=" + id("LS-PC02"));
		assertThat(form).contains("Thêm đơn vị", "dd/mm/yyyy");
		String location = this.mvc
			.perform(post("/units").with(staff)
				.with(csrf())
				.param("code", code)
				.param("name", "Đội Kiểm tra biểu mẫu")
				.param("shortName", "")
				.param("kind", "TEAM")
				.param("parentId", String.valueOf(id("LS-PC02")))
				.param("headcount", "1852")
				.param("validFrom", "01/03/2026"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Unit unit = this.unitRepository.findByCodeIgnoreCase(code).orElseThrow();
		assertThat(location).isEqualTo("/units/" + unit.getId());
		assertThat(unit.getPath()).endsWith("/" + id("LS-PC02") + "/" + unit.getId() + "/");

		String edit = page("staff", "/units/" + unit.getId() + "/edit");
		assertThat(edit).contains("value=\"" + code + "\"", "value=\"01/03/2026\"", "name=\"version\"");

		this.mvc
			.perform(post("/units/" + unit.getId()).with(staff)
				.with(csrf())
				.param("code", code)
				.param("name", "Đội Kiểm tra biểu mẫu (đã sửa)")
				.param("kind", "TEAM")
				.param("headcount", "20")
				.param("validFrom", "01/03/2026")
				.param("version", String.valueOf(unit.getVersion())))
			.andExpect(status().is3xxRedirection());
		// the same, stale version again: someone else changed it meanwhile
		this.mvc
			.perform(post("/units/" + unit.getId()).with(staff)
				.with(csrf())
				.param("code", code)
				.param("name", "Đội Kiểm tra biểu mẫu (lần hai)")
				.param("kind", "TEAM")
				.param("headcount", "20")
				.param("validFrom", "01/03/2026")
				.param("version", String.valueOf(unit.getVersion())))
			.andExpect(status().isConflict());

		String noReason = this.mvc
			.perform(post("/units/" + unit.getId() + "/close").with(staff)
				.with(csrf())
				.param("validTo", "01/02/2026")
				.param("reason", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(noReason).contains("Không được để trống.");
		String beforeStart = this.mvc
			.perform(post("/units/" + unit.getId() + "/close").with(staff)
				.with(csrf())
				.param("validTo", "01/02/2026")
				.param("reason", "Sáp nhập"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(beforeStart).contains("Ngày kết thúc không được trước ngày bắt đầu hoạt động.");
		this.mvc
			.perform(post("/units/" + unit.getId() + "/close").with(staff)
				.with(csrf())
				.param("validTo", "31/03/2026")
				.param("reason", "Sáp nhập vào Đội Trọng án"))
			.andExpect(status().is3xxRedirection());
		Unit closed = this.unitRepository.findByCodeIgnoreCase(code).orElseThrow();
		assertThat(closed.getValidTo()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(closed.getHeadcount()).isEqualTo(20);

		String view = page("staff", "/units/" + unit.getId());
		assertThat(view).contains("Đội Kiểm tra biểu mẫu (đã sửa)", "Sáp nhập vào Đội Trọng án",
				"Kết thúc hoạt động đơn vị", "Sửa thông tin đơn vị", "Tạo đơn vị", "<span>1.852</span>");
	}

	@Test
	void pagesCostTheSameFewQueriesWhateverTheNumberOfUnits() throws Exception {
		long province = id("LS");
		// the data a page shows, read through the service
		TestUsers.runAs(this.users, "staff", () -> {
			SqlStatementCounter.reset();
			this.unitService.tree(true);
			assertThat(SqlStatementCounter.current()).as("tree").isEqualTo(1);
			SqlStatementCounter.reset();
			this.unitService.search("cong an", null, true, org.springframework.data.domain.PageRequest.of(0, 25));
			assertThat(SqlStatementCounter.current()).as("search").isLessThanOrEqualTo(2);
		});
		TestUsers.runAs(this.users, "member.officer", () -> {
			SqlStatementCounter.reset();
			assertThat(this.unitService.tree(false).shown()).isEqualTo(1);
			assertThat(SqlStatementCounter.current()).as("own unit").isEqualTo(1);
		});

		// whole requests (the session's own statements included) before and after adding
		// units
		long[] before = requestCosts(province);
		String prefix = "Q-" + UUID.randomUUID().toString().substring(0, 6);
		Unit department = TestUsers.runAs(this.users, "staff",
				() -> this.unitService.create(new UnitForm(prefix, "Phòng Thử số truy vấn " + prefix, null,
						UnitKind.DEPARTMENT, province, 10, LocalDate.of(2020, 1, 1), null)));
		for (int i = 0; i < 30; i++) {
			int n = i;
			TestUsers.runAs(this.users, "staff",
					() -> this.unitService.create(new UnitForm(prefix + "-" + n, "Đội thử " + prefix + " " + n, null,
							UnitKind.TEAM, department.getId(), 5, LocalDate.of(2020, 1, 1), null)));
		}
		long[] after = requestCosts(province);
		assertThat(after).as("statements per page: tree, search, unit page").isEqualTo(before);
		assertThat(before[0]).as("tree page").isLessThanOrEqualTo(4);

		// end the test units so that they do not clutter the tree of other tests
		TestUsers.runAs(this.users, "staff", () -> {
			for (Unit child : this.unitService.children(department.getId())) {
				this.unitService.close(child.getId(), LocalDate.of(2020, 12, 31), "Dữ liệu kiểm thử");
			}
			this.unitService.close(department.getId(), LocalDate.of(2020, 12, 31), "Dữ liệu kiểm thử");
		});
	}

	private long[] requestCosts(long unitId) throws Exception {
		var staff = TestUsers.as(this.users, "staff");
		long[] costs = new long[3];
		SqlStatementCounter.reset();
		this.mvc.perform(get("/units").param("status", "all").with(staff)).andExpect(status().isOk());
		costs[0] = SqlStatementCounter.current();
		SqlStatementCounter.reset();
		this.mvc.perform(get("/units").param("q", "cong an").param("status", "all").with(staff))
			.andExpect(status().isOk());
		costs[1] = SqlStatementCounter.current();
		SqlStatementCounter.reset();
		this.mvc.perform(get("/units/" + unitId).with(staff)).andExpect(status().isOk());
		costs[2] = SqlStatementCounter.current();
		return costs;
	}

}
