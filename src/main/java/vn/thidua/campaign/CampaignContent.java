package vn.thidua.campaign;

import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.Table;

import lombok.Getter;

/** A content (nội dung) of a campaign: a group of indicators, in the campaign's order. */
@Entity
@Table(name = "campaign_content")
@Getter
public class CampaignContent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id")
	private Campaign campaign;

	private int position;

	private String title;

	private String description;

	@OneToMany(mappedBy = "content", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Indicator> indicators = new ArrayList<>();

	protected CampaignContent() {
	}

	CampaignContent(Campaign campaign, int position, String title, String description) {
		this.campaign = campaign;
		this.position = position;
		edit(title, description);
	}

	/** Changes the wording; the campaign must be a draft. */
	void rename(String title, String description) {
		this.campaign.requireDraft();
		edit(title, description);
	}

	Indicator addIndicator(IndicatorSpec spec) {
		this.campaign.requireDraft();
		int next = this.indicators.stream().mapToInt(Indicator::getPosition).max().orElse(0) + 1;
		Indicator indicator = new Indicator(this, next, spec);
		this.indicators.add(indicator);
		return indicator;
	}

	private void edit(String title, String description) {
		this.title = title.trim();
		this.description = description == null || description.isBlank() ? null : description.trim();
	}

	/** Removes an indicator; the campaign must be a draft. */
	void removeIndicator(Indicator indicator) {
		this.campaign.requireDraft();
		this.indicators.remove(indicator);
	}

	/**
	 * Moves an indicator one place up ({@code -1}) or down ({@code +1}) within this
	 * content; at either end nothing moves. The campaign must be a draft.
	 * @return whether it moved
	 */
	boolean moveIndicator(Indicator indicator, int step) {
		this.campaign.requireDraft();
		List<Indicator> ordered = this.indicators.stream()
			.sorted(java.util.Comparator.comparingInt(Indicator::getPosition))
			.toList();
		int index = ordered.indexOf(indicator);
		int other = index + Integer.signum(step);
		if (index < 0 || other < 0 || other >= ordered.size()) {
			return false;
		}
		indicator.swapPositionWith(ordered.get(other));
		return true;
	}

	void swapPositionWith(CampaignContent other) {
		int mine = this.position;
		this.position = other.position;
		other.position = mine;
	}

}
