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

}
