package vn.thidua.award.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

import vn.thidua.shared.web.BusinessRuleException;

/**
 * A title or a form of commendation for individuals or collectives, in force from a date
 * (to another, or still): who decides it, the share of the voting body that must approve
 * it and its cash multiple. A change from a date is a new item of the same code, the
 * current one closed the day before ({@link #closeBefore(LocalDate)}): what was decided
 * under the old one keeps it.
 */
@Entity
@Table(name = "award_catalogue_item")
@Getter
public class CatalogueItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private CatalogueCategory category;

	@Enumerated(EnumType.STRING)
	private RecipientType recipient;

	private String nameVi;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private Authority authority;

	private BigDecimal voteThreshold;

	private BigDecimal cashMultiple;

	private LocalDate validFrom;

	private LocalDate validTo;

	private int sortOrder;

	@Version
	private long version;

	protected CatalogueItem() {
	}

	/** The next version of {@code current}, from {@code from} on. */
	CatalogueItem(CatalogueItem current, LocalDate from, CatalogueItemForm form) {
		this.code = current.code;
		this.category = current.category;
		this.recipient = current.recipient;
		this.sortOrder = current.sortOrder;
		this.validFrom = from;
		this.nameVi = form.nameVi().strip();
		this.nameEn = form.nameEn().strip();
		this.authority = form.authority();
		this.voteThreshold = form.voteThreshold();
		this.cashMultiple = form.cashMultiple();
	}

	/** Whether the item is in force on {@code date}. */
	public boolean isValidOn(LocalDate date) {
		return !date.isBefore(this.validFrom) && (this.validTo == null || !date.isAfter(this.validTo));
	}

	/** The name in the page's language (Vietnamese unless English is asked for). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
	}

	/** Ends this version the day before {@code from}, when the next one starts. */
	void closeBefore(LocalDate from) {
		if (!from.isAfter(this.validFrom)) {
			throw new BusinessRuleException("validFrom", "award.catalogue.error.fromBeforeCurrent");
		}
		if (this.validTo != null && this.validTo.isBefore(from)) {
			throw new BusinessRuleException("validFrom", "award.catalogue.error.closed");
		}
		this.validTo = from.minusDays(1);
	}

}
