package vn.thidua.campaign;

import vn.thidua.campaign.scoring.Direction;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import vn.thidua.organization.UnitKind;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * An indicator (chỉ tiêu) of a campaign content: what is measured, which direction is
 * better, how it is reported and the common target every unit is scored against unless
 * its covenant commits it to more.
 */
@Entity
@Table(name = "indicator")
@Getter
public class Indicator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id")
	private Campaign campaign;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "content_id")
	private CampaignContent content;

	private int position;

	private String code;

	private String name;

	private String measureUnit;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	private InputShape inputShape;

	@Enumerated(EnumType.STRING)
	private ReportingPeriod period;

	/**
	 * The common target. For a change against last year it is stored as users write it,
	 * in the indicator's sense: the required decrease for {@code CHANGE_VS_LAST_YEAR} (5
	 * = "giảm ≥ 5%"), the required increase for {@code INCREASE_VS_LAST_YEAR} (10 = "tăng
	 * ≥ 10%"). The scoring rules of {@code campaign.scoring} take the signed change:
	 * {@link Direction#signedChange} converts, for the target and the floor alike.
	 */
	private BigDecimal target;

	/**
	 * Optional: worse than this earns zero, in every direction that has a scale (for a
	 * change, in the indicator's sense like the target; a negative floor lies on the
	 * wrong side of "no change" and counts only where the scoring table scores a change
	 * the wrong way).
	 */
	@Column(name = "floor_value")
	private BigDecimal floor;

	@ElementCollection
	@CollectionTable(name = "indicator_unit_kind", joinColumns = @JoinColumn(name = "indicator_id"))
	@Column(name = "unit_kind")
	@Enumerated(EnumType.STRING)
	private Set<UnitKind> unitKinds = new HashSet<>();

	/**
	 * The indicator of last year's campaign this one was copied from, {@code null} when
	 * it was created here: where "the same period last year" of a change indicator is
	 * read.
	 */
	@Column(name = "copied_from_id")
	private Long copiedFromId;

	protected Indicator() {
	}

	Indicator(CampaignContent content, int position, IndicatorSpec spec) {
		this.content = content;
		this.campaign = content.getCampaign();
		this.position = position;
		apply(spec);
	}

	/** Changes the indicator; the campaign must be a draft. */
	void edit(IndicatorSpec spec) {
		this.campaign.requireDraft();
		apply(spec);
	}

	private void apply(IndicatorSpec spec) {
		check(spec);
		this.code = spec.code().trim();
		this.name = spec.name().trim();
		this.measureUnit = spec.shape() == InputShape.RATIO ? "%"
				: (spec.measureUnit() == null || spec.measureUnit().isBlank() ? null : spec.measureUnit().trim());
		this.direction = spec.direction();
		this.inputShape = spec.shape();
		this.period = spec.period();
		this.target = spec.direction() == Direction.DONE_OR_NOT ? null : spec.target();
		this.floor = spec.direction().allowsFloor() ? spec.floor() : null;
		this.unitKinds.clear();
		if (spec.unitKinds() != null) {
			this.unitKinds.addAll(spec.unitKinds());
		}
	}

	/** The rules an indicator always obeys. */
	static void check(IndicatorSpec spec) {
		Direction direction = spec.direction();
		if (direction != Direction.DONE_OR_NOT && spec.target() == null) {
			throw new BusinessRuleException("target", "indicator.error.targetRequired");
		}
		if (direction != Direction.DONE_OR_NOT && spec.target().signum() < 0) {
			throw new BusinessRuleException("target", "indicator.error.targetNegative");
		}
		if (spec.shape() == InputShape.RATIO && direction != Direction.DONE_OR_NOT
				&& spec.target().compareTo(HUNDRED) > 0) {
			throw new BusinessRuleException("target", "indicator.error.ratioTarget");
		}
		if (direction == Direction.CHANGE_VS_LAST_YEAR && spec.target().compareTo(HUNDRED) > 0) {
			throw new BusinessRuleException("target", "indicator.error.changeTarget");
		}
		if (spec.floor() != null && direction.allowsFloor()) {
			checkFloor(direction, spec.target(), spec.floor());
		}
		if (direction == Direction.DONE_OR_NOT && spec.shape() == InputShape.RATIO) {
			throw new BusinessRuleException("inputShape", "indicator.error.doneIsValue");
		}
	}

	/**
	 * A floor lies on the worse side of the target: below it for higher is better and for
	 * a change (written in the indicator's sense), above it for lower is better. A change
	 * floor may be negative (the wrong way), but a decrease or increase cannot pass
	 * −100%.
	 */
	private static void checkFloor(Direction direction, BigDecimal target, BigDecimal floor) {
		if (direction == Direction.LOWER_IS_BETTER) {
			if (floor.compareTo(target) < 0) {
				throw new BusinessRuleException("floor", "indicator.error.floorBelowTarget");
			}
			return;
		}
		if (floor.compareTo(target) > 0) {
			throw new BusinessRuleException("floor", direction.isChangeVsLastYear()
					? "indicator.error.changeFloorAboveTarget" : "indicator.error.floorAboveTarget");
		}
		if (direction == Direction.HIGHER_IS_BETTER && floor.signum() < 0) {
			throw new BusinessRuleException("floor", "indicator.error.floorNegative");
		}
		// the other way than the sense is a decrease for an increase: at most 100%
		if (direction == Direction.INCREASE_VS_LAST_YEAR && floor.compareTo(HUNDRED.negate()) < 0) {
			throw new BusinessRuleException("floor", "indicator.error.changeFloorLimit");
		}
	}

	/** The unit kinds in their declared order, for display. */
	public Set<UnitKind> unitKindsInOrder() {
		return this.unitKinds.isEmpty() ? EnumSet.noneOf(UnitKind.class) : EnumSet.copyOf(this.unitKinds);
	}

	/** The unit shown after a number: "%" sticks to it, a word follows a space. */
	public String unitSuffix() {
		if (this.measureUnit == null) {
			return "";
		}
		return "%".equals(this.measureUnit) ? "%" : " " + this.measureUnit;
	}

	/** Marks this indicator, in a copied campaign, as the copy of {@code source}. */
	void copiedFrom(Indicator source) {
		this.copiedFromId = source.getId();
	}

	/** Whether the indicator applies to units of {@code kind}: no kinds means all. */
	public boolean appliesTo(UnitKind kind) {
		return this.unitKinds.isEmpty() || this.unitKinds.contains(kind);
	}

	IndicatorSpec spec() {
		return new IndicatorSpec(this.code, this.name, this.measureUnit, this.direction, this.inputShape, this.period,
				this.target, this.floor, Set.copyOf(this.unitKinds));
	}

	void swapPositionWith(Indicator other) {
		int mine = this.position;
		this.position = other.position;
		other.position = mine;
	}

}
