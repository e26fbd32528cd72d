package vn.thidua.campaign.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong with a rule, a table or an input, as a message key of
 * {@code messages/scoring} and its arguments, so that another layer can show it in
 * Vietnamese or English.
 *
 * @param messageKey the key, e.g. {@code scoring.error.maximaSum}
 * @param arguments the message arguments, in order
 */
public record ScoringProblem(String messageKey, List<Object> arguments) {

	public ScoringProblem {
		Objects.requireNonNull(messageKey, "messageKey");
		// not List.copyOf: an argument may be null (an empty field)
		arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
	}

	public static ScoringProblem of(String messageKey, Object... arguments) {
		return new ScoringProblem(messageKey, Arrays.asList(arguments));
	}

	/** The arguments as an array, as {@code MessageSource.getMessage} wants them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
