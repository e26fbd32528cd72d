package vn.thidua.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit tree of a user's scope, built in memory from one query ordered by depth and
 * then by Vietnamese order of names: appending each unit to its parent in that order
 * leaves every node's children in Vietnamese order.
 * <p>
 * Closed units (ended before today) are left out unless asked for, except where they
 * still have active descendants, so that no active unit is ever cut off from the tree.
 */
public final class UnitTree {

	private final List<Node> roots;

	private final int shown;

	private final int hiddenClosed;

	private UnitTree(List<Node> roots, int shown, int hiddenClosed) {
		this.roots = roots;
		this.shown = shown;
		this.hiddenClosed = hiddenClosed;
	}

	/**
	 * @param units the units of the scope ordered by depth, then sort key
	 * @param showClosed whether to keep units that ended before today
	 * @param today the day that decides which units are closed
	 */
	public static UnitTree of(List<Unit> units, boolean showClosed, LocalDate today) {
		Map<Long, Builder> byId = new HashMap<>();
		List<Builder> roots = new ArrayList<>();
		for (Unit unit : units) {
			Builder builder = new Builder(unit, unit.getValidTo() != null && unit.getValidTo().isBefore(today));
			byId.put(unit.getId(), builder);
			Builder parent = unit.getParent() == null ? null : byId.get(unit.getParent().getId());
			if (parent == null) {
				roots.add(builder);
			}
			else {
				parent.children.add(builder);
			}
		}
		int[] counts = new int[2];
		List<Node> nodes = new ArrayList<>();
		for (Builder root : roots) {
			Node node = root.build(showClosed, counts);
			if (node != null) {
				nodes.add(node);
			}
		}
		return new UnitTree(List.copyOf(nodes), counts[0], counts[1]);
	}

	public List<Node> roots() {
		return this.roots;
	}

	/** Number of units shown. */
	public int shown() {
		return this.shown;
	}

	/** Number of closed units left out. */
	public int hiddenClosed() {
		return this.hiddenClosed;
	}

	public boolean isEmpty() {
		return this.roots.isEmpty();
	}

	/**
	 * The shown units in tree order (each parent before its children), with their level
	 * below the roots, e.g. for a select box.
	 */
	public List<Node> flatten() {
		List<Node> out = new ArrayList<>();
		for (Node root : this.roots) {
			root.collect(out);
		}
		return out;
	}

	/** One unit of the tree with its shown children. */
	public record Node(Unit unit, boolean closed, int level, List<Node> children) {

		public boolean hasChildren() {
			return !this.children.isEmpty();
		}

		private void collect(List<Node> out) {
			out.add(this);
			for (Node child : this.children) {
				child.collect(out);
			}
		}

	}

	private static final class Builder {

		private final Unit unit;

		private final boolean closed;

		private final List<Builder> children = new ArrayList<>();

		private Builder(Unit unit, boolean closed) {
			this.unit = unit;
			this.closed = closed;
		}

		private Node build(boolean showClosed, int[] counts) {
			return build(showClosed, counts, 0);
		}

		private Node build(boolean showClosed, int[] counts, int level) {
			List<Node> kept = new ArrayList<>();
			for (Builder child : this.children) {
				Node node = child.build(showClosed, counts, level + 1);
				if (node != null) {
					kept.add(node);
				}
			}
			if (this.closed && !showClosed && kept.isEmpty()) {
				counts[1]++;
				return null;
			}
			counts[0]++;
			return new Node(this.unit, this.closed, level, List.copyOf(kept));
		}

	}

}
