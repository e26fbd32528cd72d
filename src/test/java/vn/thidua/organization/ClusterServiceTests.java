package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every rule of the clusters, on the demo data. Each test forms its clusters in a year of
 * its own (2031-2049) so that tests do not disturb each other or the demo years.
 */
@SpringBootTest
class ClusterServiceTests {

	@Autowired
	ClusterService clusters;

	@Autowired
	ClusterRepository clusterRepository;

	@Autowired
	UnitService unitService;

	@Autowired
	UnitRepository units;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditTrail audit;

	@Test
	void aUnitIsInAtMostOneClusterOfAnOrganiserPerYear() {
		create("Khối một 2031", 2031, List.of("LS-PA01", "LS-PA03"), "LS-PA01", "LS-PA03");
		assertThatThrownBy(() -> create("Khối hai 2031", 2031, List.of("LS-PA04", "LS-PA03"), null, null))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("memberIds");
				assertThat(ex.messageKey()).isEqualTo("cluster.error.alreadyInCluster");
				assertThat(ex.arguments()).containsExactly("Phòng An ninh chính trị nội bộ", "Khối một 2031", 2031);
			});
		assertThat(names(2031)).containsExactly("Khối một 2031");
		// another year is another matter
		create("Khối hai 2032", 2032, List.of("LS-PA04", "LS-PA03"), null, null);
	}

	@Test
	void aUnitCannotBeMovedIntoASecondClusterByEditingEither() {
		EmulationCluster first = create("Khối A 2033", 2033, List.of("LS-PA01"), null, null);
		EmulationCluster second = create("Khối B 2033", 2033, List.of("LS-PA03"), null, null);
		assertThatThrownBy(() -> update(second, "Khối B 2033", List.of("LS-PA03", "LS-PA01"), null, null))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("cluster.error.alreadyInCluster");
		assertThat(memberCodes(second)).containsExactly("LS-PA03");
		assertThat(memberCodes(first)).containsExactly("LS-PA01");
	}

	@Test
	void headAndDeputyMustBeMembers() {
		assertThatThrownBy(() -> create("Khối 2034", 2034, List.of("LS-PA01", "LS-PA03"), "LS-PA04", "LS-PA03"))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("headUnitId");
				assertThat(ex.messageKey()).isEqualTo("cluster.error.headNotMember");
			});
		assertThatThrownBy(() -> create("Khối 2034", 2034, List.of("LS-PA01", "LS-PA03"), "LS-PA01", "LS-PA04"))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("deputyUnitId");
				assertThat(ex.messageKey()).isEqualTo("cluster.error.deputyNotMember");
			});
		assertThat(names(2034)).isEmpty();
	}

	@Test
	void headAndDeputyDiffer() {
		assertThatThrownBy(() -> create("Khối 2035", 2035, List.of("LS-PA01", "LS-PA03"), "LS-PA01", "LS-PA01"))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("deputyUnitId");
				assertThat(ex.messageKey()).isEqualTo("cluster.error.headIsDeputy");
			});
		assertThat(names(2035)).isEmpty();
	}

	@Test
	void removingTheHeadFromTheMembersIsRefused() {
		EmulationCluster cluster = create("Khối 2036", 2036, List.of("LS-PA01", "LS-PA03"), "LS-PA01", "LS-PA03");
		assertThatThrownBy(() -> update(cluster, "Khối 2036", List.of("LS-PA03"), "LS-PA01", null))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("cluster.error.headNotMember");
		assertThat(memberCodes(cluster)).containsExactly("LS-PA01", "LS-PA03");
	}

	@Test
	void nameIsUniquePerOrganiserAndYearWhateverTheCase() {
		create("Khối Trùng Tên", 2037, List.of("LS-PA01"), null, null);
		assertThatThrownBy(() -> create("khối trùng tên", 2037, List.of("LS-PA03"), null, null))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("name");
				assertThat(ex.messageKey()).isEqualTo("cluster.error.nameTaken");
			});
		EmulationCluster other = create("Khối khác", 2037, List.of("LS-PA03"), null, null);
		assertThatThrownBy(() -> update(other, "Khối Trùng Tên", List.of("LS-PA03"), null, null))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("cluster.error.nameTaken");
		create("Khối Trùng Tên", 2038, List.of("LS-PA01"), null, null);
	}

	@Test
	void aUnitClosedBeforeTheYearOrTheOrganiserItselfCannotJoin() {
		assertThatThrownBy(() -> create("Khối 2039", 2039, List.of("LS-H01"), null, null))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("cluster.error.memberInactive");
				assertThat(ex.arguments()).containsExactly("Công an huyện Yên Lạc", 2039);
			});
		assertThatThrownBy(() -> create("Khối 2039", 2039, List.of("LS"), null, null))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("cluster.error.memberOutsideOrganizer");
		assertThat(names(2039)).isEmpty();
	}

	@Test
	void updateChangesMembersAndLeadershipAndKeepsAReadableHistory() {
		EmulationCluster cluster = create("Khối 2044", 2044, List.of("LS-PA01", "LS-PA03"), "LS-PA01", "LS-PA03");
		update(cluster, "Khối 2044 (mới)", List.of("LS-PA01", "LS-PA03", "LS-PA05"), "LS-PA05", "LS-PA01");
		EmulationCluster after = as("staff", () -> this.clusters.get(cluster.getId()));
		assertThat(after.getName()).isEqualTo("Khối 2044 (mới)");
		assertThat(after.getHeadUnit().getCode()).isEqualTo("LS-PA05");
		assertThat(after.getDeputyUnit().getCode()).isEqualTo("LS-PA01");
		assertThat(memberCodes(cluster)).containsExactly("LS-PA01", "LS-PA03", "LS-PA05");
		var history = this.audit.historyOf("CLUSTER", cluster.getId());
		assertThat(history).extracting(AuditTrail.Entry::action).containsExactly("CLUSTER_UPDATED", "CLUSTER_CREATED");
		assertThat(history.get(0).changes()).extracting(c -> c.field())
			.contains("cluster.field.name", "cluster.field.membersAdded", "cluster.field.head", "cluster.field.deputy");
	}

	@Test
	void copyKeepsMembersStillActiveAndHeadAndDeputyWhileTheyAreMembers() {
		Unit shortLived = as("staff", () -> this.unitService.create(new UnitForm("LS-TEST-COPY", "Phòng Thử sao chép",
				null, UnitKind.DEPARTMENT, unit("LS"), 10, LocalDate.of(2030, 1, 1), null)));
		create("Khối có đơn vị giải thể", 2040, List.of("LS-PA01", "LS-PA03", "LS-TEST-COPY"), "LS-TEST-COPY",
				"LS-PA03");
		create("Khối còn nguyên", 2040, List.of("LS-PA04", "LS-PA05", "LS-PA06"), "LS-PA04", "LS-PA05");
		as("staff", () -> this.unitService.close(shortLived.getId(), LocalDate.of(2040, 6, 30), "Sáp nhập"));

		List<EmulationCluster> copies = as("staff", () -> this.clusters.copyYear(2040, 2041));

		assertThat(copies).hasSize(2);
		EmulationCluster reduced = cluster("Khối có đơn vị giải thể", 2041);
		assertThat(memberCodes(reduced)).containsExactly("LS-PA01", "LS-PA03");
		assertThat(reduced.getHeadUnit()).as("the closed head is not carried over").isNull();
		assertThat(reduced.getDeputyUnit().getCode()).isEqualTo("LS-PA03");
		EmulationCluster whole = cluster("Khối còn nguyên", 2041);
		assertThat(memberCodes(whole)).containsExactly("LS-PA04", "LS-PA05", "LS-PA06");
		assertThat(whole.getHeadUnit().getCode()).isEqualTo("LS-PA04");
		assertThat(whole.getDeputyUnit().getCode()).isEqualTo("LS-PA05");
		// the source year is untouched
		assertThat(memberCodes(cluster("Khối có đơn vị giải thể", 2040))).contains("LS-TEST-COPY");
		assertThat(this.audit.historyOf("CLUSTER", whole.getId())).extracting(AuditTrail.Entry::action)
			.containsExactly("CLUSTER_COPIED");
	}

	@Test
	void copyIsRefusedWhenTheTargetYearHasClustersOrTheSourceHasNone() {
		create("Khối nguồn 2042", 2042, List.of("LS-PA01"), null, null);
		create("Khối đích 2043", 2043, List.of("LS-PA03"), null, null);
		assertThatThrownBy(() -> as("staff", () -> this.clusters.copyYear(2042, 2043)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("toYear");
				assertThat(ex.messageKey()).isEqualTo("cluster.error.copyTargetExists");
			});
		assertThat(names(2043)).containsExactly("Khối đích 2043");
		assertThatThrownBy(() -> as("staff", () -> this.clusters.copyYear(2045, 2046)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("cluster.error.copyNothing");
		assertThatThrownBy(() -> as("staff", () -> this.clusters.copyYear(2042, 2042)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("cluster.error.copyTargetYear");
	}

	@Test
	void memberOfficerSeesKhoiAnNinhButNotKhoiCanhSat() {
		long anNinh = cluster("Khối An ninh", 2026).getId();
		long canhSat = cluster("Khối Cảnh sát", 2026).getId();
		assertThat(as("member.officer", () -> this.clusters.listYear(2026))).extracting(EmulationCluster::getName)
			.containsExactly("Khối An ninh");
		assertThat(as("member.officer", () -> this.clusters.get(anNinh).getName())).isEqualTo("Khối An ninh");
		assertThat(as("member.officer", () -> this.clusters.members(anNinh))).hasSize(7);
		assertThatThrownBy(() -> as("member.officer", () -> this.clusters.get(canhSat)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("member.officer", () -> this.clusters.members(canhSat)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void otherOfficerSeesKhoiCanhSatButNotKhoiAnNinh() {
		long anNinh = cluster("Khối An ninh", 2026).getId();
		long canhSat = cluster("Khối Cảnh sát", 2026).getId();
		assertThat(as("other.officer", () -> this.clusters.listYear(2026))).extracting(EmulationCluster::getName)
			.containsExactly("Khối Cảnh sát");
		assertThat(as("other.officer", () -> this.clusters.get(canhSat).getName())).isEqualTo("Khối Cảnh sát");
		assertThatThrownBy(() -> as("other.officer", () -> this.clusters.get(anNinh)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void leadershipSeesItsSubtreeButOnlyStaffAndAdminChangeClusters() {
		assertThat(as("leader", () -> this.clusters.listYear(2026))).hasSize(4);
		assertThat(as("leader", () -> this.clusters.canEdit(this.clusters.get(cluster("Khối An ninh", 2026).getId()))))
			.isFalse();
		for (String user : List.of("leader", "head.commander", "member.officer")) {
			assertThatThrownBy(
					() -> as(user,
							() -> this.clusters.create(new ClusterForm("Khối trái phép", 2047, unit("LS"), null,
									List.of(unit("LS-PA01")), null, null, null))))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> as(user, () -> this.clusters.copyYear(2026, 2047)))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(names(2047)).isEmpty();
	}

	@Test
	void memberChoicesAreTheOrganisersActiveUnitsGroupedByKind() {
		var choices = as("staff", () -> this.clusters.memberChoices(unit("LS"), 2026, List.of()));
		assertThat(choices.keySet()).containsExactly(UnitKind.DEPARTMENT, UnitKind.COMMUNE_POLICE, UnitKind.TEAM);
		assertThat(choices.get(UnitKind.COMMUNE_POLICE)).hasSize(40);
		// Vietnamese order inside a group: "Công an đặc khu" after "Công an phường",
		// "Công
		// an xã Ân Nghĩa" before "Công an xã Bảo Yên"
		List<String> communes = choices.get(UnitKind.COMMUNE_POLICE).stream().map(Unit::getName).toList();
		assertThat(communes.indexOf("Công an xã Ân Nghĩa")).isLessThan(communes.indexOf("Công an xã Bảo Yên"));
		var choices2024 = as("staff", () -> this.clusters.memberChoices(unit("LS"), 2024, List.of()));
		assertThat(choices2024).containsKey(UnitKind.DISTRICT_POLICE).doesNotContainKey(UnitKind.COMMUNE_POLICE);
	}

	private EmulationCluster create(String name, int year, List<String> members, String head, String deputy) {
		return as("staff",
				() -> this.clusters
					.create(new ClusterForm(name, year, null, null, members.stream().map(this::unit).toList(),
							head == null ? null : unit(head), deputy == null ? null : unit(deputy), null)));
	}

	private EmulationCluster update(EmulationCluster cluster, String name, List<String> members, String head,
			String deputy) {
		return as("staff", () -> {
			EmulationCluster current = this.clusters.get(cluster.getId());
			return this.clusters.update(cluster.getId(),
					new ClusterForm(name, current.getYear(), null, current.getNote(),
							members.stream().map(this::unit).toList(), head == null ? null : unit(head),
							deputy == null ? null : unit(deputy), current.getVersion()));
		});
	}

	private List<String> names(int year) {
		return as("staff", () -> this.clusters.listYear(year)).stream().map(EmulationCluster::getName).toList();
	}

	private List<String> memberCodes(EmulationCluster cluster) {
		return as("staff", () -> this.clusters.members(cluster.getId())).stream()
			.map(m -> m.getUnit().getCode())
			.sorted()
			.toList();
	}

	private EmulationCluster cluster(String name, int year) {
		return as("admin",
				() -> this.clusters.listYear(year)
					.stream()
					.filter(c -> c.getName().equals(name))
					.findFirst()
					.orElseThrow());
	}

	private long unit(String code) {
		return this.units.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

	private <T> T as(String username, Supplier<T> action) {
		return TestUsers.runAs(this.users, username, action);
	}

}
