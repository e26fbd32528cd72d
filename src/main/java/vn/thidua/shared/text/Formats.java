package vn.thidua.shared.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.stereotype.Component;

/**
 * Formats for pages and documents, as {@code @fmt} in templates: dates dd/MM/yyyy;
 * numbers in the language of the request, Vietnamese with "," as the decimal separator
 * and "." for thousands (96,47%; 1.852), English the other way round (96.47%; 1,852).
 * Printed documents and the texts kept in records use {@link #RECORDS}, always
 * Vietnamese.
 */
@Component("fmt")
public class Formats {

	/** Numbers always written the Vietnamese way: documents, history texts, files. */
	public static final Formats RECORDS = new Formats(VietnameseText.VIETNAMESE);

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(VietnameseText.VIETNAMESE);

	private static final DecimalFormatSymbols ENGLISH_SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

	static {
		SYMBOLS.setDecimalSeparator(',');
		SYMBOLS.setGroupingSeparator('.');
	}

	private final Locale fixed;

	/** Numbers in the language of the current request (Vietnamese outside a request). */
	public Formats() {
		this(null);
	}

	private Formats(Locale fixed) {
		this.fixed = fixed;
	}

	/**
	 * Vietnamese numbers whatever the language of the page, as {@code @fmt.records} in
	 * the templates of printed documents.
	 */
	public Formats getRecords() {
		return RECORDS;
	}

	private DecimalFormatSymbols symbols() {
		Locale locale = this.fixed;
		if (locale == null) {
			LocaleContext context = LocaleContextHolder.getLocaleContext();
			locale = context == null ? null : context.getLocale();
		}
		return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH_SYMBOLS : SYMBOLS;
	}

	/**
	 * A month as links and forms write it, yyyy-MM, with a four-digit year: unlike
	 * {@link java.time.YearMonth#parse}, which reads "+999999999-12", a month the
	 * database cannot store.
	 * @throws java.time.format.DateTimeParseException if the text is not such a month
	 */
	public static java.time.YearMonth parseMonth(String text) {
		String value = text == null ? "" : text.strip();
		if (!value.matches("\\d{4}-\\d{2}")) {
			throw new java.time.format.DateTimeParseException("Not a month (yyyy-MM)", value.length() > 40 ? "" : value,
					0);
		}
		return java.time.YearMonth.parse(value);
	}

	/**
	 * A month typed in a link or form, or {@code null} when it is blank or not a month
	 * (see {@link #parseMonth}): for pages that fall back to a default month.
	 */
	public static java.time.YearMonth monthOrNull(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parseMonth(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/** A month as messages write it: 03/2026. */
	public static String monthText(java.time.temporal.TemporalAccessor month) {
		java.time.YearMonth value = java.time.YearMonth.from(month);
		return String.format("%02d/%d", value.getMonthValue(), value.getYear());
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
	}

	/** 1852 → "1.852"; 96.4712 → "96,47" (in English "1,852"; "96.47"). */
	public String number(Number value) {
		if (value == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", symbols());
		return format.format(value instanceof BigDecimal ? value : value.doubleValue());
	}

	/** 96.47 → "96,47%" (in English "96.47%"). */
	public String percent(Number value) {
		return value == null ? "" : number(value) + "%";
	}

	/**
	 * A file size in the largest fitting unit, with a decimal comma: 980 → "980 B",
	 * 250880 → "245 KB", 1572864 → "1,5 MB".
	 */
	public String fileSize(long bytes) {
		if (bytes < 1024) {
			return number(bytes) + " B";
		}
		if (bytes < 1024 * 1024) {
			return new DecimalFormat("#,##0.#", symbols()).format(bytes / 1024d) + " KB";
		}
		return new DecimalFormat("#,##0.#", symbols()).format(bytes / (1024d * 1024d)) + " MB";
	}

}
