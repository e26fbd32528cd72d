package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
 * Officers: creating, editing and moving them with their history, within the user's
 * scope. Every test creates its own officers with unique names.
 */
@SpringBootTest
class OfficerServiceTests {

	@Autowired
	OfficerService officers;

	@Autowired
	UnitRepository units;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditTrail audit;

	@Test
	void unitOfficerAddsAnOfficerOfItsOwnUnitThatOnlyItsScopeSees() {
		Officer created = as("member.officer", () -> this.officers.create(new OfficerForm("Nguyễn Thị Thử Một",
				"Đại úy", "Cán bộ", unit("LS-PA04"), LocalDate.of(2020, 3, 1), null)));
		assertThat(as("member.officer", () -> this.officers.get(created.getId()).getUnit().getCode()))
			.isEqualTo("LS-PA04");
		assertThat(as("staff", () -> this.officers.get(created.getId()).getFullName())).isEqualTo("Nguyễn Thị Thử Một");
		assertThatThrownBy(() -> as("other.officer", () -> this.officers.get(created.getId())))
			.isInstanceOf(NotFoundException.class);
		List<OfficerAssignment> history = as("member.officer", () -> this.officers.history(created.getId()));
		assertThat(history).singleElement().satisfies(a -> {
			assertThat(a.getValidFrom()).isEqualTo(LocalDate.of(2020, 3, 1));
			assertThat(a.getValidTo()).isNull();
			assertThat(a.getPosition()).isEqualTo("Cán bộ");
		});
		assertThat(this.audit.historyOf("OFFICER", created.getId())).extracting(AuditTrail.Entry::action)
			.containsExactly("OFFICER_CREATED");
	}

	@Test
	void unitOfficerCannotAddAnOfficerToAnotherUnit() {
		assertThatThrownBy(() -> as("member.officer", () -> this.officers
			.create(new OfficerForm("Trần Văn Ngoài", null, null, unit("LS-PC02"), LocalDate.of(2021, 1, 1), null))))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void leadershipReadsOnly() {
		assertThatThrownBy(() -> as("leader", () -> this.officers
			.create(new OfficerForm("Lê Văn Lãnh Đạo", null, null, unit("LS-PA04"), LocalDate.of(2021, 1, 1), null))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as("leader", () -> this.officers.search("", null, PageRequest.of(0, 5)).getTotalElements()))
			.isPositive();
	}

	@Test
	void editingChangesNameRankAndPositionAndRecordsWhatChanged() {
		Officer created = as("staff", () -> this.officers.create(new OfficerForm("Phạm Văn Thử Hai", "Thiếu úy",
				"Cán bộ", unit("LS-PC08"), LocalDate.of(2022, 5, 1), null)));
		as("staff", () -> this.officers.update(created.getId(),
				new OfficerForm("Phạm Văn Thử Hai", "Trung úy", "Tổ trưởng", null, null, created.getVersion())));
		Officer after = as("staff", () -> this.officers.get(created.getId()));
		assertThat(after.getRank()).isEqualTo("Trung úy");
		assertThat(after.getPosition()).isEqualTo("Tổ trưởng");
		var lines = this.audit.historyOf("OFFICER", created.getId());
		assertThat(lines.get(0).action()).isEqualTo("OFFICER_UPDATED");
		assertThat(lines.get(0).changes()).extracting(c -> c.field() + ":" + c.oldValue() + "→" + c.newValue())
			.containsExactlyInAnyOrder("officer.field.rank:Thiếu úy→Trung úy",
					"officer.field.position:Cán bộ→Tổ trưởng");
	}

	@Test
	void movingEndsThePreviousAssignmentTheDayBefore() {
		Officer created = as("staff", () -> this.officers.create(new OfficerForm("Hoàng Thị Thử Ba", "Thượng úy",
				"Cán bộ", unit("LS-PA04"), LocalDate.of(2019, 9, 1), null)));
		as("staff", () -> this.officers.move(created.getId(),
				new OfficerMoveForm(unit("LS-PC02"), "Phó Đội trưởng", LocalDate.of(2026, 3, 15))));
		Officer moved = as("staff", () -> this.officers.get(created.getId()));
		assertThat(moved.getUnit().getCode()).isEqualTo("LS-PC02");
		assertThat(moved.getPosition()).isEqualTo("Phó Đội trưởng");
		List<OfficerAssignment> history = as("staff", () -> this.officers.history(created.getId()));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).getUnit().getCode()).isEqualTo("LS-PC02");
		assertThat(history.get(0).getValidFrom()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(history.get(0).getValidTo()).isNull();
		assertThat(history.get(1).getUnit().getCode()).isEqualTo("LS-PA04");
		assertThat(history.get(1).getPosition()).isEqualTo("Cán bộ");
		assertThat(history.get(1).getValidTo()).isEqualTo(LocalDate.of(2026, 3, 14));
		// the old unit no longer sees the officer; the new one does
		assertThatThrownBy(() -> as("member.officer", () -> this.officers.get(created.getId())))
			.isInstanceOf(NotFoundException.class);
		assertThat(as("other.officer", () -> this.officers.get(created.getId()).getFullName()))
			.isEqualTo("Hoàng Thị Thử Ba");
		var lines = this.audit.historyOf("OFFICER", created.getId());
		assertThat(lines.get(0).action()).isEqualTo("OFFICER_MOVED");
		assertThat(lines.get(0).changes()).extracting(AuditRecordChange::of)
			.contains("officer.field.unit:Phòng An ninh kinh tế→Phòng Cảnh sát hình sự",
					"officer.field.from:null→15/03/2026");
	}

	@Test
	void moveIsRefusedOnOrBeforeTheCurrentStartToTheSameUnitOrToAClosedUnit() {
		Officer created = as("staff", () -> this.officers
			.create(new OfficerForm("Đỗ Văn Thử Bốn", null, null, unit("LS-PA04"), LocalDate.of(2024, 1, 10), null)));
		assertThatThrownBy(() -> as("staff",
				() -> this.officers.move(created.getId(),
						new OfficerMoveForm(unit("LS-PC02"), null, LocalDate.of(2024, 1, 10)))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("officer.error.moveBeforeCurrent");
		assertThatThrownBy(() -> as("staff",
				() -> this.officers.move(created.getId(),
						new OfficerMoveForm(unit("LS-PA04"), null, LocalDate.of(2026, 1, 10)))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("officer.error.sameUnit");
		assertThatThrownBy(() -> as("staff",
				() -> this.officers.move(created.getId(),
						new OfficerMoveForm(unit("LS-H01"), null, LocalDate.of(2026, 1, 10)))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("officer.error.unitInactive");
		assertThat(as("staff", () -> this.officers.history(created.getId()))).singleElement()
			.satisfies(a -> assertThat(a.getValidTo()).isNull());
		assertThat(as("staff", () -> this.officers.get(created.getId()).getUnit().getCode())).isEqualTo("LS-PA04");
	}

	@Test
	void unitLevelUsersCannotMoveOfficersOutOfTheirScope() {
		Officer created = as("member.officer", () -> this.officers
			.create(new OfficerForm("Vũ Văn Thử Năm", null, null, unit("LS-PA04"), LocalDate.of(2023, 1, 10), null)));
		assertThatThrownBy(() -> as("member.officer",
				() -> this.officers.move(created.getId(),
						new OfficerMoveForm(unit("LS-PC02"), null, LocalDate.of(2026, 2, 1)))))
			.isInstanceOf(NotFoundException.class);
		assertThat(as("member.officer", () -> this.officers.unitChoices())).extracting(Unit::getCode)
			.containsExactly("LS-PA04");
	}

	@Test
	void searchIgnoresDiacriticsAndSortsByGivenName() {
		as("staff", () -> this.officers.create(
				new OfficerForm("Nguyễn Văn Tìm Bảo", null, null, unit("LS-PV05"), LocalDate.of(2020, 1, 1), null)));
		as("staff", () -> this.officers
			.create(new OfficerForm("Trần Thị Tìm Ánh", null, null, unit("LS-PV05"), LocalDate.of(2020, 1, 1), null)));
		var found = as("staff", () -> this.officers.search("tim anh", null, PageRequest.of(0, 10)));
		assertThat(found.getContent()).extracting(Officer::getFullName).containsExactly("Trần Thị Tìm Ánh");
		// by given name: Ánh before Bảo, although Nguyễn comes before Trần
		var byUnit = as("staff", () -> this.officers.search("tim", unit("LS-PV05"), PageRequest.of(0, 10)));
		assertThat(byUnit.getContent()).extracting(Officer::getFullName)
			.containsExactly("Trần Thị Tìm Ánh", "Nguyễn Văn Tìm Bảo");
		assertThat(as("member.officer", () -> this.officers.search("tim", null, PageRequest.of(0, 10))).getContent())
			.isEmpty();
	}

	private long unit(String code) {
		return this.units.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

	private <T> T as(String username, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, username, action);
	}

	/** A change as "field:old→new", to compare in one line. */
	private static final class AuditRecordChange {

		static String of(vn.thidua.shared.audit.AuditRecord.Change change) {
			return change.field() + ":" + change.oldValue() + "→" + change.newValue();
		}

	}

}
