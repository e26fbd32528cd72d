package vn.thidua.award.decision;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

import org.hibernate.annotations.ColumnTransformer;

import vn.thidua.shared.web.BusinessRuleException;

/**
 * One recipient line of a decision, which is the award record (hồ sơ khen thưởng) of a
 * unit or of an officer: the recipient's name, rank, position and unit as they were on
 * the decision date (copied, so the record reads the same after a move, a merger or a
 * dissolution), the title or form, the achievement and the amount. The amount is the
 * catalogue's (multiple × base salary, rounded up to ten thousand đồng) unless staff give
 * a reason for another.
 */
@Entity
@Table(name = "award_record")
@Getter
public class AwardRecord {

	/** The longest achievement text (the column's length). */
	public static final int ACHIEVEMENT_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long decisionId;

	private int lineNo;

	private long unitId;

	private Long officerId;

	private String recipientName;

	private String unitName;

	private String rank;

	private String position;

	private long itemId;

	private String achievement;

	private BigDecimal cashMultiple;

	private long catalogueAmount;

	private long amount;

	private String amountReason;

	private String searchText;

	/** The words of the search text and their pairs ({@link SearchWords#lexemes}). */
	@Column(columnDefinition = "tsvector")
	@ColumnTransformer(write = "cast(? as tsvector)")
	private String searchWords;

	private byte[] sortKey;

	protected AwardRecord() {
	}

	AwardRecord(long decisionId, int lineNo, Recipient recipient, long itemId, BigDecimal cashMultiple,
			long catalogueAmount, String achievement, Long amount, String amountReason, String searchText,
			byte[] sortKey) {
		this.decisionId = decisionId;
		this.lineNo = lineNo;
		this.unitId = recipient.unitId();
		this.officerId = recipient.officerId();
		this.recipientName = recipient.name();
		this.unitName = recipient.unitName();
		this.rank = recipient.rank();
		this.position = recipient.position();
		this.itemId = itemId;
		this.cashMultiple = cashMultiple;
		this.catalogueAmount = catalogueAmount;
		this.achievement = achievement.strip();
		this.amount = amount == null ? catalogueAmount : amount;
		String reason = amountReason == null || amountReason.isBlank() ? null : amountReason.strip();
		if (this.amount != catalogueAmount && reason == null) {
			throw new BusinessRuleException("amountReason", "award.decision.error.amountReason");
		}
		this.amountReason = this.amount == catalogueAmount ? null : reason;
		this.searchText = searchText;
		this.searchWords = SearchWords.lexemes(searchText);
		this.sortKey = sortKey;
	}

	/** Whether the line is a collective's (tập thể) rather than an officer's. */
	public boolean isCollective() {
		return this.officerId == null;
	}

	/** Who receives an award, as the decision names them on its date. */
	record Recipient(long unitId, Long officerId, String name, String unitName, String rank, String position) {

	}

}
