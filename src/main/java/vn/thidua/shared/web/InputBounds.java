package vn.thidua.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import org.springframework.beans.PropertyEditorRegistry;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.thidua.shared.text.DecimalCommaEditor;

/**
 * What every form and request parameter accepts, whatever its controller: numbers as
 * {@link DecimalCommaEditor} reads them (plain, of bounded length: no exponent to
 * expand), text without NUL characters (which PostgreSQL cannot store), dates with a
 * four-digit year, and lists no longer than a form ever shows. A value outside these
 * bounds is a field error on a form, and a 400 for a request parameter.
 */
@ControllerAdvice
class InputBounds {

	/**
	 * The highest index of a list bound from a form ({@code entries[255]}): more than a
	 * form has lines; beyond it, or below zero, the request is refused.
	 */
	static final int MAX_LIST_INDEX = 255;

	@InitBinder
	void bounds(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_LIST_INDEX + 1);
		registerEditors(binder);
	}

	/** The editors of every form, also on a binding result opened again on its record. */
	static void registerEditors(PropertyEditorRegistry registry) {
		registry.registerCustomEditor(BigDecimal.class, new DecimalCommaEditor());
		registry.registerCustomEditor(String.class, new TextEditor());
		registry.registerCustomEditor(LocalDate.class, new DateEditor());
	}

	/** Text as typed, but never with a NUL character. */
	static class TextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text != null && text.indexOf('\0') >= 0) {
				throw new IllegalArgumentException("NUL character");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}

	}

	/**
	 * A day as the forms write it (dd/MM/yyyy) or as a link writes it (yyyy-MM-dd), with
	 * a four-digit year, so that no date outside what the database stores gets through;
	 * shown back as dd/MM/yyyy.
	 */
	static class DateEditor extends PropertyEditorSupport {

		private static final Pattern DAY_FIRST = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

		private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

		private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("d/M/uuuu")
			.withResolverStyle(ResolverStyle.STRICT);

		private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

		@Override
		public void setAsText(String text) {
			String value = text == null ? "" : text.strip();
			if (value.isEmpty()) {
				setValue(null);
				return;
			}
			try {
				if (DAY_FIRST.matcher(value).matches()) {
					setValue(LocalDate.parse(value, FORM));
				}
				else if (ISO.matcher(value).matches()) {
					setValue(LocalDate.parse(value));
				}
				else {
					throw new IllegalArgumentException("Not a date");
				}
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(ex);
			}
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : SHOWN.format((LocalDate) value);
		}

	}

}
