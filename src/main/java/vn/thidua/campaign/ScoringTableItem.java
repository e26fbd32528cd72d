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

import vn.thidua.campaign.scoring.AdjustmentKind;

/**
 * A bonus item (điểm thưởng, e.g. commended by the Ministry) or penalty item (điểm trừ,
 * e.g. a disciplinary violation) of a scoring table; points are always positive.
 */
@Entity
@Table(name = "scoring_item")
@Getter
public class ScoringTableItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "table_id")
	private CampaignScoringTable table;

	private int position;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private AdjustmentKind kind;

	private BigDecimal points;

	protected ScoringTableItem() {
	}

	ScoringTableItem(CampaignScoringTable table, int position) {
		this.table = table;
		this.position = position;
	}

	void apply(ScoringItemValues values) {
		this.code = values.code().trim();
		this.name = values.name().trim();
		this.kind = values.kind();
		this.points = values.points();
	}

	ScoringItemValues values() {
		return new ScoringItemValues(this.code, this.name, this.kind, this.points);
	}

	public boolean isBonus() {
		return this.kind == AdjustmentKind.BONUS;
	}

}
