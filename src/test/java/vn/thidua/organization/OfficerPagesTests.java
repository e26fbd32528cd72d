package vn.thidua.organization;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officer pages through MockMvc: search, scope, and refused saves that come back in
 * Vietnamese without changing anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficerPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OfficerService officers;

	@Autowired
	UnitRepository units;

	@Test
	void listSearchesWithoutDiacriticsAndFiltersByUnit() throws Exception {
		this.mvc.perform(get("/officers").param("q", "nguyen van hai").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn Văn Hải")))
			.andExpect(content().string(not(containsString("Trần Thị Mai"))));
		this.mvc
			.perform(get("/officers").param("unit", String.valueOf(unit("LS-PC02")))
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phòng Cảnh sát hình sự")))
			.andExpect(content().string(not(containsString("Phòng An ninh kinh tế</td>"))));
		this.mvc.perform(get("/officers").param("q", "khong co ai ten nay").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy cán bộ phù hợp với điều kiện lọc.")));
	}

	@Test
	void listIsPaginatedKeepingTheFilters() throws Exception {
		this.mvc.perform(get("/officers").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 1/")))
			.andExpect(content().string(containsString("href=\"/officers?page=1\"")));
		this.mvc.perform(get("/officers").param("page", "1").param("q", "a").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 2/")))
			.andExpect(content().string(containsString("href=\"/officers?page=0&amp;q=a\"")));
	}

	@Test
	void leadershipSeesNoManagementButtons() throws Exception {
		this.mvc.perform(get("/officers").with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("officer-new"))));
		this.mvc.perform(get("/officers/new").with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isForbidden());
	}

	@Test
	void officerOfAnotherUnitAnswersNotFound() throws Exception {
		Officer officer = TestUsers.runAs(this.users, "staff", () -> this.officers.create(
				new OfficerForm("Lý Thị Trang Ngoài", null, null, unit("LS-PC02"), LocalDate.of(2021, 6, 1), null)));
		this.mvc.perform(get("/officers/{id}", officer.getId()).with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/officers/{id}/edit", officer.getId()).with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/officers/{id}", officer.getId()).with(TestUsers.as(this.users, "other.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quá trình công tác")));
	}

	@Test
	void createWithoutNameAndWithAnImpossibleDateComesBackInVietnamese() throws Exception {
		long before = TestUsers.runAs(this.users, "staff",
				() -> this.officers.search(null, null, org.springframework.data.domain.PageRequest.of(0, 1))
					.getTotalElements());
		this.mvc
			.perform(post("/officers/new").with(TestUsers.as(this.users, "staff"))
				.with(csrf())
				.param("fullName", "Hà Văn Ngày Sai")
				.param("unitId", String.valueOf(unit("LS-PA04")))
				.param("since", "31/02/2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ (định dạng dd/MM/yyyy).")))
			.andExpect(content().string(containsString("31/02/2026")));
		this.mvc
			.perform(post("/officers/new").with(TestUsers.as(this.users, "staff"))
				.with(csrf())
				.param("fullName", " ")
				.param("unitId", String.valueOf(unit("LS-PA04")))
				.param("since", "01/02/2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không được để trống.")))
			.andExpect(content().string(containsString("01/02/2026")));
		long after = TestUsers.runAs(this.users, "staff",
				() -> this.officers.search(null, null, org.springframework.data.domain.PageRequest.of(0, 1))
					.getTotalElements());
		assertThat(after).isEqualTo(before);
	}

	@Test
	void createdOfficerLandsOnItsPage() throws Exception {
		this.mvc
			.perform(post("/officers/new").with(TestUsers.as(this.users, "member.commander"))
				.with(csrf())
				.param("fullName", "Đinh Văn Mới Vào")
				.param("rank", "Thiếu úy")
				.param("position", "Cán bộ")
				.param("unitId", String.valueOf(unit("LS-PA04")))
				.param("since", "01/09/2026"))
			.andExpect(redirectedUrlPattern("/officers/*"))
			.andExpect(flash().attribute("flashSuccess", "officer.created"));
	}

	@Test
	void refusedMoveComesBackWithTheVietnameseMessageAndChangesNothing() throws Exception {
		Officer officer = TestUsers.runAs(this.users, "staff",
				() -> this.officers.create(new OfficerForm("Cao Văn Điều Động", "Đại úy", "Cán bộ", unit("LS-PA04"),
						LocalDate.of(2022, 4, 1), null)));
		this.mvc
			.perform(post("/officers/{id}/move", officer.getId()).with(TestUsers.as(this.users, "staff"))
				.with(csrf())
				.param("unitId", String.valueOf(unit("LS-PC02")))
				.param("from", "01/04/2022"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Ngày điều động phải sau ngày bắt đầu công tác tại đơn vị hiện tại.")));
		assertThat(TestUsers.runAs(this.users, "staff", () -> this.officers.history(officer.getId()))).hasSize(1);
		assertThat(TestUsers.runAs(this.users, "staff", () -> this.officers.get(officer.getId()).getUnit().getCode()))
			.isEqualTo("LS-PA04");

		this.mvc
			.perform(post("/officers/{id}/move", officer.getId()).with(TestUsers.as(this.users, "staff"))
				.with(csrf())
				.param("unitId", String.valueOf(unit("LS-PC02")))
				.param("position", "Phó Đội trưởng")
				.param("from", "01/10/2026"))
			.andExpect(redirectedUrlPattern("/officers/*"))
			.andExpect(flash().attribute("flashSuccess", "officer.moved"));
		String page = this.mvc.perform(get("/officers/{id}", officer.getId()).with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("30/09/2026", "01/10/2026", "Phòng Cảnh sát hình sự", "Điều động cán bộ");
	}

	private long unit(String code) {
		return this.units.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

}
