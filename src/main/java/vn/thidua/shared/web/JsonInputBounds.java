package vn.thidua.shared.web;

import java.math.BigDecimal;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import vn.thidua.shared.text.DecimalCommaEditor;

/**
 * What the API reads: a bounded document, and numbers with no more digits than a form
 * accepts. A decimal is refused when its exponent would put it outside those bounds
 * ({@code 1e1000000}), before anything expands it into its digits.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputBounds {

	/** A request body of the API: far more than the figures of a report take. */
	static final long MAX_DOCUMENT_LENGTH = 1024 * 1024;

	static final int MAX_NUMBER_LENGTH = DecimalCommaEditor.MAX_LENGTH;

	static final int MAX_STRING_LENGTH = 100_000;

	@Bean
	JsonFactoryBuilderCustomizer boundedJsonDocuments() {
		return builder -> builder.streamReadConstraints(StreamReadConstraints.builder()
			.maxDocumentLength(MAX_DOCUMENT_LENGTH)
			.maxNumberLength(MAX_NUMBER_LENGTH)
			.maxStringLength(MAX_STRING_LENGTH)
			.maxNestingDepth(50)
			.build());
	}

	@Bean
	JsonMapperBuilderCustomizer boundedJsonDecimals() {
		return builder -> builder
			.addModule(new SimpleModule("bounded-decimals").addDeserializer(BigDecimal.class, new BoundedDecimal()));
	}

	/**
	 * A decimal within {@link DecimalCommaEditor}'s bounds, from a JSON number or text.
	 */
	static class BoundedDecimal extends ValueDeserializer<BigDecimal> {

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			BigDecimal value;
			if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
				value = parser.getDecimalValue();
			}
			else if (token == JsonToken.VALUE_STRING) {
				String text = parser.getString().strip();
				if (text.isEmpty()) {
					return null;
				}
				if (text.length() > MAX_NUMBER_LENGTH) {
					throw InvalidFormatException.from(parser, "Number too long", text.substring(0, 40) + "…",
							BigDecimal.class);
				}
				try {
					value = new BigDecimal(text);
				}
				catch (NumberFormatException ex) {
					throw InvalidFormatException.from(parser, "Not a number", text, BigDecimal.class);
				}
			}
			else {
				return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
			}
			if (!DecimalCommaEditor.withinBounds(value)) {
				throw InvalidFormatException.from(parser,
						"Number out of range: at most " + DecimalCommaEditor.MAX_INTEGER_DIGITS
								+ " digits before the decimal point and " + DecimalCommaEditor.MAX_SCALE + " after it",
						parser.getString(), BigDecimal.class);
			}
			return value;
		}

	}

}
