package vn.thidua.shared.document;

import java.time.LocalDate;
import java.util.Locale;

import vn.thidua.shared.text.VietnameseText;

/**
 * The heading block of a document (Decree 30/2020, appendix I): on the left the governing
 * authority (cơ quan chủ quản), the issuing unit (cơ quan ban hành) and the number and
 * symbol (số, ký hiệu); on the right the national title and motto, then the place and
 * date (địa danh, ngày tháng năm).
 *
 * @param authority the governing authority, or {@code null} when the issuer has none
 * @param issuer the issuing unit
 * @param number the number and symbol after "Số:", e.g. "12/DS-LS" or "/DS-LS" while the
 * number is still to be given
 * @param place the place name of the date line, e.g. "Lâm Sơn"
 * @param date the date of the document
 */
public record DocumentHeading(String authority, String issuer, String number, String place, LocalDate date) {

	/** The authority in capitals, as printed (regular weight). */
	public String authorityCaps() {
		return this.authority == null ? null : this.authority.toUpperCase(VietnameseText.VIETNAMESE);
	}

	/** The issuing unit in capitals, as printed (bold). */
	public String issuerCaps() {
		return this.issuer == null ? null : this.issuer.toUpperCase(VietnameseText.VIETNAMESE);
	}

	/**
	 * The day of the month with two digits: Decree 30 writes a leading zero for days
	 * below 10 ("ngày 05").
	 */
	public String day() {
		return String.format(Locale.ROOT, "%02d", this.date.getDayOfMonth());
	}

	/**
	 * The month with a leading zero for January and February only ("tháng 01", "tháng
	 * 02", but "tháng 3"), as Decree 30 prescribes, so that the handwritten dates cannot
	 * be altered.
	 */
	public String month() {
		int month = this.date.getMonthValue();
		return month <= 2 ? "0" + month : String.valueOf(month);
	}

	/** The year as text, so that messages do not print it with a grouping separator. */
	public String year() {
		return String.valueOf(this.date.getYear());
	}

	/**
	 * The place name of a provincial police unit ("Công an tỉnh Lâm Sơn" → "Lâm Sơn"):
	 * the date line of a document names the province or city, not the unit.
	 */
	public static String placeOf(String unitName) {
		String name = unitName.trim();
		for (String prefix : new String[] { "Công an thành phố ", "Công an tỉnh " }) {
			if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

}
