package vn.thidua.summary.form;

import java.util.List;
import java.util.Set;

/**
 * A row or a column of a statistical form. A line counts the objects (campaigns or award
 * records) whose leaf code along its axis is one of {@code leaves}; a line without leaves
 * is a heading that counts nothing. An object has exactly one leaf in each section of an
 * axis, so that a line whose leaves lie in one section counts each object at most once
 * and the lines of a section add up to the total.
 *
 * @param code the line's code, also the last part of its message key
 * @param level 0 for a main line, 1 for a line inside another
 * @param leaves the leaf codes the line adds up, empty for a heading
 * @param group the message key of the column group above a column, or {@code null}
 */
public record FormLine(String code, int level, List<String> leaves, String group) {

	static FormLine leaf(String code, int level) {
		return new FormLine(code, level, List.of(code), null);
	}

	static FormLine leaf(String code, String group) {
		return new FormLine(code, 1, List.of(code), group);
	}

	static FormLine sum(String code, int level, String... leaves) {
		return new FormLine(code, level, List.of(leaves), null);
	}

	static FormLine heading(String code) {
		return new FormLine(code, 0, List.of(), null);
	}

	public boolean isHeading() {
		return this.leaves.isEmpty();
	}

	public boolean isTotal() {
		return "TOTAL".equals(this.code);
	}

	Set<String> leafSet() {
		return Set.copyOf(this.leaves);
	}

}
