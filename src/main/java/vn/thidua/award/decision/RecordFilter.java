package vn.thidua.award.decision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The search of award records: words of the recipient's name, unit or decision number
 * (diacritics ignored; found in the order typed, each from the start of a word, the last
 * one possibly unfinished, see {@link SearchWords}), a unit, a title or form (its code),
 * a year, a decision number (any part of it).
 */
public record RecordFilter(@Size(max = 100) String q, Long unitId, @Size(max = 32) String item,
		@Min(1945) @Max(2100) Integer year, @Size(max = 64) String number, @Min(0) @Max(10_000) Integer page) {

	public int pageOrFirst() {
		return this.page == null ? 0 : this.page;
	}

	public boolean isEmpty() {
		return blank(this.q) && this.unitId == null && blank(this.item) && this.year == null && blank(this.number);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
