package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of creating, editing and closing units, who may do it, and reading within
 * one's scope: Vietnamese order and searches that ignore diacritics.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitServiceTests {

	private static final LocalDate START = LocalDate.of(2025, 7, 1);

	@Autowired
	UnitService units;

	@Autowired
	UnitRepository repository;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditTrail audit;

	private static String unique() {
		return "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	private long id(String code) {
		return this.repository.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

	private Unit create(String code, String name, UnitKind kind, long parentId) {
		return TestUsers.runAs(this.users, "staff",
				() -> this.units.create(new UnitForm(code, name, null, kind, parentId, 10, START, null)));
	}

	private static void expectRule(Runnable action, String field, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(messageKey);
			assertThat(ex.field()).isEqualTo(field);
		});
	}

	@Test
	void childrenAreInVietnameseOrderInTheTreeAndInSearchResults() {
		String code = unique();
		Unit department = create(code, "Phòng Thứ tự " + code, UnitKind.DEPARTMENT, id("LS"));
		// created in an order that is neither Vietnamese nor code point order
		for (String name : List.of("Đội Đông", "Đội Yên", "Đội Dương", "Đội Ân", "Đội Ba")) {
			create(code + "-" + VietnamesePart.ascii(name), name, UnitKind.TEAM, department.getId());
		}
		List<String> expected = List.of("Đội Ân", "Đội Ba", "Đội Dương", "Đội Đông", "Đội Yên");

		UnitTree tree = TestUsers.runAs(this.users, "staff", () -> this.units.tree(false));
		UnitTree.Node node = tree.flatten()
			.stream()
			.filter(n -> n.unit().getId().equals(department.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(node.children().stream().map(n -> n.unit().getName()).toList()).isEqualTo(expected);
		assertThat(node.level()).isEqualTo(1);

		var page = TestUsers.runAs(this.users, "staff",
				() -> this.units.search(code.toLowerCase(Locale.ROOT), UnitKind.TEAM, false, PageRequest.of(0, 10)));
		assertThat(page.getContent().stream().map(Unit::getName).toList()).isEqualTo(expected);
		var paged = TestUsers.runAs(this.users, "staff",
				() -> this.units.search(code, UnitKind.TEAM, false, PageRequest.of(1, 2)));
		assertThat(paged.getTotalElements()).isEqualTo(5);
		assertThat(paged.getContent().stream().map(Unit::getName).toList()).isEqualTo(expected.subList(2, 4));
	}

	@Test
	void searchIgnoresDiacriticsAndCaseAndHidesEndedUnitsUnlessAsked() {
		TestUsers.runAs(this.users, "staff", () -> {
			for (String query : List.of("yen lac", "YÊN LẠC", "  Yên   lạc ", "cong an xa yen lac", "ls-x11")) {
				assertThat(this.units.search(query, null, false, PageRequest.of(0, 10)).getContent()).as(query)
					.extracting(Unit::getName)
					.containsExactly("Công an xã Yên Lạc");
			}
			assertThat(this.units.search("yen lac", null, true, PageRequest.of(0, 10)).getContent())
				.extracting(Unit::getName)
				.containsExactly("Công an huyện Yên Lạc", "Công an xã Yên Lạc");
			assertThat(this.units.search("dong", UnitKind.COMMUNE_POLICE, false, PageRequest.of(0, 10)).getContent())
				.extracting(Unit::getName)
				.contains("Công an phường Đông Hưng", "Công an xã Đồng Tâm")
				.allMatch(name -> name.startsWith("Công an"));
			// "%" and "_" are searched for literally, not as wildcards
			assertThat(this.units.search("%", null, true, PageRequest.of(0, 10)).getTotalElements()).isZero();
			assertThat(this.units.search("_", null, true, PageRequest.of(0, 10)).getTotalElements()).isZero();
		});
	}

	@Test
	void unitLevelUsersReadOnlyTheirOwnUnit() {
		long own = id("LS-PA04");
		long other = id("LS-PC02");
		TestUsers.runAs(this.users, "member.officer", () -> {
			assertThat(this.units.tree(true).flatten()).extracting(n -> n.unit().getId()).containsExactly(own);
			assertThat(this.units.search("phong", null, true, PageRequest.of(0, 50)).getContent())
				.extracting(Unit::getId)
				.containsExactly(own);
			assertThat(this.units.get(own).getCode()).isEqualTo("LS-PA04");
			assertThatThrownBy(() -> this.units.get(other)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.units.children(other)).isInstanceOf(NotFoundException.class);
			assertThat(this.units.parentOptions()).isEmpty();
		});
		TestUsers.runAs(this.users, "leader", () -> {
			assertThat(this.units.get(other).getCode()).isEqualTo("LS-PC02");
			assertThat(this.units.tree(false).shown()).isGreaterThan(70);
		});
	}

	@Test
	void outOfScopeUnitsAreNotFoundAndForbiddenRolesAreRefused() {
		long own = id("LS-PA04");
		long other = id("LS-PC02");
		UnitForm change = new UnitForm("LS-PC02", "Phòng Cảnh sát hình sự", "PC02", UnitKind.DEPARTMENT, null, 1,
				LocalDate.of(2010, 1, 1), null);
		for (String username : List.of("member.officer", "member.commander")) {
			TestUsers.runAs(this.users, username, () -> {
				assertThatThrownBy(() -> this.units.update(other, change)).isInstanceOf(NotFoundException.class);
				assertThatThrownBy(() -> this.units.close(other, START, "x")).isInstanceOf(NotFoundException.class);
				assertThatThrownBy(() -> this.units.update(own, change)).isInstanceOf(AccessDeniedException.class);
				assertThatThrownBy(() -> this.units.close(own, START, "x")).isInstanceOf(AccessDeniedException.class);
				assertThatThrownBy(() -> this.units
					.create(new UnitForm(unique(), "Đội mới", null, UnitKind.TEAM, own, 1, START, null)))
					.isInstanceOf(AccessDeniedException.class);
			});
		}
		TestUsers.runAs(this.users, "leader", () -> {
			assertThatThrownBy(() -> this.units.update(other, change)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.units.close(other, START, "x")).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.units
				.create(new UnitForm(unique(), "Đội mới", null, UnitKind.TEAM, other, 1, START, null)))
				.isInstanceOf(AccessDeniedException.class);
			assertThat(this.units.canCreate()).isFalse();
		});
		assertThat(this.repository.findByCodeIgnoreCase("LS-PC02").orElseThrow().getHeadcount()).isEqualTo(71);
	}

	@Test
	void creationRulesAreEnforcedWithMessagesOnTheirFields() {
		long province = id("LS");
		TestUsers.runAs(this.users, "staff", () -> {
			expectRule(
					() -> this.units.create(
							new UnitForm("ls-pc02", "Trùng mã", null, UnitKind.DEPARTMENT, province, 1, START, null)),
					"code", "unit.error.codeTaken");
			expectRule(() -> this.units.create(new UnitForm(unique(), "Công an huyện mới", null,
					UnitKind.DISTRICT_POLICE, province, 1, START, null)), "kind", "unit.error.kindAbolished");
			expectRule(
					() -> this.units
						.create(new UnitForm(unique(), "Bộ mới", null, UnitKind.MINISTRY, null, 1, START, null)),
					"parentId", "unit.error.parentRequired");
			expectRule(() -> this.units.create(new UnitForm(unique(), "Đội dưới huyện đã giải thể", null, UnitKind.TEAM,
					id("LS-H01"), 1, START, null)), "parentId", "unit.error.parentClosed");
		});
		String code = unique();
		Unit unit = create(code, "Đội Tạo mới", UnitKind.TEAM, id("LS-PC08"));
		assertThat(unit.getPath())
			.isEqualTo(this.repository.findByCodeIgnoreCase("LS-PC08").orElseThrow().getPath() + unit.getId() + "/");
		assertThat(unit.getDepth()).isEqualTo(2);
		assertThat(this.audit.historyOf("UNIT", unit.getId())).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("UNIT_CREATED");
			assertThat(entry.actor()).isEqualTo("staff");
			assertThat(entry.changes()).extracting(c -> c.newValue())
				.contains(code, "Đội", "Phòng Cảnh sát giao thông");
		});
	}

	@Test
	void editingKeepsHistoryAndRefusesAStaleVersion() {
		String code = unique();
		Unit unit = create(code, "Đội Trước khi sửa", UnitKind.TEAM, id("LS-PC08"));
		long version = this.repository.findById(unit.getId()).orElseThrow().getVersion();
		TestUsers.runAs(this.users, "staff", () -> {
			this.units.update(unit.getId(), new UnitForm(code.toLowerCase(Locale.ROOT), "Đội Sau khi sửa", "Đội SKS",
					UnitKind.TEAM, null, 1852, START, version));
			assertThatThrownBy(() -> this.units.update(unit.getId(),
					new UnitForm(code, "Đội Lần hai", null, UnitKind.TEAM, null, 3, START, version)))
				.isInstanceOf(OptimisticLockingFailureException.class);
			expectRule(
					() -> this.units.update(unit.getId(),
							new UnitForm("LS-PC02", "Đội Sau khi sửa", null, UnitKind.TEAM, null, 3, START, null)),
					"code", "unit.error.codeTaken");
			assertThat(this.units.search("doi sks", null, false, PageRequest.of(0, 5)).getContent())
				.extracting(Unit::getId)
				.containsExactly(unit.getId());
		});
		Unit saved = this.repository.findById(unit.getId()).orElseThrow();
		assertThat(saved.getName()).isEqualTo("Đội Sau khi sửa");
		assertThat(saved.getHeadcount()).isEqualTo(1852);
		var updated = this.audit.historyOf("UNIT", unit.getId()).get(0);
		assertThat(updated.action()).isEqualTo("UNIT_UPDATED");
		assertThat(updated.changes()).anySatisfy(change -> {
			assertThat(change.field()).isEqualTo("unit.field.headcount");
			assertThat(change.oldValue()).isEqualTo("10");
			assertThat(change.newValue()).isEqualTo("1.852");
		});
	}

	@Test
	void closingNeedsAReasonAndNoActiveChildrenAndKeepsTheUnitInHistory() {
		String code = unique();
		Unit parent = create(code, "Phòng Sẽ kết thúc " + code, UnitKind.DEPARTMENT, id("LS"));
		Unit child = create(code + "-D1", "Đội Sẽ kết thúc " + code, UnitKind.TEAM, parent.getId());
		LocalDate end = LocalDate.of(2025, 12, 31);
		TestUsers.runAs(this.users, "staff", () -> {
			expectRule(() -> this.units.close(parent.getId(), end, " "), "reason", "unit.error.reasonRequired");
			expectRule(() -> this.units.close(parent.getId(), LocalDate.of(2025, 6, 30), "Sáp nhập"), "validTo",
					"unit.error.closeBeforeStart");
			expectRule(() -> this.units.close(parent.getId(), end, "Sáp nhập"), "validTo", "unit.error.activeChildren");
			this.units.close(child.getId(), end, "Sáp nhập");
			this.units.close(parent.getId(), end, "Sáp nhập vào Phòng Tham mưu");
			expectRule(() -> this.units.close(parent.getId(), end, "Lần nữa"), "validTo", "unit.error.alreadyClosed");

			assertThat(this.units.tree(false).flatten()).extracting(n -> n.unit().getId())
				.doesNotContain(parent.getId(), child.getId());
			assertThat(this.units.tree(true).flatten()).filteredOn(n -> n.unit().getId().equals(parent.getId()))
				.singleElement()
				.satisfies(n -> {
					assertThat(n.closed()).isTrue();
					assertThat(n.children()).extracting(c -> c.unit().getId()).containsExactly(child.getId());
				});
			assertThat(this.units.search(code, null, false, PageRequest.of(0, 5)).getTotalElements()).isZero();
			assertThat(this.units.search(code, null, true, PageRequest.of(0, 5)).getTotalElements()).isEqualTo(2);
			assertThat(this.units.get(parent.getId()).getClosingNote()).isEqualTo("Sáp nhập vào Phòng Tham mưu");
		});
		assertThat(this.audit.historyOf("UNIT", parent.getId()).get(0)).satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("UNIT_CLOSED");
			assertThat(entry.reason()).isEqualTo("Sáp nhập vào Phòng Tham mưu");
		});
	}

	@Test
	void unitPageDataIncludesClustersOfEveryYearAndOfficers() {
		TestUsers.runAs(this.users, "head.officer", () -> {
			Unit unit = this.units.get(id("LS-PA03"));
			// other tests form clusters in later years with demo units: look at the demo
			// years only
			assertThat(this.units.membershipsOf(unit)).filteredOn(m -> m.year() <= 2026)
				.extracting(UnitMembership::year, UnitMembership::clusterName, UnitMembership::role)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2026, "Khối An ninh", "HEAD"),
						org.assertj.core.groups.Tuple.tuple(2025, "Khối An ninh", "MEMBER"));
			assertThat(this.units.officerCountOf(unit)).isEqualTo(4);
		});
	}

	/** Plain letters of a Vietnamese name, for codes. */
	static final class VietnamesePart {

		static String ascii(String name) {
			return vn.thidua.shared.text.VietnameseText.fold(name).replace(' ', '-').toUpperCase(Locale.ROOT);
		}

	}

}
