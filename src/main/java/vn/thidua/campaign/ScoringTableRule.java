package vn.thidua.campaign;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.Getter;

import vn.thidua.campaign.scoring.ZeroDenominator;

/**
 * One indicator's line of a scoring table: its maximum points, the bonus per unit beyond
 * the target and its cap, and what a rate with no cases earns.
 */
@Entity
@Table(name = "scoring_rule")
@Getter
public class ScoringTableRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "table_id")
	private CampaignScoringTable table;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	private BigDecimal maxPoints;

	private BigDecimal bonusPerUnit;

	private BigDecimal bonusCap;

	@Enumerated(EnumType.STRING)
	private ZeroDenominator zeroDenominator;

	/** A change against last year the wrong way still earns points (off by default). */
	private boolean scoresWrongWay;

	protected ScoringTableRule() {
	}

	ScoringTableRule(CampaignScoringTable table, Indicator indicator) {
		this.table = table;
		this.indicator = indicator;
	}

	void apply(ScoringRuleValues values) {
		this.maxPoints = values.maxPoints();
		this.bonusPerUnit = values.bonusPerUnit();
		this.bonusCap = values.bonusCap();
		this.zeroDenominator = values.zeroDenominator();
		this.scoresWrongWay = values.scoresWrongWay() && this.indicator.getDirection().isChangeVsLastYear();
	}

	ScoringRuleValues values() {
		return new ScoringRuleValues(this.indicator.getId(), this.maxPoints, this.bonusPerUnit, this.bonusCap,
				this.zeroDenominator, this.scoresWrongWay);
	}

}
