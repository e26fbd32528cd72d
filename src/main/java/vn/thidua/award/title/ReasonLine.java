package vn.thidua.award.title;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A {@link Reason} ready for the message source: enum arguments become their labels
 * ({@code EnumName.VALUE}), which the message source resolves in the user's language
 * ({@code #messages.msgWithParams(line.key, line.arguments)}).
 */
public record ReasonLine(String key, Object[] arguments) {

	static ReasonLine of(Reason reason) {
		Object[] arguments = reason.arguments()
			.stream()
			.map(a -> a instanceof Enum<?> e
					? new DefaultMessageSourceResolvable(e.getDeclaringClass().getSimpleName() + "." + e.name()) : a)
			.toArray();
		return new ReasonLine(reason.key(), arguments);
	}

}
