package vn.thidua.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.ScoreAdjustment;
import vn.thidua.campaign.scoring.ScoringRule;
import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.organization.EmulationCluster;

/**
 * The scoring table (thang điểm) of a campaign, or of one cluster of its scope when
 * {@link #getCluster()} is set: such a cluster table replaces the campaign's for the
 * cluster's members. It holds the scale and, per indicator, the maximum points and bonus;
 * the floor and target stay the indicator's, so that the table can never disagree with
 * what units committed to. {@link #toScoringTable()} gives the pure table that scores.
 */
@Entity
@Table(name = "scoring_table")
@Getter
public class CampaignScoringTable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id")
	private Campaign campaign;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cluster_id")
	private EmulationCluster cluster;

	private BigDecimal scale;

	/**
	 * Whether a unit's indicator points are scaled to the maximum of the indicators that
	 * apply to its kind ({@link vn.thidua.campaign.scoring.Scaling}).
	 */
	private boolean scalesToApplicable = true;

	@OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<ScoringTableRule> rules = new LinkedHashSet<>();

	@OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ScoringTableItem> items = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected CampaignScoringTable() {
	}

	CampaignScoringTable(Campaign campaign, EmulationCluster cluster) {
		this.campaign = campaign;
		this.cluster = cluster;
	}

	/** Whether this is a cluster's own table rather than the campaign's. */
	public boolean isClusterTable() {
		return this.cluster != null;
	}

	/** The line of an indicator, if the table has one. */
	public Optional<ScoringTableRule> ruleOf(Indicator indicator) {
		return this.rules.stream().filter(r -> r.getIndicator().getId().equals(indicator.getId())).findFirst();
	}

	/**
	 * The pure scoring table over the campaign's current indicators, in their order. An
	 * indicator the table has no line for gets a rule without maximum, which
	 * {@link ScoringTable#problems()} reports, so that a table saved before an indicator
	 * was added is seen as incomplete rather than silently scoring without it.
	 */
	public ScoringTable toScoringTable() {
		return toScoringTable(this.campaign.indicators());
	}

	/** The same, over the campaign's indicators already read by the caller. */
	ScoringTable toScoringTable(List<Indicator> indicators) {
		Map<Long, ScoringRuleValues> values = new HashMap<>();
		this.rules.forEach(r -> values.put(r.getIndicator().getId(), r.values()));
		return build(indicators, this.scale, values, this.items.stream().map(ScoringTableItem::values).toList(),
				this.scalesToApplicable);
	}

	/** The sum of the maxima of the table's lines, for the sum check on the page. */
	public BigDecimal maximaSum() {
		return this.rules.stream()
			.map(ScoringTableRule::getMaxPoints)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Replaces the contents; the caller has checked that the result is valid. */
	void replace(BigDecimal scale, List<ScoringRuleValues> ruleValues, List<ScoringItemValues> itemValues,
			boolean scalesToApplicable) {
		this.scale = scale;
		this.scalesToApplicable = scalesToApplicable;
		// the lines are other rows: touching the table makes every save raise its version
		this.updatedAt = Instant.now();
		Map<Long, Indicator> indicators = new HashMap<>();
		this.campaign.indicators().forEach(i -> indicators.put(i.getId(), i));
		Set<Long> kept = new java.util.HashSet<>();
		for (ScoringRuleValues values : ruleValues) {
			Indicator indicator = indicators.get(values.indicatorId());
			if (indicator == null) {
				continue;
			}
			kept.add(indicator.getId());
			ScoringTableRule rule = ruleOf(indicator).orElseGet(() -> {
				ScoringTableRule added = new ScoringTableRule(this, indicator);
				this.rules.add(added);
				return added;
			});
			rule.apply(values);
		}
		this.rules.removeIf(r -> !kept.contains(r.getIndicator().getId()));
		// items are updated in place by position: codes may be swapped in one save
		for (int i = 0; i < itemValues.size(); i++) {
			if (i == this.items.size()) {
				this.items.add(new ScoringTableItem(this, i + 1));
			}
			this.items.get(i).apply(itemValues.get(i));
		}
		while (this.items.size() > itemValues.size()) {
			this.items.remove(this.items.size() - 1);
		}
	}

	/** A copy of this table for a copy of its campaign, matching indicators by code. */
	CampaignScoringTable copyFor(Campaign copy) {
		CampaignScoringTable table = new CampaignScoringTable(copy, null);
		Map<String, Indicator> byCode = new HashMap<>();
		copy.indicators().forEach(i -> byCode.put(i.getCode(), i));
		List<ScoringRuleValues> values = new ArrayList<>();
		for (ScoringTableRule rule : this.rules) {
			Indicator target = byCode.get(rule.getIndicator().getCode());
			if (target != null) {
				values.add(new ScoringRuleValues(target.getId(), rule.getMaxPoints(), rule.getBonusPerUnit(),
						rule.getBonusCap(), rule.getZeroDenominator(), rule.isScoresWrongWay()));
			}
		}
		table.replace(this.scale, values, this.items.stream().map(ScoringTableItem::values).toList(),
				this.scalesToApplicable);
		return table;
	}

	/**
	 * The pure table the given values would make over the given indicators: what the
	 * editor validates before anything is saved.
	 */
	static ScoringTable build(List<Indicator> indicators, BigDecimal scale, Map<Long, ScoringRuleValues> rules,
			List<ScoringItemValues> items, boolean scalesToApplicable) {
		List<ScoringRule> scoringRules = new ArrayList<>();
		for (Indicator indicator : indicators) {
			scoringRules.add(rule(indicator, rules.get(indicator.getId())));
		}
		List<ScoreAdjustment> adjustments = items.stream()
			.map(item -> new ScoreAdjustment(item.code() == null ? "" : item.code().trim(), item.kind(), item.points()))
			.toList();
		return new ScoringTable(scale, scoringRules, adjustments, scalesToApplicable);
	}

	/**
	 * The rule of one indicator. The indicator stores a change target and floor as users
	 * write them, in the indicator's sense (5 = "giảm ≥ 5%", 10 = "tăng ≥ 10%"); the
	 * scoring function takes the signed change (−5, 10): {@link Direction#signedChange}.
	 */
	static ScoringRule rule(Indicator indicator, ScoringRuleValues values) {
		Direction direction = indicator.getDirection();
		BigDecimal target = direction == Direction.DONE_OR_NOT ? null : direction.signedChange(indicator.getTarget());
		BigDecimal floor = direction.signedChange(indicator.getFloor());
		if (values == null) {
			return new ScoringRule(indicator.getCode(), direction, null, target, floor, null, null, null, false);
		}
		return new ScoringRule(indicator.getCode(), direction, values.maxPoints(), target, floor, values.bonusPerUnit(),
				values.bonusCap(), indicator.getInputShape() == InputShape.RATIO ? values.zeroDenominator() : null,
				values.scoresWrongWay() && direction.isChangeVsLastYear());
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}
