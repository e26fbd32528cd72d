package vn.thidua.award.title;

import java.util.List;

/**
 * One line of the explanation of a proposal: a message key of the {@code award-title}
 * bundle and its arguments. Arguments that are enum constants are shown by their label
 * ({@code EnumName.VALUE}); years and figures are passed as text so that no grouping
 * separator is added.
 */
public record Reason(String key, List<Object> arguments) {

	public Reason {
		arguments = List.copyOf(arguments);
	}

	public static Reason of(String key, Object... arguments) {
		return new Reason(key, List.of(arguments));
	}

}
