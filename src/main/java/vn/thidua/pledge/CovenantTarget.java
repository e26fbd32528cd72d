package vn.thidua.pledge;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.Getter;

import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.InputShape;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * A member unit's own target for one indicator: the common target or more demanding,
 * never less. Stored like {@link Indicator#getTarget()}: a {@code CHANGE_VS_LAST_YEAR}
 * target is the required decrease, a positive number.
 */
@Entity
@Table(name = "covenant_target")
@Getter
public class CovenantTarget {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "party_id")
	private CovenantParty party;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	private BigDecimal target;

	protected CovenantTarget() {
	}

	CovenantTarget(CovenantParty party, Indicator indicator, BigDecimal target) {
		this.party = party;
		this.indicator = indicator;
		this.target = target;
	}

	/** Whether the unit committed to more than the common target. */
	public boolean isAboveCommon() {
		return this.target != null && this.indicator.getTarget() != null
				&& this.target.compareTo(this.indicator.getTarget()) != 0;
	}

	void change(BigDecimal value) {
		check(this.indicator, value);
		this.target = this.indicator.getDirection() == Direction.DONE_OR_NOT ? null : value;
	}

	/**
	 * The rules a unit's own target obeys: present, not negative, a rate or a decrease at
	 * most 100%, and at least as demanding as the common target in the indicator's
	 * direction (equal for an exact target).
	 */
	static void check(Indicator indicator, BigDecimal value) {
		Direction direction = indicator.getDirection();
		if (direction == Direction.DONE_OR_NOT) {
			return;
		}
		if (value == null) {
			throw new BusinessRuleException("target", "covenant.error.targetRequired");
		}
		if (value.signum() < 0) {
			throw new BusinessRuleException("target", "covenant.error.targetNegative");
		}
		// a rate and a decrease cannot pass 100%; an increase can (doubling is +100%)
		boolean percent = indicator.getInputShape() == InputShape.RATIO || direction == Direction.CHANGE_VS_LAST_YEAR;
		if (percent && value.compareTo(HUNDRED) > 0) {
			throw new BusinessRuleException("target", "covenant.error.targetAbove100");
		}
		BigDecimal common = indicator.getTarget();
		// a change target is stored in the indicator's sense (a decrease or an increase);
		// the direction compares signed changes
		boolean enough = direction.isAtLeastAsDemanding(direction.signedChange(value), direction.signedChange(common));
		if (!enough) {
			throw new BusinessRuleException("target", "covenant.error.targetBelowCommon." + direction,
					common.stripTrailingZeros(), indicator.unitSuffix());
		}
	}

}
