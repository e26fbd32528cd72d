package vn.thidua.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Unit;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * An emulation campaign (đợt thi đua) launched by an organising unit. It owns its
 * lifecycle and decides what may change in each state:
 * <ul>
 * <li>{@code DRAFT}: everything;</li>
 * <li>{@code LAUNCHED}: only the wording (description, slogan) and a later end date; the
 * name, kind, year, start, scope, contents and indicators are what units committed to, so
 * they stay;</li>
 * <li>{@code CLOSED}, {@code SUMMARISED}: nothing.</li>
 * </ul>
 */
@Entity
@Table(name = "campaign")
@Getter
public class Campaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organizer_id")
	private Unit organizer;

	private String name;

	@Enumerated(EnumType.STRING)
	private CampaignKind kind;

	private int year;

	private LocalDate startDate;

	private LocalDate endDate;

	private String slogan;

	private String description;

	@Enumerated(EnumType.STRING)
	private CampaignState state = CampaignState.DRAFT;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "copied_from_id")
	private Campaign copiedFrom;

	private Instant launchedAt;

	private String launchedBy;

	private Instant closedAt;

	private Instant summarisedAt;

	@Column(name = "sort_key")
	private byte[] sortKey;

	/**
	 * How many of the last days of a month its report may already be submitted; 0: once
	 * the month has ended.
	 */
	private int earlySubmissionDays;

	@ManyToMany
	@JoinTable(name = "campaign_cluster", joinColumns = @JoinColumn(name = "campaign_id"),
			inverseJoinColumns = @JoinColumn(name = "cluster_id"))
	@OrderBy("sortKey")
	private Set<EmulationCluster> clusters = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "campaign_unit", joinColumns = @JoinColumn(name = "campaign_id"),
			inverseJoinColumns = @JoinColumn(name = "unit_id"))
	@OrderBy("sortKey")
	private Set<Unit> units = new LinkedHashSet<>();

	@OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CampaignContent> contents = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Campaign() {
	}

	public Campaign(Unit organizer, String name, CampaignKind kind, int year, LocalDate startDate, LocalDate endDate) {
		this.organizer = organizer;
		this.name = name.trim();
		this.sortKey = VietnameseText.sortKey(this.name);
		this.kind = kind;
		this.year = year;
		setPeriod(startDate, endDate);
	}

	/**
	 * Whether the fields units commit to (kind, period start, scope, indicators) may
	 * change.
	 */
	public boolean isDraft() {
		return this.state == CampaignState.DRAFT;
	}

	/** Whether anything may change at all. */
	public boolean isEditable() {
		return this.state == CampaignState.DRAFT || this.state == CampaignState.LAUNCHED;
	}

	/**
	 * Changes the main fields. In a launched campaign only the slogan, the description
	 * and a later end date are accepted; any other change is refused on its field.
	 */
	void edit(String name, CampaignKind kind, int year, LocalDate startDate, LocalDate endDate, String slogan,
			String description) {
		requireEditable();
		String newName = name.trim();
		if (!isDraft()) {
			if (!newName.equals(this.name)) {
				throw locked("name");
			}
			if (kind != this.kind) {
				throw locked("kind");
			}
			if (year != this.year) {
				throw locked("year");
			}
			if (!startDate.equals(this.startDate)) {
				throw locked("startDate");
			}
			if (endDate.isBefore(this.endDate)) {
				throw new BusinessRuleException("endDate", "campaign.error.endDateOnlyLater");
			}
		}
		this.name = newName;
		this.sortKey = VietnameseText.sortKey(newName);
		this.kind = kind;
		this.year = year;
		setPeriod(startDate, endDate);
		this.slogan = blankToNull(slogan);
		this.description = blankToNull(description);
	}

	/**
	 * Sets how many of the last days of a month its report may be submitted (0 to 10);
	 * while the campaign is editable, since it only widens or narrows when units may
	 * submit, not what they commit to.
	 */
	void allowEarlySubmission(Integer days) {
		requireEditable();
		int value = days == null ? 0 : days;
		if (value < 0 || value > 10) {
			throw new BusinessRuleException("earlySubmissionDays", "campaign.error.earlySubmissionDays");
		}
		this.earlySubmissionDays = value;
	}

	/**
	 * The first day a report of the month may be submitted: the day after the month ends,
	 * or its last {@link #getEarlySubmissionDays()} days. June with 3 days: 28/06.
	 */
	public LocalDate firstSubmissionDay(LocalDate month) {
		return month.withDayOfMonth(1).plusMonths(1).minusDays(this.earlySubmissionDays);
	}

	/** Sets the scope: the clusters and single units taking part. Draft only. */
	void setScope(Collection<EmulationCluster> clusters, Collection<Unit> units) {
		if (!isDraft()) {
			boolean same = ids(clusters).equals(ids(this.clusters)) && unitIds(units).equals(unitIds(this.units));
			if (!same) {
				throw locked("clusterIds");
			}
			return;
		}
		for (EmulationCluster cluster : clusters) {
			if (cluster.getYear() != this.year) {
				throw new BusinessRuleException("clusterIds", "campaign.error.clusterYear", cluster.getName(),
						cluster.getYear(), this.year);
			}
		}
		this.clusters.clear();
		this.clusters.addAll(clusters);
		this.units.clear();
		this.units.addAll(units);
	}

	/** Adds a content (nội dung) at the end. Draft only. */
	CampaignContent addContent(String title, String description) {
		requireDraft();
		int position = this.contents.stream().mapToInt(CampaignContent::getPosition).max().orElse(0) + 1;
		CampaignContent content = new CampaignContent(this, position, title, description);
		this.contents.add(content);
		return content;
	}

	/** Requires that the contents and indicators may change. */
	void requireDraft() {
		if (!isDraft()) {
			throw new BusinessRuleException("campaign.error.lockedIndicators");
		}
	}

	/**
	 * Launches the campaign. Units commit to its indicators and are scored by its table,
	 * so it needs a scope, an indicator and a valid scoring table.
	 * @param scoring the campaign's scoring table over its current indicators, or
	 * {@code null} when it has none
	 */
	void launch(String by, Instant at, ScoringTable scoring) {
		if (this.state != CampaignState.DRAFT) {
			throw new BusinessRuleException("campaign.error.launchNotDraft");
		}
		if (this.clusters.isEmpty() && this.units.isEmpty()) {
			throw new BusinessRuleException("campaign.error.launchNoScope");
		}
		if (indicators().isEmpty()) {
			throw new BusinessRuleException("campaign.error.launchNoIndicator");
		}
		if (scoring == null) {
			throw new BusinessRuleException("campaign.error.launchNoScoringTable");
		}
		int problems = scoring.problems().size();
		if (problems > 0) {
			throw new BusinessRuleException("campaign.error.launchScoringTableInvalid", problems);
		}
		this.state = CampaignState.LAUNCHED;
		this.launchedBy = by;
		this.launchedAt = at;
	}

	void close(Instant at) {
		if (this.state != CampaignState.LAUNCHED) {
			throw new BusinessRuleException("campaign.error.closeNotLaunched");
		}
		this.state = CampaignState.CLOSED;
		this.closedAt = at;
	}

	void summarise(Instant at) {
		if (this.state != CampaignState.CLOSED) {
			throw new BusinessRuleException("campaign.error.summariseNotClosed");
		}
		this.state = CampaignState.SUMMARISED;
		this.summarisedAt = at;
	}

	/** Marks this draft as a copy of another campaign. */
	void copiedFrom(Campaign source) {
		this.copiedFrom = source;
	}

	public List<Indicator> indicators() {
		return this.contents.stream().flatMap(c -> c.getIndicators().stream()).toList();
	}

	private void requireEditable() {
		if (!isEditable()) {
			throw new BusinessRuleException("campaign.error.finished");
		}
	}

	private void setPeriod(LocalDate startDate, LocalDate endDate) {
		if (endDate.isBefore(startDate)) {
			throw new BusinessRuleException("endDate", "campaign.error.endBeforeStart");
		}
		this.startDate = startDate;
		this.endDate = endDate;
	}

	private static BusinessRuleException locked(String field) {
		return new BusinessRuleException(field, "campaign.error.lockedField");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static Set<Long> ids(Collection<EmulationCluster> clusters) {
		Set<Long> ids = new java.util.HashSet<>();
		clusters.forEach(c -> ids.add(c.getId()));
		return ids;
	}

	private static Set<Long> unitIds(Collection<Unit> units) {
		Set<Long> ids = new java.util.HashSet<>();
		units.forEach(u -> ids.add(u.getId()));
		return ids;
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

	/**
	 * Removes a content of a draft. A content that still has indicators is refused rather
	 * than emptied silently: its indicators are removed one by one, each seen by the
	 * user.
	 */
	void removeContent(CampaignContent content) {
		requireDraft();
		if (!content.getIndicators().isEmpty()) {
			// (no field: the message is for the whole page)
			throw new BusinessRuleException(null, "campaign.structure.error.contentHasIndicators", content.getTitle(),
					content.getIndicators().size());
		}
		this.contents.remove(content);
	}

	/**
	 * Moves a content of a draft one place up ({@code -1}) or down ({@code +1}); at
	 * either end nothing moves.
	 * @return whether it moved
	 */
	boolean moveContent(CampaignContent content, int step) {
		requireDraft();
		List<CampaignContent> ordered = this.contents.stream()
			.sorted(java.util.Comparator.comparingInt(CampaignContent::getPosition))
			.toList();
		int index = ordered.indexOf(content);
		int other = index + Integer.signum(step);
		if (index < 0 || other < 0 || other >= ordered.size()) {
			return false;
		}
		content.swapPositionWith(ordered.get(other));
		return true;
	}

}
