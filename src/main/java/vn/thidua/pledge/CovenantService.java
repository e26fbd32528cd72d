package vn.thidua.pledge;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignContent;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignState;
import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.SignedScoringTable;
import vn.thidua.organization.ClusterMember;
import vn.thidua.organization.ClusterService;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Unit;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Covenants: preparing one for a cluster of a launched campaign, the member units'
 * targets and registrations, opening for signature, signing, amending, and the scoped
 * reads of the pages, the printed covenant and the API.
 * <p>
 * Who may do what: provincial staff of the organiser, administrators and the users of the
 * cluster's head unit prepare, open and amend; a member unit's users fill in their own
 * unit's part of a draft; only a member unit's commander signs, for that unit.
 */
@Service
@RequiredArgsConstructor
public class CovenantService {

	static final String AUDIT_TYPE = "COVENANT";

	private final CovenantRepository covenants;

	private final CampaignService campaigns;

	private final ClusterService clusters;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ScoringTableService scoringTables;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	/**
	 * The clusters of a campaign's scope that the user sees, with their covenants (by
	 * cluster id) in two statements besides the campaign.
	 */
	@Transactional(readOnly = true)
	public CampaignCovenants ofCampaign(long campaignId) {
		Campaign campaign = this.campaigns.getWithScope(campaignId);
		Set<Long> visible = this.clusters.listYear(campaign.getYear())
			.stream()
			.map(EmulationCluster::getId)
			.collect(Collectors.toSet());
		List<EmulationCluster> list = campaign.getClusters().stream().filter(c -> visible.contains(c.getId())).toList();
		Map<Long, CovenantStatus> statuses = new HashMap<>();
		for (CovenantStatus status : statuses(campaignId)) {
			statuses.put(status.clusterId(), status);
		}
		Map<Long, Boolean> mayPrepare = new LinkedHashMap<>();
		for (EmulationCluster cluster : list) {
			mayPrepare.put(cluster.getId(), campaign.getState() == CampaignState.LAUNCHED
					&& !statuses.containsKey(cluster.getId()) && canManage(campaign, cluster));
		}
		return new CampaignCovenants(campaign, list, statuses, mayPrepare);
	}

	/**
	 * The covenants of a campaign at a glance, in one statement. The caller has checked
	 * that the user sees the campaign; covenants of clusters they do not see must be
	 * filtered by the caller.
	 */
	@Transactional(readOnly = true)
	public List<CovenantStatus> statuses(long campaignId) {
		return this.jdbc
			.sql("""
					select c.id, c.cluster_id, v.number, v.state,
					       (select count(*) from covenant_party p where p.version_id = v.id) as parties,
					       (select count(*) from covenant_party p where p.version_id = v.id and p.signed_at is not null)
					           as signed,
					       (select max(f.number) from covenant_version f where f.covenant_id = c.id and f.state = 'IN_FORCE')
					           as in_force
					from covenant c join covenant_version v on v.covenant_id = c.id and v.number = c.current_version
					where c.campaign_id = :campaign
					""")
			.param("campaign", campaignId)
			.query((rs, i) -> new CovenantStatus(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					CovenantState.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6), (Integer) rs.getObject(7)))
			.list();
	}

	/**
	 * What each member unit of a cluster registered for in the campaign's covenant, by
	 * unit id: the version in force, else the newest one; empty when the cluster has no
	 * covenant. One statement. The caller has checked that the user sees the cluster.
	 */
	@Transactional(readOnly = true)
	public Map<Long, UnitRegistration> registrations(long campaignId, long clusterId) {
		Map<Long, UnitRegistration> registrations = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.unit_id, v.number, v.state = 'IN_FORCE', p.decisive_unit, p.ministry_flag, p.province_flag,
				       p.advanced_soldiers, p.base_emulation_soldiers
				from covenant c
				join covenant_version v on v.covenant_id = c.id
				  and v.number = coalesce((select max(f.number) from covenant_version f
				                           where f.covenant_id = c.id and f.state = 'IN_FORCE'), c.current_version)
				join covenant_party p on p.version_id = v.id
				where c.campaign_id = :campaign and c.cluster_id = :cluster
				""")
			.param("campaign", campaignId)
			.param("cluster", clusterId)
			.query((rs, i) -> new UnitRegistration(rs.getLong(1), rs.getInt(2), rs.getBoolean(3),
					new CovenantParty.Registration(rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getInt(7),
							rs.getInt(8))))
			.list()
			.forEach(r -> registrations.put(r.unitId(), r));
		return registrations;
	}

	/** A covenant the current user may see (campaign and cluster loaded), or 404. */
	@Transactional(readOnly = true)
	public Covenant get(long id) {
		Scope scope = CurrentUser.get().scope();
		return this.covenants.findVisible(id, scope.all(), scope.pathPrefix(), scope.unitId())
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * One version of a covenant (the newest when {@code number} is null) with everything
	 * it says, in a few statements, or 404.
	 */
	@Transactional(readOnly = true)
	public CovenantDocument document(long covenantId, Integer number) {
		Covenant covenant = get(covenantId);
		int wanted = number == null ? covenant.getCurrentVersion() : number;
		CovenantVersion version = this.covenants.findVersion(covenantId, wanted).orElseThrow(NotFoundException::new);
		List<CovenantParty> parties = this.covenants.findParties(version.getId());
		List<CampaignContent> contents = this.campaigns.contents(covenant.getCampaign().getId());
		String currentHash = CovenantVersion.sha256(version.canonicalText(parties));
		return new CovenantDocument(covenant, version, contents, parties, this.covenants.findVersions(covenantId),
				currentHash);
	}

	/**
	 * What the current user's unit committed to in the covenants of a year (newest
	 * versions), with targets and indicators: one statement.
	 */
	@Transactional(readOnly = true)
	public List<CovenantParty> commitmentsOfMyUnit(int year) {
		CurrentUser user = CurrentUser.get();
		if (user.unitId() == null) {
			return List.of();
		}
		return this.covenants.findCommitments(user.unitId(), year);
	}

	/**
	 * A unit's own targets in the covenant in force for a campaign, by indicator id (done
	 * or not targets left out): what its results are scored against. One statement. Not
	 * scoped: callers are modules that have checked the unit already.
	 */
	@Transactional(readOnly = true)
	public Map<Long, java.math.BigDecimal> ownTargetsInForce(long campaignId, long unitId) {
		Map<Long, java.math.BigDecimal> targets = new HashMap<>();
		this.jdbc.sql("""
				select t.indicator_id, t.target from covenant_target t
				join covenant_party p on p.id = t.party_id
				join covenant_version v on v.id = p.version_id
				join covenant c on c.id = v.covenant_id
				where c.campaign_id = :c and p.unit_id = :u and v.state = 'IN_FORCE' and t.target is not null
				""")
			.param("c", campaignId)
			.param("u", unitId)
			.query((rs, i) -> targets.put(rs.getLong(1), rs.getBigDecimal(2)))
			.list();
		return targets;
	}

	/**
	 * Provincial staff of the organiser, administrators, and the users (commander or
	 * officer) of the cluster's head unit.
	 */
	public boolean canManage(Campaign campaign, EmulationCluster cluster) {
		CurrentUser user = CurrentUser.get();
		if (user.is(Role.ADMIN)) {
			return true;
		}
		if (user.is(Role.PROVINCE_STAFF)) {
			Unit organizer = campaign.getOrganizer();
			return user.scope().includes(organizer.getId(), organizer.getPath());
		}
		return user.role().isUnitLevel() && cluster.getHeadUnit() != null
				&& cluster.getHeadUnit().getId().equals(user.unitId());
	}

	public boolean canManage(Covenant covenant) {
		return canManage(covenant.getCampaign(), covenant.getCluster());
	}

	/** Those who manage the covenant, and the member unit's own users. */
	public boolean canEditParty(Covenant covenant, Long unitId) {
		CurrentUser user = CurrentUser.get();
		return canManage(covenant) || (user.role().isUnitLevel() && unitId.equals(user.unitId()));
	}

	/** Only the commander of the unit signs for it. */
	public boolean canSign(Long unitId) {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.UNIT_COMMANDER) && unitId.equals(user.unitId());
	}

	/**
	 * Prepares the covenant of a cluster for a launched campaign: version 1, a draft with
	 * every member unit of the cluster and the common target of each indicator that
	 * applies to it.
	 */
	@Transactional
	public Covenant prepare(long campaignId, long clusterId) {
		Campaign campaign = this.campaigns.getWithScope(campaignId);
		EmulationCluster cluster = this.clusters.get(clusterId);
		if (campaign.getClusters().stream().noneMatch(c -> c.getId().equals(clusterId))) {
			throw new NotFoundException();
		}
		if (!canManage(campaign, cluster)) {
			throw new AccessDeniedException("Not allowed");
		}
		if (campaign.getState() != CampaignState.LAUNCHED) {
			throw new BusinessRuleException("covenant.error.campaignNotLaunched");
		}
		if (this.covenants.existsByCampaignIdAndClusterId(campaignId, clusterId)) {
			throw new BusinessRuleException(null, "covenant.error.exists", cluster.getName());
		}
		List<Indicator> indicators = this.campaigns.contents(campaignId)
			.stream()
			.flatMap(c -> c.getIndicators().stream())
			.toList();
		Covenant covenant = new Covenant(campaign, cluster, CurrentUser.get().getUsername(), now());
		CovenantVersion first = covenant.latest();
		for (ClusterMember member : this.clusters.members(clusterId)) {
			first.addParty(member.getUnit(), indicators);
		}
		this.covenants.saveAndFlush(covenant);
		this.events.publishEvent(AuditRecord.of("COVENANT_PREPARED", AUDIT_TYPE, covenant.getId(), label(covenant))
			.change("covenant.field.version", null, 1)
			.change("covenant.field.parties", null, first.getParties().size())
			.build());
		return covenant;
	}

	/**
	 * Changes a member unit's own targets and registrations in the draft. A target below
	 * the common one is refused on its field, and nothing is saved.
	 */
	@Transactional
	public CovenantParty commit(long covenantId, long unitId, CommitmentForm form) {
		Covenant covenant = get(covenantId);
		CovenantVersion version = latestVersion(covenant);
		CovenantParty party = version.party(unitId).orElseThrow(NotFoundException::new);
		if (!canEditParty(covenant, unitId)) {
			throw new AccessDeniedException("Not allowed");
		}
		version.requireDraft();
		if (form.version() != null && form.version() != party.getVersion()) {
			throw new OptimisticLockingFailureException("Covenant party " + party.getId() + " changed");
		}
		Map<Long, BigDecimal> wanted = new HashMap<>();
		for (int i = 0; i < form.targets().size(); i++) {
			CommitmentForm.TargetEntry entry = form.targets().get(i);
			CovenantTarget target = party.targetOf(entry.indicatorId());
			if (target == null) {
				throw new BusinessRuleException("targets[" + i + "].target", "covenant.error.indicatorNotApplicable");
			}
			try {
				CovenantTarget.check(target.getIndicator(), entry.target());
			}
			catch (BusinessRuleException ex) {
				throw new BusinessRuleException("targets[" + i + "].target", ex.messageKey(), ex.arguments());
			}
			wanted.put(entry.indicatorId(), entry.target());
		}
		Map<Long, String> before = new HashMap<>();
		party.getTargets().forEach(t -> before.put(t.getIndicator().getId(), CovenantVersion.plain(t.getTarget())));
		CovenantParty.Registration registrationBefore = party.registration();
		party.commit(wanted, form.registration());
		this.covenants.flush();
		var audit = AuditRecord.of("COVENANT_COMMITMENT_UPDATED", AUDIT_TYPE, covenantId, label(covenant))
			.change("covenant.field.unit", null, party.getUnit().getName());
		for (CovenantTarget target : party.targetsInOrder()) {
			String code = target.getIndicator().getCode() + ": ";
			String old = before.get(target.getIndicator().getId());
			String now = CovenantVersion.plain(target.getTarget());
			if (!Objects.equals(old, now)) {
				audit.change("covenant.field.target", code + old.replace('.', ','), code + now.replace('.', ','));
			}
		}
		audit.change("covenant.field.registration", registrationText(registrationBefore),
				registrationText(party.registration()));
		this.events.publishEvent(audit.build());
		return party;
	}

	/** Opens the draft for signature: its content is frozen and hashed. */
	@Transactional
	public CovenantVersion open(long covenantId) {
		Covenant covenant = managed(covenantId);
		CovenantVersion version = latestVersion(covenant);
		// the scoring table is part of what is signed: frozen now, and locked until a new
		// version is started
		String table = this.scoringTables
			.freeze(covenant.getCampaign().getId(), covenant.getCluster().getId(), version.getId())
			.map(SignedScoringTable::text)
			.orElse(null);
		version.open(CurrentUser.get().getUsername(), now(), table);
		this.covenants.flush();
		this.events.publishEvent(AuditRecord.of("COVENANT_OPENED", AUDIT_TYPE, covenantId, label(covenant))
			.change("covenant.field.version", null, version.getNumber())
			.change("covenant.field.state", label(CovenantState.DRAFT), label(CovenantState.SIGNING))
			.change("covenant.field.hash", null, version.getContentHash())
			.build());
		return version;
	}

	/**
	 * The current user, commander of a member unit, signs the version open for signature
	 * for their unit. Anybody else is refused with a 403 saying why; a covenant of a
	 * cluster the user does not see is not found.
	 * @param shownHash the hash shown on the page the user signed from, if any
	 */
	@Transactional
	public CovenantVersion sign(long covenantId, long unitId, String shownHash) {
		Covenant covenant = get(covenantId);
		CurrentUser user = CurrentUser.get();
		if (!user.is(Role.UNIT_COMMANDER)) {
			throw new SignatureRefusedException("covenant.error.signNotCommander");
		}
		if (!Objects.equals(user.unitId(), unitId)) {
			throw new SignatureRefusedException("covenant.error.signOtherUnit");
		}
		CovenantVersion version = this.covenants.findVersionForUpdate(covenantId, covenant.getCurrentVersion())
			.orElseThrow(NotFoundException::new);
		CovenantState before = version.getState();
		version.sign(unitId, user.getUsername(), user.fullName(), blankToNull(shownHash), now());
		if (version.getState() == CovenantState.IN_FORCE) {
			this.scoringTables.putInForce(version.getId(),
					LocalDate.ofInstant(version.getInForceAt(), vn.thidua.shared.text.Formats.ZONE));
		}
		this.covenants.flush();
		CovenantParty party = version.party(unitId).orElseThrow();
		this.events.publishEvent(AuditRecord.of("COVENANT_SIGNED", AUDIT_TYPE, covenantId, label(covenant))
			.change("covenant.field.version", null, version.getNumber())
			.change("covenant.field.unit", null, party.getUnit().getName())
			.change("covenant.field.hash", null, party.getSignatureHash())
			.change("covenant.field.state", label(before), label(version.getState()))
			.build());
		return version;
	}

	/**
	 * Starts an amendment of the covenant in force: a new draft version, to be signed
	 * again; the version in force stays in force (and readable) until then.
	 */
	@Transactional
	public CovenantVersion amend(long covenantId) {
		Covenant covenant = managed(covenantId);
		CovenantVersion next = covenant.amend(CurrentUser.get().getUsername(), now());
		this.scoringTables.release(covenant.getCampaign().getId(), covenant.getCluster().getId());
		this.covenants.flush();
		this.events.publishEvent(AuditRecord.of("COVENANT_AMENDED", AUDIT_TYPE, covenantId, label(covenant))
			.change("covenant.field.version", next.getNumber() - 1, next.getNumber())
			.build());
		return next;
	}

	private Covenant managed(long covenantId) {
		Covenant covenant = get(covenantId);
		if (!canManage(covenant)) {
			throw new AccessDeniedException("Not allowed");
		}
		return covenant;
	}

	private CovenantVersion latestVersion(Covenant covenant) {
		return this.covenants.findVersion(covenant.getId(), covenant.getCurrentVersion())
			.orElseThrow(NotFoundException::new);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private String label(Enum<?> value) {
		return this.messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null,
				value.name(), Locale.forLanguageTag("vi"));
	}

	private String registrationText(CovenantParty.Registration r) {
		Locale vi = Locale.forLanguageTag("vi");
		StringBuilder text = new StringBuilder();
		if (r.decisiveUnit()) {
			text.append(this.messages.getMessage("covenant.title.decisiveUnit", null, vi)).append("; ");
		}
		if (r.ministryFlag()) {
			text.append(this.messages.getMessage("covenant.title.ministryFlag", null, vi)).append("; ");
		}
		if (r.provinceFlag()) {
			text.append(this.messages.getMessage("covenant.title.provinceFlag", null, vi)).append("; ");
		}
		text.append(this.messages.getMessage("covenant.title.advancedSoldiers", null, vi))
			.append(": ")
			.append(r.advancedSoldiers())
			.append("; ")
			.append(this.messages.getMessage("covenant.title.baseEmulationSoldiers", null, vi))
			.append(": ")
			.append(r.baseEmulationSoldiers());
		return text.toString();
	}

	static String label(Covenant covenant) {
		return covenant.getCluster().getName() + " – " + covenant.getCampaign().getName() + " ("
				+ covenant.getCampaign().getYear() + ")";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** The year of today, for the unit's own view. */
	int currentYear() {
		return LocalDate.now(this.clock.withZone(vn.thidua.shared.text.Formats.ZONE)).getYear();
	}

}
