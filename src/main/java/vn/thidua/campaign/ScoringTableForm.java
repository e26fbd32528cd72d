package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.campaign.scoring.ZeroDenominator;

/**
 * The scoring table editor: the scale, one line per indicator of the campaign and the
 * bonus and penalty item lines. A JavaBean rather than a record because the lines are
 * bound by index ({@code rules[0].maxPoints}). Item lines left entirely blank are spare
 * lines and are ignored; the rest is checked by the service with the scoring function.
 */
@Getter
@Setter
public class ScoringTableForm {

	/** Spare item lines offered below the filled ones. */
	static final int SPARE_ITEMS = 2;

	private BigDecimal scale;

	/**
	 * Whether a unit's indicator points are scaled to the maximum of the indicators that
	 * apply to its kind; on unless the cluster's rules say otherwise.
	 */
	private boolean scalesToApplicable = true;

	@Valid
	private List<RuleLine> rules = new ArrayList<>();

	@Valid
	private List<ItemLine> items = new ArrayList<>();

	private Long version;

	/** One indicator's line. */
	@Getter
	@Setter
	public static class RuleLine {

		private Long indicatorId;

		private BigDecimal maxPoints;

		private BigDecimal bonusPerUnit;

		private BigDecimal bonusCap;

		private ZeroDenominator zeroDenominator;

		private boolean scoresWrongWay;

		public RuleLine() {
		}

		public RuleLine(Long indicatorId, BigDecimal maxPoints, BigDecimal bonusPerUnit, BigDecimal bonusCap,
				ZeroDenominator zeroDenominator) {
			this(indicatorId, maxPoints, bonusPerUnit, bonusCap, zeroDenominator, false);
		}

		public RuleLine(Long indicatorId, BigDecimal maxPoints, BigDecimal bonusPerUnit, BigDecimal bonusCap,
				ZeroDenominator zeroDenominator, boolean scoresWrongWay) {
			this.indicatorId = indicatorId;
			this.maxPoints = maxPoints;
			this.bonusPerUnit = bonusPerUnit;
			this.bonusCap = bonusCap;
			this.zeroDenominator = zeroDenominator;
			this.scoresWrongWay = scoresWrongWay;
		}

	}

	/** One bonus or penalty item's line. */
	@Getter
	@Setter
	public static class ItemLine {

		@Size(max = 30)
		private String code;

		@Size(max = 500)
		private String name;

		private AdjustmentKind kind = AdjustmentKind.BONUS;

		private BigDecimal points;

		public ItemLine() {
		}

		public ItemLine(String code, String name, AdjustmentKind kind, BigDecimal points) {
			this.code = code;
			this.name = name;
			this.kind = kind;
			this.points = points;
		}

		/** A spare line nobody filled in. */
		boolean isBlank() {
			return blank(this.code) && blank(this.name) && this.points == null;
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

	}

	/**
	 * A form for a table: the saved one, or, for a new table, a copy of {@code base} (the
	 * campaign's table, when a cluster gets its own) or an empty one of 100 points.
	 */
	static ScoringTableForm of(List<Indicator> indicators, CampaignScoringTable table, CampaignScoringTable base) {
		ScoringTableForm form = new ScoringTableForm();
		CampaignScoringTable source = table != null ? table : base;
		form.scale = source != null ? source.getScale() : BigDecimal.valueOf(100);
		form.version = table != null ? table.getVersion() : null;
		form.scalesToApplicable = source == null || source.isScalesToApplicable();
		for (Indicator indicator : indicators) {
			ScoringTableRule rule = source == null ? null : source.ruleOf(indicator).orElse(null);
			form.rules.add(rule == null ? new RuleLine(indicator.getId(), null, null, null, null)
					: new RuleLine(indicator.getId(), rule.getMaxPoints(), rule.getBonusPerUnit(), rule.getBonusCap(),
							rule.getZeroDenominator(), rule.isScoresWrongWay()));
		}
		if (source != null) {
			source.getItems()
				.forEach(i -> form.items.add(new ItemLine(i.getCode(), i.getName(), i.getKind(), i.getPoints())));
		}
		form.addSpareItems();
		return form;
	}

	/** The sum of the maxima entered, for the sum check under the lines. */
	public BigDecimal getMaximaSum() {
		return this.rules.stream()
			.map(RuleLine::getMaxPoints)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Tops up the blank item lines to {@link #SPARE_ITEMS}. */
	void addSpareItems() {
		long blank = this.items.stream().filter(ItemLine::isBlank).count();
		for (long i = blank; i < SPARE_ITEMS; i++) {
			this.items.add(new ItemLine());
		}
	}

	/** The "add a line" button: one more blank line. */
	void addItem() {
		this.items.add(new ItemLine());
	}

	/** A line's "remove" button. */
	void removeItem(int index) {
		if (index >= 0 && index < this.items.size()) {
			this.items.remove(index);
		}
	}

	List<ScoringRuleValues> ruleValues() {
		return this.rules.stream()
			.filter(r -> r.indicatorId != null)
			.map(r -> new ScoringRuleValues(r.indicatorId, r.maxPoints, r.bonusPerUnit, r.bonusCap,
					r.zeroDenominator == null ? ZeroDenominator.FULL_POINTS : r.zeroDenominator, r.scoresWrongWay))
			.toList();
	}

}
