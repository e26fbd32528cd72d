package vn.thidua.award.decision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An award record as the lists show it: the recipient as named on the decision, the title
 * or form, the decision and the amount.
 */
public record RecordRow(long id, long decisionId, String number, LocalDate decidedOn, String authority, String kind,
		long unitId, Long officerId, String recipientName, String unitName, String rank, String itemCode,
		String itemNameVi, String itemNameEn, String category, BigDecimal cashMultiple, long amount,
		String amountReason, String achievement) {

	public boolean isCollective() {
		return this.officerId == null;
	}

	public String itemName(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.itemNameEn : this.itemNameVi;
	}

}
