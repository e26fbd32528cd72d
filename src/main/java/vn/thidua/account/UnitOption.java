package vn.thidua.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.organization.Unit;

/**
 * A unit in a select box, indented by its depth so the list reads as the tree.
 */
public record UnitOption(long id, String name, int depth, boolean closed) {

	/** Indentation with non-breaking spaces, which a select box does not collapse. */
	public String label() {
		return "\u00a0\u00a0\u00a0".repeat(Math.max(0, this.depth)) + this.name;
	}

	/**
	 * Puts units given in the order (depth, Vietnamese name) into tree order: each unit
	 * followed by its sub-units. Only the materialised paths are used, so no parent is
	 * loaded.
	 */
	static List<UnitOption> treeOrder(List<Unit> units) {
		Map<String, List<Unit>> children = new LinkedHashMap<>();
		Map<String, Unit> byPath = new LinkedHashMap<>();
		for (Unit unit : units) {
			byPath.put(unit.getPath(), unit);
			children.computeIfAbsent(parentPath(unit.getPath()), key -> new ArrayList<>()).add(unit);
		}
		List<UnitOption> options = new ArrayList<>(units.size());
		for (Unit unit : units) {
			if (!byPath.containsKey(parentPath(unit.getPath()))) {
				add(unit, 0, children, options);
			}
		}
		return options;
	}

	private static void add(Unit unit, int depth, Map<String, List<Unit>> children, List<UnitOption> options) {
		options.add(new UnitOption(unit.getId(), unit.getName(), depth, unit.isClosed()));
		for (Unit child : children.getOrDefault(unit.getPath(), List.of())) {
			add(child, depth + 1, children, options);
		}
	}

	/** "/1/7/42/" → "/1/7/". */
	static String parentPath(String path) {
		int end = path.lastIndexOf('/', path.length() - 2);
		return end < 0 ? "" : path.substring(0, end + 1);
	}

}
