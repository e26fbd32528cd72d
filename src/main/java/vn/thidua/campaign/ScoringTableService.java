package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.Measurement;
import vn.thidua.campaign.scoring.ScoringException;
import vn.thidua.campaign.scoring.ScoringProblem;
import vn.thidua.campaign.scoring.ScoringRule;
import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Scoring tables (thang điểm) of campaigns: reading them within the campaign's scope,
 * saving them (only when the scoring function finds nothing wrong), "try a value", and
 * finding the table that applies to a cluster's members, for the modules that score.
 * <p>
 * Who may edit: the campaign's table, those who may edit the campaign, while it is a
 * draft; a cluster's own table, the same people or the cluster's head unit (commander or
 * officer), while the campaign is a draft or launched.
 */
@Service
@RequiredArgsConstructor
public class ScoringTableService {

	private static final Locale RECORDS = Locale.forLanguageTag("vi");

	private final CampaignService campaigns;

	private final CampaignRepository campaignRepository;

	private final ScoringTableRepository tables;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final ScoringTableVersionRepository versions;

	/**
	 * What the campaign page shows of the scoring: the campaign's table, the clusters'
	 * own tables by cluster id, and what the scoring function finds wrong with each (a
	 * table saved valid becomes incomplete when an indicator is added afterwards).
	 */
	@Transactional(readOnly = true)
	public ScoringOverview overview(long campaignId) {
		this.campaigns.get(campaignId);
		List<Indicator> indicators = this.campaignRepository.findContents(campaignId)
			.stream()
			.flatMap(c -> c.getIndicators().stream())
			.toList();
		List<CampaignScoringTable> list = this.tables.findWithRules(campaignId);
		this.tables.findWithItems(campaignId);
		CampaignScoringTable own = null;
		Map<Long, CampaignScoringTable> clusterTables = new HashMap<>();
		Map<Long, List<ScoringProblem>> problems = new HashMap<>();
		for (CampaignScoringTable table : list) {
			if (table.getCluster() == null) {
				own = table;
			}
			else {
				clusterTables.put(table.getCluster().getId(), table);
			}
			problems.put(table.getId(), table.toScoringTable(indicators).problems());
		}
		return new ScoringOverview(own, clusterTables, problems);
	}

	/**
	 * The table that applies to the members of a cluster: the cluster's own if it has
	 * one, else the campaign's; {@code clusterId} {@code null} gives the campaign's. 404
	 * when the campaign is outside the current user's scope.
	 */
	@Transactional(readOnly = true)
	public Optional<CampaignScoringTable> applicableTable(long campaignId, Long clusterId) {
		this.campaigns.get(campaignId);
		if (clusterId != null) {
			Optional<CampaignScoringTable> own = this.tables.findClusterTable(campaignId, clusterId);
			if (own.isPresent()) {
				return own;
			}
		}
		return this.tables.findCampaignTable(campaignId);
	}

	/**
	 * The pure scoring table that applies to the members of a cluster (see
	 * {@link #applicableTable}), ready to score with.
	 */
	@Transactional(readOnly = true)
	public Optional<ScoringTable> scoringTable(long campaignId, Long clusterId) {
		return applicableTable(campaignId, clusterId).map(CampaignScoringTable::toScoringTable);
	}

	/**
	 * The scoring table in force for the members of a cluster in a month: the version
	 * their covenant signed and put in force (the latest in force from that month or
	 * before; a month before the first covenant came into force is scored by the first,
	 * since the covenant signed early in the year is the basis of the whole year's
	 * review), else, while no covenant of the cluster is in force, the table that applies
	 * now. {@code clusterId} {@code null} gives the campaign's table. No scope check: the
	 * caller scores a report it has already checked.
	 */
	@Transactional(readOnly = true)
	public Optional<ScoringTable> tableFor(long campaignId, Long clusterId, java.time.LocalDate month) {
		if (clusterId != null) {
			List<ScoringTableVersion> inForce = this.versions.findInForce(campaignId, clusterId);
			if (!inForce.isEmpty()) {
				ScoringTableVersion chosen = inForce.get(0);
				for (ScoringTableVersion version : inForce) {
					if (!version.getInForceFrom().isAfter(month)) {
						chosen = version;
					}
				}
				return Optional.of(SignedScoringTable.read(chosen.getContentText()).toScoringTable());
			}
			Optional<CampaignScoringTable> own = this.tables.findClusterTable(campaignId, clusterId);
			if (own.isPresent()) {
				return own.map(CampaignScoringTable::toScoringTable);
			}
		}
		return this.tables.findCampaignTable(campaignId).map(CampaignScoringTable::toScoringTable);
	}

	/**
	 * For every cluster of a campaign, the months after {@code from} and up to {@code to}
	 * (first days of months) from which the scoring table in force for its members (as
	 * {@link #tableFor} chooses it) differs from the one of the month before: a covenant
	 * signed again with a changed table. A version signed again with the same table is no
	 * change. Tables edited while no covenant of the cluster is in force are not
	 * versioned, so they are not seen here. One statement; clusters without a change are
	 * left out. No scope check: the caller shows rankings it has already checked.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<java.time.LocalDate>> tableChanges(long campaignId, java.time.LocalDate from,
			java.time.LocalDate to) {
		// the last version put in force from a month is the one that scores it
		Map<Long, Map<java.time.LocalDate, String>> hashFrom = new HashMap<>();
		this.versions.findInForceOfCampaign(campaignId)
			.forEach(v -> hashFrom.computeIfAbsent(v.getClusterId(), k -> new java.util.TreeMap<>())
				.put(v.getInForceFrom(), v.getContentHash()));
		Map<Long, List<java.time.LocalDate>> changes = new HashMap<>();
		hashFrom.forEach((cluster, versions) -> {
			String before = null;
			for (Map.Entry<java.time.LocalDate, String> version : versions.entrySet()) {
				java.time.LocalDate month = version.getKey();
				if (before != null && !before.equals(version.getValue()) && month.isAfter(from) && !month.isAfter(to)) {
					changes.computeIfAbsent(cluster, k -> new ArrayList<>()).add(month);
				}
				before = version.getValue();
			}
		});
		return changes;
	}

	/**
	 * The canonical text of the table that applies to a cluster now, for a covenant being
	 * prepared; empty when the campaign has no table.
	 */
	@Transactional(readOnly = true)
	public Optional<SignedScoringTable> currentText(long campaignId, long clusterId) {
		Optional<CampaignScoringTable> table = this.tables.findClusterTable(campaignId, clusterId)
			.or(() -> this.tables.findCampaignTable(campaignId));
		return table.map(t -> SignedScoringTable.write(t, indicatorsOf(t.getCampaign())));
	}

	/**
	 * Freezes the table that applies to a cluster for the covenant version
	 * {@code holderRef} being opened for signature, and locks the cluster's table: from
	 * now on it changes only after a new covenant version is started ({@link #release}).
	 * Called by the covenant, which has checked who opens it.
	 * @return the frozen table, whose text the covenant signs; empty when the campaign
	 * has no table (a launched campaign always has one: launching checks it)
	 */
	@Transactional
	public Optional<SignedScoringTable> freeze(long campaignId, long clusterId, long holderRef) {
		Optional<SignedScoringTable> table = currentText(campaignId, clusterId);
		table.ifPresent(t -> {
			this.versions.findByHolderRef(holderRef).ifPresent(this.versions::delete);
			this.versions.flush();
			this.versions.save(new ScoringTableVersion(campaignId, clusterId, holderRef, t.text(), sha256(t.text())));
		});
		return table;
	}

	/**
	 * The frozen table of covenant version {@code holderRef} comes into force, scoring
	 * the given month and the following ones.
	 */
	@Transactional
	public void putInForce(long holderRef, java.time.LocalDate month) {
		this.versions.findByHolderRef(holderRef).ifPresent(v -> v.putInForce(month));
	}

	/**
	 * A new covenant version of the cluster was started: its table may change again, to
	 * be signed with the new version; the version in force keeps scoring its months.
	 */
	@Transactional
	public void release(long campaignId, long clusterId) {
		this.versions.findLocked(campaignId, clusterId).forEach(ScoringTableVersion::release);
	}

	/**
	 * Whether the cluster's applicable table is locked by a covenant signed or signing.
	 */
	@Transactional(readOnly = true)
	public boolean isSignedInCovenant(long campaignId, long clusterId) {
		return this.versions.isLocked(campaignId, clusterId);
	}

	private static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the current user may change the campaign's own table now. */
	public boolean canEditCampaignTable(Campaign campaign) {
		return campaign.isDraft() && this.campaigns.canEdit(campaign);
	}

	/** Whether the current user may give this cluster its own table now. */
	public boolean canEditClusterTable(Campaign campaign, EmulationCluster cluster) {
		return campaign.isEditable() && mayEditClusterTables(campaign, cluster);
	}

	private boolean mayEditClusterTables(Campaign campaign, EmulationCluster cluster) {
		if (this.campaigns.canEdit(campaign)) {
			return true;
		}
		CurrentUser user = CurrentUser.get();
		return (user.is(Role.UNIT_COMMANDER) || user.is(Role.UNIT_OFFICER)) && cluster.getHeadUnit() != null
				&& Objects.equals(cluster.getHeadUnit().getId(), user.unitId());
	}

	/** A form for the campaign's table: the saved one, or an empty one. */
	@Transactional(readOnly = true)
	public ScoringTableForm campaignTableForm(long campaignId) {
		Campaign campaign = editableForCampaignTable(campaignId);
		return ScoringTableForm.of(campaign.indicators(), this.tables.findCampaignTable(campaignId).orElse(null), null);
	}

	/**
	 * A form for a cluster's own table: the saved one, or a copy of the campaign's to
	 * start from.
	 */
	@Transactional(readOnly = true)
	public ScoringTableForm clusterTableForm(long campaignId, long clusterId) {
		Campaign campaign = this.campaigns.get(campaignId);
		EmulationCluster cluster = clusterOf(campaign, clusterId);
		requireClusterEditor(campaign, cluster);
		CampaignScoringTable base = this.tables.findCampaignTable(campaignId).orElse(null);
		CampaignScoringTable own = this.tables.findClusterTable(campaignId, clusterId).orElse(null);
		return ScoringTableForm.of(indicatorsOf(campaign), own, base);
	}

	/** A cluster of the campaign's scope, for the editor's title. */
	@Transactional(readOnly = true)
	public EmulationCluster cluster(long campaignId, long clusterId) {
		EmulationCluster cluster = clusterOf(this.campaigns.get(campaignId), clusterId);
		cluster.getName();
		return cluster;
	}

	/** The indicators of a campaign already read, in order, in one statement. */
	private List<Indicator> indicatorsOf(Campaign campaign) {
		return this.campaignRepository.findContents(campaign.getId())
			.stream()
			.flatMap(c -> c.getIndicators().stream())
			.toList();
	}

	/** The campaign's indicators, in order, for the editor's lines. */
	@Transactional(readOnly = true)
	public List<Indicator> indicators(long campaignId) {
		List<Indicator> list = this.campaigns.contents(campaignId)
			.stream()
			.flatMap(c -> c.getIndicators().stream())
			.toList();
		return list;
	}

	/**
	 * Saves the campaign's table. Refused, with every problem and nothing changed, when
	 * the scoring function finds the table invalid.
	 */
	@Transactional
	public CampaignScoringTable saveCampaignTable(long campaignId, ScoringTableForm form) {
		Campaign campaign = editableForCampaignTable(campaignId);
		CampaignScoringTable table = this.tables.findCampaignTable(campaignId)
			.orElseGet(() -> new CampaignScoringTable(campaign, null));
		return save(campaign, table, form, null);
	}

	/**
	 * Saves a cluster's own table, which then applies to the cluster's members instead of
	 * the campaign's. Refused like the campaign's when invalid.
	 */
	@Transactional
	public CampaignScoringTable saveClusterTable(long campaignId, long clusterId, ScoringTableForm form) {
		Campaign campaign = this.campaigns.get(campaignId);
		EmulationCluster cluster = clusterOf(campaign, clusterId);
		requireClusterEditor(campaign, cluster);
		if (this.versions.isLocked(campaignId, clusterId)) {
			// the table the cluster's covenant signed changes only with a new covenant
			// version
			throw new BusinessRuleException(null, "scoringTable.error.signedInCovenant", cluster.getName());
		}
		CampaignScoringTable table = this.tables.findClusterTable(campaignId, clusterId)
			.orElseGet(() -> new CampaignScoringTable(campaign, cluster));
		return save(campaign, table, form, cluster);
	}

	/**
	 * Scores one value with the table that applies (the cluster's own when asked for and
	 * present, else the campaign's), without saving anything.
	 * @throws BusinessRuleException on the field concerned when the input is missing or
	 * refused by the scoring function
	 */
	@Transactional(readOnly = true)
	public ScoringPreview preview(long campaignId, ScoringPreviewForm form) {
		Campaign campaign = this.campaigns.get(campaignId);
		if (form.indicatorId() == null) {
			throw new BusinessRuleException("indicatorId", "scoringTable.preview.error.indicator");
		}
		Indicator indicator = campaign.indicators()
			.stream()
			.filter(i -> i.getId().equals(form.indicatorId()))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("indicatorId", "scoringTable.preview.error.indicator"));
		if (form.clusterId() != null) {
			clusterOf(campaign, form.clusterId());
		}
		CampaignScoringTable table = applicableTable(campaignId, form.clusterId())
			.orElseThrow(() -> new BusinessRuleException("scoringTable.preview.error.noTable"));
		ScoringRule rule = CampaignScoringTable.rule(indicator,
				table.ruleOf(indicator).map(ScoringTableRule::values).orElse(null));
		Measurement measurement = measurement(indicator, form);
		try {
			return new ScoringPreview(indicator, rule.score(measurement), rule.maxPoints(), table.isClusterTable());
		}
		catch (ScoringException ex) {
			ScoringProblem problem = ex.getProblem();
			throw new BusinessRuleException(inputField(indicator), problem.messageKey(), problem.argumentArray());
		}
	}

	private static Measurement measurement(Indicator indicator, ScoringPreviewForm form) {
		try {
			if (indicator.getDirection() == Direction.DONE_OR_NOT) {
				if (form.done() == null) {
					throw missing("done");
				}
				return Measurement.done(form.done());
			}
			if (indicator.getDirection().isChangeVsLastYear()) {
				if (form.thisPeriod() == null) {
					throw missing("thisPeriod");
				}
				if (form.lastYear() == null) {
					throw missing("lastYear");
				}
				return Measurement.change(form.thisPeriod(), form.lastYear());
			}
			if (indicator.getInputShape() == InputShape.RATIO) {
				if (form.numerator() == null) {
					throw missing("numerator");
				}
				if (form.denominator() == null) {
					throw missing("denominator");
				}
				return Measurement.rate(form.numerator(), form.denominator());
			}
			if (form.value() == null) {
				throw missing("value");
			}
			return Measurement.value(form.value());
		}
		catch (ScoringException ex) {
			throw new BusinessRuleException(inputField(indicator), ex.getProblem().messageKey(),
					ex.getProblem().argumentArray());
		}
	}

	private static String inputField(Indicator indicator) {
		if (indicator.getDirection() == Direction.DONE_OR_NOT) {
			return "done";
		}
		if (indicator.getDirection().isChangeVsLastYear()) {
			return "thisPeriod";
		}
		return indicator.getInputShape() == InputShape.RATIO ? "numerator" : "value";
	}

	private static BusinessRuleException missing(String field) {
		return new BusinessRuleException(field, "scoringTable.preview.error.missing");
	}

	private CampaignScoringTable save(Campaign campaign, CampaignScoringTable table, ScoringTableForm form,
			EmulationCluster cluster) {
		if (table.getId() != null && form.getVersion() != null && form.getVersion() != table.getVersion()) {
			throw new OptimisticLockingFailureException("Scoring table " + table.getId() + " changed");
		}
		List<Indicator> indicators = campaign.indicators();
		List<ScoringTableRefusedException.Problem> problems = new ArrayList<>();
		// item lines: blank spare lines are dropped; a half-filled line is explained
		List<ScoringItemValues> items = new ArrayList<>();
		Map<Integer, Integer> itemLine = new HashMap<>();
		for (int i = 0; i < form.getItems().size(); i++) {
			ScoringTableForm.ItemLine line = form.getItems().get(i);
			if (line.isBlank()) {
				continue;
			}
			String prefix = "items[" + i + "].";
			if (line.getCode() == null || line.getCode().isBlank()) {
				problems.add(new ScoringTableRefusedException.Problem(prefix + "code",
						"scoringTable.error.itemCodeMissing", new Object[] { i + 1 }));
			}
			if (line.getName() == null || line.getName().isBlank()) {
				problems.add(new ScoringTableRefusedException.Problem(prefix + "name",
						"scoringTable.error.itemNameMissing", new Object[] { i + 1 }));
			}
			if (line.getKind() == null) {
				problems.add(new ScoringTableRefusedException.Problem(prefix + "kind",
						"scoringTable.error.itemKindMissing", new Object[] { i + 1 }));
			}
			itemLine.put(items.size(), i);
			items.add(new ScoringItemValues(line.getCode() == null ? "" : line.getCode().trim(),
					line.getName() == null ? "" : line.getName().trim(),
					line.getKind() == null ? AdjustmentKind.BONUS : line.getKind(), line.getPoints()));
		}
		// and everything the scoring function finds, so that one save shows every problem
		Map<Long, ScoringRuleValues> rules = new LinkedHashMap<>();
		form.ruleValues().forEach(r -> rules.put(r.indicatorId(), r));
		ScoringTable scoring = CampaignScoringTable.build(indicators, form.getScale(), rules, items,
				form.isScalesToApplicable());
		Map<String, Integer> ruleLine = new HashMap<>();
		for (int i = 0; i < form.getRules().size(); i++) {
			Long indicatorId = form.getRules().get(i).getIndicatorId();
			int index = i;
			indicators.stream()
				.filter(ind -> ind.getId().equals(indicatorId))
				.findFirst()
				.ifPresent(ind -> ruleLine.put(ind.getCode(), index));
		}
		for (ScoringProblem problem : scoring.problems()) {
			problems.add(new ScoringTableRefusedException.Problem(field(problem, ruleLine, items, itemLine),
					problem.messageKey(), problem.argumentArray()));
		}
		if (!problems.isEmpty()) {
			throw new ScoringTableRefusedException(problems);
		}
		boolean created = table.getId() == null;
		String scaleBefore = created ? null : plain(table.getScale());
		String rulesBefore = created ? null : describeRules(table, indicators);
		String itemsBefore = created ? null : describeItems(table);
		String scalingBefore = created ? null : scalingText(table.isScalesToApplicable());
		table.replace(form.getScale(), List.copyOf(rules.values()), items, form.isScalesToApplicable());
		this.tables.saveAndFlush(table);
		var audit = AuditRecord
			.of(created ? "SCORING_TABLE_CREATED" : "SCORING_TABLE_UPDATED", CampaignService.AUDIT_TYPE,
					campaign.getId(), CampaignService.label(campaign))
			.change("scoringTable.field.table", null,
					cluster == null ? message("scoringTable.campaignTable") : cluster.getName())
			.change("scoringTable.field.scale", scaleBefore, plain(table.getScale()))
			.change("scoringTable.field.scalesToApplicable", scalingBefore, scalingText(table.isScalesToApplicable()))
			.change("scoringTable.field.rules", rulesBefore, describeRules(table, indicators))
			.change("scoringTable.field.items", itemsBefore, describeItems(table));
		this.events.publishEvent(audit.build());
		return table;
	}

	private String scalingText(boolean scales) {
		return message(scales ? "scoringTable.scaling.on" : "scoringTable.scaling.off");
	}

	/**
	 * The form field a problem of the scoring function concerns, or null for the table.
	 */
	private static String field(ScoringProblem problem, Map<String, Integer> ruleLine, List<ScoringItemValues> items,
			Map<Integer, Integer> itemLine) {
		String key = problem.messageKey();
		Object subject = problem.arguments().isEmpty() ? null : problem.arguments().get(0);
		switch (key) {
			case "scoring.error.scaleNotPositive":
				return "scale";
			case "scoring.error.maxNotPositive":
				return line("rules", ruleLine.get(String.valueOf(subject)), "maxPoints");
			case "scoring.error.bonusNotAllowed", "scoring.error.bonusNotPositive":
				return line("rules", ruleLine.get(String.valueOf(subject)), "bonusPerUnit");
			case "scoring.error.bonusCapMissing", "scoring.error.bonusCapNotPositive":
				return line("rules", ruleLine.get(String.valueOf(subject)), "bonusCap");
			case "scoring.error.targetMissing", "scoring.error.targetNegative", "scoring.error.changeTargetBelowLimit",
					"scoring.error.floorNotAllowed", "scoring.error.floorBetterThanTarget":
				return line("rules", ruleLine.get(String.valueOf(subject)), "indicatorId");
			case "scoring.error.duplicateAdjustment": {
				// the later line repeats the earlier one
				int found = -1;
				for (int i = 0; i < items.size(); i++) {
					if (items.get(i).code().equals(subject)) {
						found = i;
					}
				}
				return found < 0 ? null : line("items", itemLine.get(found), "code");
			}
			case "scoring.error.adjustmentNotPositive": {
				for (int i = 0; i < items.size(); i++) {
					if (items.get(i).code().equals(subject)) {
						return line("items", itemLine.get(i), "points");
					}
				}
				return null;
			}
			default:
				return null;
		}
	}

	private static String line(String list, Integer index, String property) {
		return index == null ? null : list + "[" + index + "]." + property;
	}

	private Campaign editableForCampaignTable(long campaignId) {
		Campaign campaign = this.campaigns.get(campaignId);
		if (!this.campaigns.canEdit(campaign)) {
			throw new AccessDeniedException("Not allowed");
		}
		if (!campaign.isDraft()) {
			throw new BusinessRuleException("scoringTable.error.lockedCampaignTable");
		}
		return campaign;
	}

	private void requireClusterEditor(Campaign campaign, EmulationCluster cluster) {
		if (!mayEditClusterTables(campaign, cluster)) {
			throw new AccessDeniedException("Not allowed");
		}
		if (!campaign.isEditable()) {
			throw new BusinessRuleException("scoringTable.error.lockedClusterTable");
		}
	}

	/** A cluster of the campaign's scope, or 404. */
	private static EmulationCluster clusterOf(Campaign campaign, long clusterId) {
		return campaign.getClusters()
			.stream()
			.filter(c -> c.getId() == clusterId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private String describeRules(CampaignScoringTable table, List<Indicator> indicators) {
		List<String> parts = new ArrayList<>();
		for (Indicator indicator : indicators) {
			table.ruleOf(indicator).ifPresent(rule -> {
				if (rule.getBonusPerUnit() == null) {
					parts.add(message("scoringTable.audit.rule", indicator.getCode(), plain(rule.getMaxPoints())));
				}
				else {
					parts.add(message("scoringTable.audit.ruleBonus", indicator.getCode(), plain(rule.getMaxPoints()),
							plain(rule.getBonusPerUnit()), plain(rule.getBonusCap())));
				}
			});
		}
		return String.join("; ", parts);
	}

	private String describeItems(CampaignScoringTable table) {
		return table.getItems()
			.stream()
			.map(i -> i.getCode() + " " + (i.isBonus() ? "+" : "−") + plain(i.getPoints()))
			.collect(Collectors.joining("; "));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, RECORDS);
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
