package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building the tree in memory from units ordered by depth and Vietnamese order.
 */
class UnitTreeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private static Unit unit(long id, String name, Unit parent, LocalDate validTo) {
		Unit unit = new Unit("U" + id, name, null, UnitKind.TEAM, parent, 1, LocalDate.of(2010, 1, 1));
		ReflectionTestUtils.setField(unit, "id", id);
		ReflectionTestUtils.setField(unit, "validTo", validTo);
		return unit;
	}

	@Test
	void hidesEndedUnitsButNeverCutsOffAnActiveOne() {
		Unit root = unit(1, "Công an tỉnh", null, null);
		Unit ended = unit(2, "Công an huyện cũ", root, LocalDate.of(2025, 2, 28));
		Unit endedLeaf = unit(3, "Đội đã giải thể", ended, LocalDate.of(2025, 2, 28));
		// legacy data: an active unit under an ended one must stay reachable
		Unit stillActive = unit(4, "Đội còn hoạt động", ended, null);
		Unit endsLater = unit(5, "Phòng sắp kết thúc", root, TODAY);
		List<Unit> units = List.of(root, ended, endsLater, endedLeaf, stillActive);

		UnitTree hidden = UnitTree.of(units, false, TODAY);
		assertThat(hidden.flatten()).extracting(n -> n.unit().getId()).containsExactly(1L, 2L, 4L, 5L);
		assertThat(hidden.hiddenClosed()).isEqualTo(1);
		assertThat(hidden.shown()).isEqualTo(4);
		assertThat(hidden.flatten()).filteredOn(n -> n.unit().getId() == 5L)
			.singleElement()
			.satisfies(n -> assertThat(n.closed()).as("ends today: still active").isFalse());

		UnitTree all = UnitTree.of(units, true, TODAY);
		assertThat(all.flatten()).extracting(n -> n.unit().getId()).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(all.flatten()).extracting(UnitTree.Node::level).containsExactly(0, 1, 2, 2, 1);
		assertThat(all.hiddenClosed()).isZero();
	}

	@Test
	void unitsWhoseParentIsOutsideTheListAreRoots() {
		Unit outside = unit(1, "Ngoài phạm vi", null, null);
		Unit a = unit(2, "Phòng A", outside, null);
		Unit b = unit(3, "Đội B", a, null);
		UnitTree tree = UnitTree.of(List.of(a, b), false, TODAY);
		assertThat(tree.roots()).extracting(n -> n.unit().getId()).containsExactly(2L);
		assertThat(tree.roots().get(0).children()).extracting(n -> n.unit().getId()).containsExactly(3L);
		assertThat(UnitTree.of(List.of(), false, TODAY).isEmpty()).isTrue();
	}

}
