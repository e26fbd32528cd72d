package vn.thidua.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.organization.ClusterService;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitService;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Campaigns: scoped reads, editing by the organiser's staff, the lifecycle (launch,
 * close, summarise), the notice to the units in scope at launch, and copying to a new
 * year.
 */
@Service
@RequiredArgsConstructor
public class CampaignService {

	static final String AUDIT_TYPE = "CAMPAIGN";

	private final CampaignRepository campaigns;

	private final ScoringTableRepository scoringTables;

	private final UnitService units;

	private final ClusterService clusters;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final org.springframework.context.MessageSource messages;

	@Transactional(readOnly = true)
	public List<Campaign> list(Integer year, CampaignKind kind, CampaignState state) {
		Scope scope = CurrentUser.get().scope();
		return this.campaigns.findVisible(year, kind, state, scope.all(), scope.pathPrefix(), scope.unitId());
	}

	@Transactional(readOnly = true)
	public List<Integer> years() {
		Scope scope = CurrentUser.get().scope();
		return this.campaigns.findVisibleYears(scope.all(), scope.pathPrefix(), scope.unitId());
	}

	/** A campaign the current user may see, or 404. */
	@Transactional(readOnly = true)
	public Campaign get(long id) {
		Scope scope = CurrentUser.get().scope();
		return this.campaigns.findVisible(id, scope.all(), scope.pathPrefix(), scope.unitId())
			.orElseThrow(NotFoundException::new);
	}

	/** A campaign with its scope loaded, for its page and form. */
	@Transactional(readOnly = true)
	public Campaign getWithScope(long id) {
		Campaign campaign = get(id);
		campaign.getClusters().forEach(EmulationCluster::getName);
		campaign.getUnits().forEach(Unit::getName);
		if (campaign.getCopiedFrom() != null) {
			campaign.getCopiedFrom().getName();
		}
		return campaign;
	}

	/** Contents with their indicators (and the indicators' unit kinds), in order. */
	@Transactional(readOnly = true)
	public List<CampaignContent> contents(long campaignId) {
		get(campaignId);
		List<CampaignContent> list = this.campaigns.findContents(campaignId);
		list.forEach(c -> c.getIndicators().forEach(i -> i.getUnitKinds().size()));
		return list;
	}

	/**
	 * Campaigns launched for the current user's unit that the unit has not opened yet
	 * ("mới phát động").
	 */
	@Transactional(readOnly = true)
	public Set<Long> unreadLaunches() {
		CurrentUser user = CurrentUser.get();
		if (!user.role().isUnitLevel() || user.unitId() == null) {
			return Set.of();
		}
		return new HashSet<>(
				this.jdbc.sql("select campaign_id from campaign_notification where unit_id = :unit and read_at is null")
					.param("unit", user.unitId())
					.query(Long.class)
					.list());
	}

	/** The current user's unit has seen the campaign. */
	@Transactional
	public void markRead(long campaignId) {
		CurrentUser user = CurrentUser.get();
		if (user.role().isUnitLevel() && user.unitId() != null) {
			this.jdbc
				.sql("update campaign_notification set read_at = now() where unit_id = :unit"
						+ " and campaign_id = :campaign and read_at is null")
				.param("unit", user.unitId())
				.param("campaign", campaignId)
				.update();
		}
	}

	public boolean canCreate() {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.ADMIN) || user.is(Role.PROVINCE_STAFF);
	}

	/** Staff of the organiser (or of a unit above it) and administrators. */
	public boolean canEdit(Campaign campaign) {
		CurrentUser user = CurrentUser.get();
		Unit organizer = campaign.getOrganizer();
		return user.is(Role.ADMIN)
				|| (user.is(Role.PROVINCE_STAFF) && user.scope().includes(organizer.getId(), organizer.getPath()));
	}

	@Transactional(readOnly = true)
	public List<Unit> organizerChoices() {
		return this.clusters.organizerChoices();
	}

	/** Clusters of the organiser in the year, for the scope. */
	@Transactional(readOnly = true)
	public List<EmulationCluster> clusterChoices(long organizerId, int year) {
		return this.clusters.listYear(year).stream().filter(c -> c.getOrganizer().getId() == organizerId).toList();
	}

	/** Units of the organiser's subtree active in the year, for the scope. */
	@Transactional(readOnly = true)
	public List<Unit> unitChoices(long organizerId, int year) {
		Unit organizer = this.units.get(organizerId);
		LocalDate first = LocalDate.of(year, 1, 1);
		return this.units.visibleUnits()
			.stream()
			.filter(u -> !u.getId().equals(organizer.getId()) && u.getPath().startsWith(organizer.getPath()))
			.filter(u -> u.getValidTo() == null || !u.getValidTo().isBefore(first))
			.sorted(java.util.Comparator.comparing(Unit::getName, vn.thidua.shared.text.VietnameseText.order()))
			.toList();
	}

	@Transactional
	public Campaign create(CampaignForm form) {
		if (!canCreate()) {
			throw new AccessDeniedException("Not allowed");
		}
		CurrentUser user = CurrentUser.get();
		Long organizerId = user.is(Role.PROVINCE_STAFF) ? user.unitId() : form.organizerId();
		if (organizerId == null) {
			throw new BusinessRuleException("organizerId", "campaign.error.noOrganizer");
		}
		Unit organizer = this.units.get(organizerId);
		checkYear(form.year(), form.startDate());
		Campaign campaign = new Campaign(organizer, form.name(), form.kind(), form.year(), form.startDate(),
				form.endDate());
		if (!canEdit(campaign)) {
			throw new AccessDeniedException("Not allowed");
		}
		checkNameFree(organizerId, form.year(), form.name(), null);
		campaign.edit(form.name(), form.kind(), form.year(), form.startDate(), form.endDate(), form.slogan(),
				form.description());
		campaign.allowEarlySubmission(form.earlySubmissionDays());
		campaign.setScope(scopeClusters(campaign, form.clusterIds()), scopeUnits(campaign, form.unitIds()));
		this.campaigns.saveAndFlush(campaign);
		this.events.publishEvent(AuditRecord.of("CAMPAIGN_CREATED", AUDIT_TYPE, campaign.getId(), label(campaign))
			.change("campaign.field.name", null, campaign.getName())
			.change("campaign.field.kind", null, label(campaign.getKind()))
			.change("campaign.field.period", null, period(campaign))
			.change("campaign.field.organizer", null, organizer.getName())
			.change("campaign.field.scope", null, scopeText(campaign))
			.build());
		return campaign;
	}

	@Transactional
	public Campaign update(long id, CampaignForm form) {
		Campaign campaign = editable(id);
		if (form.version() != null && form.version() != campaign.getVersion()) {
			throw new OptimisticLockingFailureException("Campaign " + id + " changed");
		}
		String nameBefore = campaign.getName();
		CampaignKind kindBefore = campaign.getKind();
		String periodBefore = period(campaign);
		String sloganBefore = campaign.getSlogan();
		String descriptionBefore = campaign.getDescription();
		String scopeBefore = scopeText(campaign);
		int earlyBefore = campaign.getEarlySubmissionDays();
		if (campaign.isDraft()) {
			checkYear(form.year(), form.startDate());
			if (!nameBefore.equalsIgnoreCase(form.name().trim()) || campaign.getYear() != form.year()) {
				checkNameFree(campaign.getOrganizer().getId(), form.year(), form.name(), id);
			}
		}
		campaign.edit(form.name(), form.kind(), form.year(), form.startDate(), form.endDate(), form.slogan(),
				form.description());
		campaign.allowEarlySubmission(form.earlySubmissionDays());
		campaign.setScope(scopeClusters(campaign, form.clusterIds()), scopeUnits(campaign, form.unitIds()));
		this.campaigns.flush();
		// a cluster's own scoring table goes with the cluster when it leaves the scope
		this.jdbc.sql("""
				delete from scoring_table t where t.campaign_id = :id and t.cluster_id is not null
				and not exists (select 1 from campaign_cluster cc where cc.campaign_id = :id
				                and cc.cluster_id = t.cluster_id)
				""").param("id", id).update();
		var audit = AuditRecord.of("CAMPAIGN_UPDATED", AUDIT_TYPE, id, label(campaign))
			.change("campaign.field.name", nameBefore, campaign.getName())
			.change("campaign.field.kind", label(kindBefore), label(campaign.getKind()))
			.change("campaign.field.period", periodBefore, period(campaign))
			.change("campaign.field.slogan", sloganBefore, campaign.getSlogan())
			.change("campaign.field.description", descriptionBefore, campaign.getDescription())
			.change("campaign.field.scope", scopeBefore, scopeText(campaign))
			.change("campaign.field.earlySubmissionDays", earlyBefore, campaign.getEarlySubmissionDays());
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		return campaign;
	}

	@Transactional
	public CampaignContent addContent(long campaignId, ContentForm form) {
		Campaign campaign = editable(campaignId);
		CampaignContent content = campaign.addContent(form.title(), form.description());
		this.campaigns.flush();
		this.events.publishEvent(AuditRecord.of("CAMPAIGN_CONTENT_ADDED", AUDIT_TYPE, campaignId, label(campaign))
			.change("campaign.field.content", null, content.getTitle())
			.build());
		return content;
	}

	@Transactional
	public CampaignContent updateContent(long campaignId, long contentId, ContentForm form) {
		Campaign campaign = editable(campaignId);
		CampaignContent content = content(campaign, contentId);
		String before = content.getTitle();
		String descriptionBefore = content.getDescription();
		content.rename(form.title(), form.description());
		this.campaigns.flush();
		var audit = AuditRecord.of("CAMPAIGN_CONTENT_UPDATED", AUDIT_TYPE, campaignId, label(campaign))
			.change("campaign.field.content", before, content.getTitle())
			.change("campaign.field.contentDescription", descriptionBefore, content.getDescription());
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		return content;
	}

	@Transactional
	public Indicator addIndicator(long campaignId, IndicatorForm form) {
		Campaign campaign = editable(campaignId);
		campaign.requireDraft();
		CampaignContent content = content(campaign, form.contentId());
		checkCodeFree(campaignId, form.code(), null);
		Indicator indicator = content.addIndicator(form.spec());
		this.campaigns.flush();
		this.events.publishEvent(AuditRecord.of("INDICATOR_ADDED", AUDIT_TYPE, campaignId, label(campaign))
			.change("indicator.field.indicator", null, indicator.getCode() + " " + indicator.getName())
			.change("indicator.field.direction", null, label(indicator.getDirection()))
			.change("indicator.field.target", null, plain(indicator.getTarget()))
			.build());
		return indicator;
	}

	@Transactional
	public Indicator updateIndicator(long campaignId, long indicatorId, IndicatorForm form) {
		Campaign campaign = editable(campaignId);
		campaign.requireDraft();
		Indicator indicator = indicator(campaign, indicatorId);
		if (!Objects.equals(indicator.getContent().getId(), form.contentId())) {
			throw new BusinessRuleException("contentId", "indicator.error.contentFixed");
		}
		checkCodeFree(campaignId, form.code(), indicatorId);
		IndicatorSpec before = indicator.spec();
		indicator.edit(form.spec());
		this.campaigns.flush();
		var audit = AuditRecord.of("INDICATOR_UPDATED", AUDIT_TYPE, campaignId, label(campaign))
			.change("indicator.field.code", before.code(), indicator.getCode())
			.change("indicator.field.name", before.name(), indicator.getName())
			.change("indicator.field.measureUnit", before.measureUnit(), indicator.getMeasureUnit())
			.change("indicator.field.direction", label(before.direction()), label(indicator.getDirection()))
			.change("indicator.field.inputShape", label(before.shape()), label(indicator.getInputShape()))
			.change("indicator.field.period", label(before.period()), label(indicator.getPeriod()))
			.change("indicator.field.target", plain(before.target()), plain(indicator.getTarget()))
			.change("indicator.field.floor", plain(before.floor()), plain(indicator.getFloor()));
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		return indicator;
	}

	/**
	 * Launches (phát động) the campaign and leaves a notice for every unit in its scope,
	 * directly or as a member of one of its clusters.
	 */
	@Transactional
	public Campaign launch(long id) {
		Campaign campaign = editable(id);
		campaign.launch(CurrentUser.get().getUsername(), Instant.now(this.clock),
				this.scoringTables.findCampaignTable(id).map(CampaignScoringTable::toScoringTable).orElse(null));
		// a cluster's own table must be as usable as the campaign's
		for (CampaignScoringTable clusterTable : this.scoringTables.findClusterTables(id)) {
			int problems = clusterTable.toScoringTable().problems().size();
			if (problems > 0) {
				throw new BusinessRuleException("campaign.error.launchClusterTableInvalid",
						clusterTable.getCluster().getName(), problems);
			}
		}
		this.campaigns.flush();
		int notified = this.jdbc
			.sql("""
					insert into campaign_notification (unit_id, campaign_id)
					select unit_id, :id from campaign_unit where campaign_id = :id
					union
					select m.unit_id, :id from campaign_cluster cc join organization_cluster_member_v m on m.cluster_id = cc.cluster_id
					where cc.campaign_id = :id
					on conflict do nothing
					""")
			.param("id", id)
			.update();
		this.events.publishEvent(AuditRecord.of("CAMPAIGN_LAUNCHED", AUDIT_TYPE, id, label(campaign))
			.change("campaign.field.state", label(CampaignState.DRAFT), label(CampaignState.LAUNCHED))
			.change("campaign.field.notifiedUnits", null, notified)
			.build());
		return campaign;
	}

	@Transactional
	public Campaign close(long id) {
		Campaign campaign = editable(id);
		campaign.close(Instant.now(this.clock));
		this.campaigns.flush();
		this.events.publishEvent(AuditRecord.of("CAMPAIGN_CLOSED", AUDIT_TYPE, id, label(campaign))
			.change("campaign.field.state", label(CampaignState.LAUNCHED), label(CampaignState.CLOSED))
			.build());
		return campaign;
	}

	@Transactional
	public Campaign summarise(long id) {
		Campaign campaign = editable(id);
		campaign.summarise(Instant.now(this.clock));
		this.campaigns.flush();
		this.events.publishEvent(AuditRecord.of("CAMPAIGN_SUMMARISED", AUDIT_TYPE, id, label(campaign))
			.change("campaign.field.state", label(CampaignState.CLOSED), label(CampaignState.SUMMARISED))
			.build());
		return campaign;
	}

	/**
	 * Copies a campaign to another year as a new draft: dates shifted by whole years,
	 * contents and indicators copied, the scope left empty when the source's clusters
	 * belong to another year (clusters are formed per year) and single units kept. The
	 * campaign's scoring table is copied with it; the clusters' own tables are not, since
	 * they belong to clusters of the source's year, which the copy's scope does not have.
	 */
	@Transactional
	public Campaign copy(long id, CopyForm form) {
		Campaign source = get(id);
		if (!canEdit(source)) {
			throw new AccessDeniedException("Not allowed");
		}
		int shift = form.year() - source.getYear();
		if (shift == 0) {
			throw new BusinessRuleException("year", "campaign.error.copySameYear");
		}
		checkNameFree(source.getOrganizer().getId(), form.year(), form.name(), null);
		Campaign copy = new Campaign(source.getOrganizer(), form.name(), source.getKind(), form.year(),
				source.getStartDate().plus(shift, ChronoUnit.YEARS), source.getEndDate().plus(shift, ChronoUnit.YEARS));
		copy.edit(form.name(), source.getKind(), form.year(), copy.getStartDate(), copy.getEndDate(),
				source.getSlogan(), source.getDescription());
		copy.copiedFrom(source);
		List<EmulationCluster> sameYear = source.getClusters()
			.stream()
			.filter(c -> c.getYear() == form.year())
			.toList();
		copy.setScope(sameYear, new ArrayList<>(source.getUnits()));
		for (CampaignContent content : this.campaigns.findContents(id)) {
			CampaignContent contentCopy = copy.addContent(content.getTitle(), content.getDescription());
			for (Indicator indicator : content.getIndicators()) {
				contentCopy.addIndicator(indicator.spec()).copiedFrom(indicator);
			}
		}
		this.campaigns.saveAndFlush(copy);
		this.scoringTables.findCampaignTable(id)
			.ifPresent(table -> this.scoringTables.saveAndFlush(table.copyFor(copy)));
		this.events.publishEvent(AuditRecord.of("CAMPAIGN_COPIED", AUDIT_TYPE, copy.getId(), label(copy))
			.change("campaign.field.copiedFrom", null, label(source))
			.change("campaign.field.period", null, period(copy))
			.build());
		return copy;
	}

	private Campaign editable(long id) {
		Campaign campaign = get(id);
		if (!canEdit(campaign)) {
			throw new AccessDeniedException("Not allowed");
		}
		return campaign;
	}

	private static CampaignContent content(Campaign campaign, Long contentId) {
		return campaign.getContents()
			.stream()
			.filter(c -> c.getId().equals(contentId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private static Indicator indicator(Campaign campaign, long indicatorId) {
		return campaign.indicators()
			.stream()
			.filter(i -> i.getId() == indicatorId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private List<EmulationCluster> scopeClusters(Campaign campaign, List<Long> ids) {
		List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return List.of();
		}
		List<EmulationCluster> choices = this.clusters.listYear(campaign.getYear())
			.stream()
			.filter(c -> c.getOrganizer().getId().equals(campaign.getOrganizer().getId()))
			.toList();
		List<EmulationCluster> chosen = new ArrayList<>();
		for (Long clusterId : wanted) {
			EmulationCluster cluster = campaign.getClusters()
				.stream()
				.filter(c -> c.getId().equals(clusterId))
				.findFirst()
				.or(() -> choices.stream().filter(c -> c.getId().equals(clusterId)).findFirst())
				.orElseThrow(() -> new BusinessRuleException("clusterIds", "campaign.error.clusterOutside",
						campaign.getYear()));
			chosen.add(cluster);
		}
		return chosen;
	}

	private List<Unit> scopeUnits(Campaign campaign, List<Long> ids) {
		Unit organizer = campaign.getOrganizer();
		List<Unit> chosen = new ArrayList<>();
		for (Long unitId : ids.stream().filter(Objects::nonNull).distinct().toList()) {
			Unit unit = this.units.findVisible(unitId, Scope.subtree(organizer.getId(), organizer.getPath()))
				.filter(u -> !u.getId().equals(organizer.getId()))
				.orElseThrow(() -> new BusinessRuleException("unitIds", "campaign.error.unitOutside"));
			chosen.add(unit);
		}
		return chosen;
	}

	private static void checkYear(int year, LocalDate start) {
		if (start != null && start.getYear() != year) {
			throw new BusinessRuleException("startDate", "campaign.error.startInYear", year);
		}
	}

	private void checkNameFree(long organizerId, int year, String name, Long exceptId) {
		if (this.campaigns.nameTaken(organizerId, year, name.trim(), exceptId)) {
			throw new BusinessRuleException("name", "campaign.error.nameTaken", name.trim(), year);
		}
	}

	private void checkCodeFree(long campaignId, String code, Long exceptId) {
		if (this.campaigns.codeTaken(campaignId, code.trim(), exceptId)) {
			throw new BusinessRuleException("code", "indicator.error.codeTaken", code.trim());
		}
	}

	/**
	 * The Vietnamese label of an enum value: the history keeps display text, in the
	 * language of the records.
	 */
	private String label(Enum<?> value) {
		return this.messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null,
				value.name(), java.util.Locale.forLanguageTag("vi"));
	}

	static String label(Campaign campaign) {
		return campaign.getName() + " (" + campaign.getYear() + ")";
	}

	private static String period(Campaign campaign) {
		var format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
		return campaign.getStartDate().format(format) + " – " + campaign.getEndDate().format(format);
	}

	private static String scopeText(Campaign campaign) {
		List<String> names = new ArrayList<>();
		campaign.getClusters().forEach(c -> names.add(c.getName()));
		campaign.getUnits().forEach(u -> names.add(u.getName()));
		return names.isEmpty() ? null : names.stream().sorted().collect(Collectors.joining(", "));
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
