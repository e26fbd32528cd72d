package vn.thidua.organization;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cluster pages through MockMvc, with the demo data: what each user sees, and that a
 * refused save comes back with the Vietnamese message and changes nothing. Clusters the
 * tests create live in 2050-2059.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClusterPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ClusterService clusters;

	@Autowired
	ClusterRepository clusterRepository;

	@Autowired
	UnitRepository units;

	@Test
	void staffSeesTheClustersOfTheYearWithHeadDeputyAndMemberCount() throws Exception {
		String html = this.mvc.perform(get("/clusters?year=2026").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Cụm, khối thi đua năm 2026", "Khối An ninh", "Khối Cảnh sát",
				"Khối Xây dựng lực lượng - Hậu cần", "Cụm Công an xã, phường", "Thành lập cụm, khối",
				"Sao chép sang năm sau", "Phòng An ninh chính trị nội bộ");
	}

	@Test
	void aYearWithoutClustersSaysSo() throws Exception {
		this.mvc.perform(get("/clusters?year=2099").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Năm 2099 chưa có cụm, khối thi đua nào.")));
	}

	@Test
	void memberOfficerSeesOnlyTheClustersOfItsUnit() throws Exception {
		String html = this.mvc.perform(get("/clusters?year=2026").with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Khối An ninh").doesNotContain("Khối Cảnh sát").doesNotContain("Thành lập cụm, khối");
		this.mvc
			.perform(get("/clusters/{id}", cluster("Khối An ninh", 2026).getId())
				.with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/clusters/{id}", cluster("Khối Cảnh sát", 2026).getId())
				.with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/clusters/{id}/edit", cluster("Khối An ninh", 2026).getId())
				.with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isForbidden());
	}

	@Test
	void clusterPageShowsHeadDeputyMembersAndHistory() throws Exception {
		EmulationCluster anNinh = cluster("Khối An ninh", 2026);
		String html = this.mvc.perform(get("/clusters/{id}", anNinh.getId()).with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Phòng An ninh chính trị nội bộ", "Phòng An ninh điều tra", "Đơn vị thành viên (7)",
				"Thành lập cụm, khối thi đua", "cluster-row-head", "cluster-row-deputy");
		// Vietnamese order: "An ninh chính trị" < "An ninh điều tra" < "An ninh đối
		// ngoại" <
		// "An ninh kinh tế"
		assertThat(html.indexOf("Phòng An ninh điều tra")).isLessThan(html.indexOf("Phòng An ninh đối ngoại"));
		assertThat(html.indexOf("Phòng An ninh đối ngoại")).isLessThan(html.indexOf("Phòng An ninh kinh tế"));
	}

	@Test
	void editFormListsTheOrganisersUnitsGroupedByKind() throws Exception {
		EmulationCluster anNinh = cluster("Khối An ninh", 2026);
		String html = this.mvc
			.perform(get("/clusters/{id}/edit", anNinh.getId()).with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Phòng và tương đương", "Công an xã, phường, đặc khu", "Công an xã Yên Lạc",
				"name=\"version\"", "/js/cluster-form.js");
		// closed district police are not offered for 2026
		assertThat(html).doesNotContain("Công an huyện Yên Lạc");
	}

	@Test
	void refusedSaveWithTheSameHeadAndDeputyComesBackInVietnameseAndChangesNothing() throws Exception {
		EmulationCluster anNinh = cluster("Khối An ninh", 2026);
		long before = anNinh.getVersion();
		List<Long> members = this.clusterRepository.findMembers(anNinh.getId())
			.stream()
			.map(m -> m.getUnit().getId())
			.toList();
		long pa03 = unit("LS-PA03");
		var request = post("/clusters/{id}/edit", anNinh.getId()).with(TestUsers.as(this.users, "staff"))
			.with(csrf())
			.param("name", "Khối An ninh (đổi tên)")
			.param("year", "2026")
			.param("organizerId", anNinh.getOrganizer().getId().toString())
			.param("headUnitId", String.valueOf(pa03))
			.param("deputyUnitId", String.valueOf(pa03))
			.param("version", String.valueOf(before));
		members.forEach(id -> request.param("memberIds", id.toString()));
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Cụm (Khối) trưởng và Cụm (Khối) phó phải là hai đơn vị khác nhau.")));
		EmulationCluster after = cluster("Khối An ninh", 2026);
		assertThat(after.getVersion()).isEqualTo(before);
		assertThat(after.getName()).isEqualTo("Khối An ninh");
		assertThat(after.getDeputyUnit().getId()).isEqualTo(unit("LS-PA09"));
	}

	@Test
	void refusedSaveOfAUnitAlreadyInAnotherClusterNamesBoth() throws Exception {
		var request = post("/clusters/new").with(TestUsers.as(this.users, "staff"))
			.with(csrf())
			.param("name", "Khối thử trùng đơn vị")
			.param("year", "2026")
			.param("memberIds", String.valueOf(unit("LS-PA04")))
			.param("memberIds", String.valueOf(unit("LS-PK06")));
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Đơn vị &quot;Phòng An ninh kinh tế&quot; đã thuộc &quot;Khối An ninh&quot; năm 2026")));
		assertThat(TestUsers.runAs(this.users, "staff", () -> this.clusters.listYear(2026))).hasSize(4);
	}

	@Test
	void staffFormsAClusterAndIsSentToItsPage() throws Exception {
		this.mvc
			.perform(post("/clusters/new").with(TestUsers.as(this.users, "staff"))
				.with(csrf())
				.param("name", "Khối thử nghiệm 2050")
				.param("year", "2050")
				.param("memberIds", String.valueOf(unit("LS-PA01")))
				.param("memberIds", String.valueOf(unit("LS-PA03")))
				.param("headUnitId", String.valueOf(unit("LS-PA01")))
				.param("deputyUnitId", String.valueOf(unit("LS-PA03"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/clusters/*"))
			.andExpect(flash().attribute("flashSuccess", "cluster.created"));
		EmulationCluster created = cluster("Khối thử nghiệm 2050", 2050);
		assertThat(created.getHeadUnit().getId()).isEqualTo(unit("LS-PA01"));
	}

	@Test
	void copyOntoAYearThatHasClustersIsRefusedInTheDialog() throws Exception {
		this.mvc
			.perform(post("/clusters/copy").with(TestUsers.as(this.users, "staff"))
				.with(csrf())
				.param("fromYear", "2025")
				.param("toYear", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Năm 2026 đã có cụm, khối thi đua; không thể sao chép chồng lên.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-open=\"true\"")));
		assertThat(TestUsers.runAs(this.users, "staff", () -> this.clusters.listYear(2026))).hasSize(4);
	}

	@Test
	void staffCopiesAYearAndLandsOnTheTargetYear() throws Exception {
		TestUsers.runAs(this.users, "staff", () -> this.clusters.create(new ClusterForm("Khối sao chép 2051", 2051,
				null, null, List.of(unit("LS-PA05"), unit("LS-PA06")), unit("LS-PA05"), unit("LS-PA06"), null)));
		this.mvc
			.perform(post("/clusters/copy").with(TestUsers.as(this.users, "staff"))
				.with(csrf())
				.param("fromYear", "2051")
				.param("toYear", "2052"))
			.andExpect(redirectedUrl("/clusters?year=2052"))
			.andExpect(flash().attribute("flashSuccess", "cluster.copy.done"));
		assertThat(cluster("Khối sao chép 2051", 2052).getHeadUnit().getId()).isEqualTo(unit("LS-PA05"));
	}

	@Test
	void staleVersionAnswersConflict() throws Exception {
		EmulationCluster canhSat = cluster("Khối Cảnh sát", 2026);
		var request = post("/clusters/{id}/edit", canhSat.getId()).with(TestUsers.as(this.users, "staff"))
			.with(csrf())
			.param("name", "Khối Cảnh sát")
			.param("year", "2026")
			.param("version", String.valueOf(canhSat.getVersion() - 1));
		this.mvc.perform(request).andExpect(status().isConflict());
	}

	@Test
	void leadershipReadsButCannotForm() throws Exception {
		this.mvc.perform(get("/clusters?year=2026").with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("cluster-new"))));
		this.mvc.perform(get("/clusters/new").with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isForbidden());
	}

	@Test
	void administratorFormsAndCopiesClustersForTheProvince() throws Exception {
		String province = String.valueOf(unit("LS"));
		this.mvc.perform(get("/clusters/new?year=2053").with(TestUsers.as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Công an tỉnh Lâm Sơn")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Công an xã Yên Lạc")));
		this.mvc
			.perform(post("/clusters/new").with(TestUsers.as(this.users, "admin"))
				.with(csrf())
				.param("name", "Khối của quản trị 2053")
				.param("year", "2053")
				.param("organizerId", province)
				.param("memberIds", String.valueOf(unit("LS-PA08"))))
			.andExpect(redirectedUrlPattern("/clusters/*"));
		this.mvc.perform(get("/clusters?year=2053").with(TestUsers.as(this.users, "admin")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("name=\"organizerId\" value=\"" + province + "\"")));
		this.mvc
			.perform(post("/clusters/copy").with(TestUsers.as(this.users, "admin"))
				.with(csrf())
				.param("fromYear", "2053")
				.param("toYear", "2054")
				.param("organizerId", province))
			.andExpect(redirectedUrl("/clusters?year=2054"));
		assertThat(cluster("Khối của quản trị 2053", 2054).getOrganizer().getCode()).isEqualTo("LS");
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
