package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.IndicatorScore;
import vn.thidua.campaign.scoring.Measurement;
import vn.thidua.campaign.scoring.ScoreReason;
import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.campaign.scoring.ZeroDenominator;
import vn.thidua.organization.ClusterForm;
import vn.thidua.organization.ClusterService;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scoring tables on the embedded database: saving, refusing invalid tables with nothing
 * changed, the launch guard, copying, cluster tables and who may edit. Campaigns and
 * clusters created here live in 2060-2069.
 */
@SpringBootTest
class ScoringTableServiceTests {

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoringTableService scoring;

	@Autowired
	ClusterService clusters;

	@Autowired
	UnitRepository units;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aValidTableIsSavedAndScoresAgainstTheIndicatorsOwnTargets() {
		long id = campaignWithThreeIndicators("Thang điểm hợp lệ", 2060);
		List<Indicator> indicators = as("staff", () -> this.scoring.indicators(id));
		ScoringTableForm form = form(indicators, "100", "50", "30", "20");
		form.getRules().get(0).setBonusPerUnit(new BigDecimal("0.5"));
		form.getRules().get(0).setBonusCap(new BigDecimal("2"));
		form.getRules().get(0).setZeroDenominator(ZeroDenominator.NO_POINTS);
		form.getItems()
			.add(new ScoringTableForm.ItemLine("KT.1", "Khen thưởng đột xuất", AdjustmentKind.BONUS,
					BigDecimal.valueOf(2)));
		form.getItems()
			.add(new ScoringTableForm.ItemLine("TR.1", "Vi phạm kỷ luật", AdjustmentKind.PENALTY,
					BigDecimal.valueOf(5)));
		form.getItems().add(new ScoringTableForm.ItemLine());
		as("staff", () -> this.scoring.saveCampaignTable(id, form));

		ScoringTable table = as("staff", () -> this.scoring.scoringTable(id, null)).orElseThrow();
		assertThat(table.isValid()).isTrue();
		assertThat(table.scale()).isEqualByComparingTo("100");
		// the change target is stored as the decrease (5) and scored as the signed change
		assertThat(table.rule("C.2").orElseThrow().target()).isEqualByComparingTo("-5");
		assertThat(table.rule("C.1").orElseThrow().floor()).isEqualByComparingTo("60");
		assertThat(table.rule("C.3").orElseThrow().target()).isNull();
		// 80% against 75%: full 50 points and 5 points beyond × 0.5 = 2.5, capped at 2
		IndicatorScore clearance = table.rule("C.1").orElseThrow().score(Measurement.rate(80, 100));
		assertThat(clearance.points()).isEqualByComparingTo("50");
		assertThat(clearance.bonus()).isEqualByComparingTo("2");
		assertThat(table.rule("C.1").orElseThrow().score(Measurement.rate(0, 0)).points()).isEqualByComparingTo("0");
		IndicatorScore crime = table.rule("C.2")
			.orElseThrow()
			.score(Measurement.change(new BigDecimal("93"), new BigDecimal("100")));
		assertThat(crime.reason()).isEqualTo(ScoreReason.MET);
		var total = table.total(List.of(clearance, crime), List.of("KT.1", "TR.1"));
		assertThat(total.total()).isEqualByComparingTo("79");
		// the spare line was not saved; the save is in the campaign's history
		assertThat(this.jdbc
			.sql("select count(*) from scoring_item s join scoring_table t on t.id = s.table_id"
					+ " where t.campaign_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'SCORING_TABLE_CREATED'" + " and object_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void scalingSwitchedOffIsSavedWrittenInTheTextAndKeptByACopyWhoseIndicatorsKnowTheirSource() {
		long id = campaignWithThreeIndicators("Thang điểm không quy đổi", 2061);
		List<Indicator> indicators = as("staff", () -> this.scoring.indicators(id));
		ScoringTableForm form = form(indicators, "100", "50", "30", "20");
		assertThat(form.isScalesToApplicable()).as("on unless switched off").isTrue();
		form.setScalesToApplicable(false);
		as("staff", () -> this.scoring.saveCampaignTable(id, form));
		assertThat(as("staff", () -> this.scoring.scoringTable(id, null)).orElseThrow().scalesToApplicable()).isFalse();
		assertThat(as("staff", () -> this.scoring.campaignTableForm(id)).isScalesToApplicable()).isFalse();
		// the text a covenant would sign says so (no cluster table here: the campaign's)
		assertThat(this.scoring.currentText(id, -1L).orElseThrow().text())
			.startsWith("scoring-table: thidua-scoring-table/2\n")
			.contains("\nscaling: off\n");
		long copy = as("staff",
				() -> this.campaigns.copy(id, new CopyForm(2062, "Thang điểm không quy đổi (bản sao)")).getId());
		assertThat(as("staff", () -> this.scoring.scoringTable(copy, null)).orElseThrow().scalesToApplicable())
			.isFalse();
		// each copied indicator names its source, in the view other modules read
		List<String> links = this.jdbc
			.sql("select c.code || '<-' || s.code from campaign_indicator_v c"
					+ " join campaign_indicator_v s on s.id = c.copied_from_id"
					+ " where c.campaign_id = :copy and s.campaign_id = :id order by c.code")
			.param("copy", copy)
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(links).containsExactly("C.1<-C.1", "C.2<-C.2", "C.3<-C.3");
	}

	@Test
	void everyInvalidTableIsRefusedWithItsMessageOnItsLineAndNothingChanges() {
		long id = campaignWithThreeIndicators("Thang điểm sai", 2061);
		List<Indicator> indicators = as("staff", () -> this.scoring.indicators(id));
		assertRefused(id, form(indicators, "100", "50", "30", "15"), null, "scoring.error.maximaSum");
		assertRefused(id, form(indicators, "0", "50", "30", "20"), "scale", "scoring.error.scaleNotPositive");
		assertRefused(id, form(indicators, "100", null, "30", "20"), "rules[0].maxPoints",
				"scoring.error.maxNotPositive");
		assertRefused(id,
				withForm(form(indicators, "100", "50", "30", "20"),
						f -> f.getRules().get(0).setBonusPerUnit(BigDecimal.ONE)),
				"rules[0].bonusCap", "scoring.error.bonusCapMissing");
		assertRefused(id, withForm(form(indicators, "100", "50", "30", "20"), f -> {
			f.getRules().get(2).setBonusPerUnit(BigDecimal.ONE);
			f.getRules().get(2).setBonusCap(BigDecimal.ONE);
		}), "rules[2].bonusPerUnit", "scoring.error.bonusNotAllowed");
		assertRefused(id, withForm(form(indicators, "100", "50", "30", "20"), f -> {
			f.getItems().add(new ScoringTableForm.ItemLine("TR", "Một", AdjustmentKind.PENALTY, BigDecimal.ONE));
			f.getItems().add(new ScoringTableForm.ItemLine("TR", "Hai", AdjustmentKind.PENALTY, BigDecimal.valueOf(2)));
		}), "items[1].code", "scoring.error.duplicateAdjustment");
		assertRefused(id,
				withForm(form(indicators, "100", "50", "30", "20"), f -> f.getItems()
					.add(new ScoringTableForm.ItemLine("KT", "Không điểm", AdjustmentKind.BONUS, BigDecimal.ZERO))),
				"items[0].points", "scoring.error.adjustmentNotPositive");
		assertRefused(id, withForm(form(indicators, "100", "50", "30", "20"),
				f -> f.getItems().add(new ScoringTableForm.ItemLine("KT", " ", AdjustmentKind.BONUS, BigDecimal.ONE))),
				"items[0].name", "scoringTable.error.itemNameMissing");
		assertThat(tableCount(id)).isZero();

		// a saved table stays as it was when a change is refused
		as("staff", () -> this.scoring.saveCampaignTable(id, form(indicators, "100", "50", "30", "20")));
		long version = this.jdbc.sql("select version from scoring_table where campaign_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		ScoringTableForm changed = form(indicators, "100", "45", "30", "20");
		changed.setVersion(version);
		assertRefused(id, changed, null, "scoring.error.maximaSum");
		assertThat(this.jdbc
			.sql("""
					select t.version || '|' || sum(r.max_points) from scoring_table t join scoring_rule r on r.table_id = t.id
					where t.campaign_id = :id group by t.version
					""")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(version + "|100.00");
	}

	@Test
	void launchingNeedsAValidTableEvenAfterAnIndicatorWasAdded() {
		long id = campaignWithThreeIndicators("Phát động cần thang điểm", 2062);
		assertLaunchRefused(id, "campaign.error.launchNoScoringTable");
		List<Indicator> indicators = as("staff", () -> this.scoring.indicators(id));
		as("staff", () -> this.scoring.saveCampaignTable(id, form(indicators, "100", "50", "30", "20")));
		// an indicator added after the table leaves it incomplete
		long contentId = indicators.get(0).getContent().getId();
		as("staff",
				() -> this.campaigns.addIndicator(id,
						new IndicatorForm(contentId, "C.4", "Chỉ tiêu thêm sau", "%", Direction.HIGHER_IS_BETTER,
								InputShape.RATIO, ReportingPeriod.MONTH, new BigDecimal("90"), null, List.of())));
		assertLaunchRefused(id, "campaign.error.launchScoringTableInvalid");
		assertThat(state(id)).isEqualTo("DRAFT");
		as("staff", () -> TestScoringTables.saveValid(this.scoring, id));
		as("staff", () -> this.campaigns.launch(id));
		assertThat(state(id)).isEqualTo("LAUNCHED");
		// the campaign's table is fixed once launched
		assertThatThrownBy(() -> as("staff", () -> TestScoringTables.saveValid(this.scoring, id)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("scoringTable.error.lockedCampaignTable"));
	}

	@Test
	void aCopyCarriesTheCampaignsTableButNotTheClustersOwn() {
		EmulationCluster cluster = cluster("Khối thử sao chép", 2063, "LS-PA03", "LS-PA04");
		long id = campaignWithThreeIndicators("Nguồn sao chép thang điểm", 2063, List.of(cluster.getId()));
		List<Indicator> indicators = as("staff", () -> this.scoring.indicators(id));
		ScoringTableForm form = form(indicators, "1000", "500", "300", "200");
		form.getRules().get(0).setBonusPerUnit(BigDecimal.TEN);
		form.getRules().get(0).setBonusCap(BigDecimal.valueOf(50));
		form.getItems()
			.add(new ScoringTableForm.ItemLine("TR.1", "Vi phạm", AdjustmentKind.PENALTY, BigDecimal.valueOf(20)));
		as("staff", () -> this.scoring.saveCampaignTable(id, form));
		as("staff",
				() -> this.scoring.saveClusterTable(id, cluster.getId(), form(indicators, "100", "50", "30", "20")));
		Campaign copy = as("staff", () -> this.campaigns.copy(id, new CopyForm(2064, "Bản sao thang điểm 2064")));
		ScoringTable copied = as("staff", () -> this.scoring.scoringTable(copy.getId(), null)).orElseThrow();
		assertThat(copied.isValid()).isTrue();
		assertThat(copied.scale()).isEqualByComparingTo("1000");
		assertThat(copied.rule("C.1").orElseThrow().bonusCap()).isEqualByComparingTo("50");
		assertThat(copied.rule("C.2").orElseThrow().target()).isEqualByComparingTo("-5");
		assertThat(copied.adjustments()).extracting(a -> a.item()).containsExactly("TR.1");
		assertThat(
				this.jdbc.sql("select count(*) from scoring_table where campaign_id = :id and cluster_id is not null")
					.param("id", copy.getId())
					.query(Long.class)
					.single())
			.isZero();
		// the copy's lines point at the copy's own indicators
		assertThat(this.jdbc.sql("""
				select count(*) from scoring_rule r join scoring_table t on t.id = r.table_id
				join indicator i on i.id = r.indicator_id where t.campaign_id = :id and i.campaign_id = :id
				""").param("id", copy.getId()).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void theDemoPoliceClusterHasItsOwnTableAndTheOtherClustersUseTheCampaigns() {
		long movement = this.jdbc.sql("select id from campaign where name like '%Vì an ninh Tổ quốc” năm 2026'")
			.query(Long.class)
			.single();
		long police = clusterId("Khối Cảnh sát");
		long security = clusterId("Khối An ninh");
		ScoringTable policeTable = as("other.officer", () -> this.scoring.scoringTable(movement, police)).orElseThrow();
		ScoringTable securityTable = as("member.officer", () -> this.scoring.scoringTable(movement, security))
			.orElseThrow();
		ScoringTable common = as("staff", () -> this.scoring.scoringTable(movement, null)).orElseThrow();
		assertThat(policeTable.rule("1.1").orElseThrow().bonusCap()).isEqualByComparingTo("5");
		assertThat(securityTable.rule("1.1").orElseThrow().bonusCap()).isEqualByComparingTo("2");
		assertThat(common.rule("1.1").orElseThrow().bonusCap()).isEqualByComparingTo("2");
		assertThat(List.of(policeTable, securityTable, common)).allSatisfy(t -> {
			assertThat(t.isValid()).isTrue();
			assertThat(t.scale()).isEqualByComparingTo("100");
			assertThat(t.rules()).hasSize(9);
		});
		assertThat(common.adjustments()).extracting(a -> a.item()).contains("KT.1", "TR.1", "TR.2");
		// 90% clearance: 15 points and 7.5 bonus, capped at 5 for the police cluster, 2
		// for the others
		assertThat(policeTable.rule("1.1").orElseThrow().score(Measurement.rate(90, 100)).bonus())
			.isEqualByComparingTo("5");
		assertThat(securityTable.rule("1.1").orElseThrow().score(Measurement.rate(90, 100)).bonus())
			.isEqualByComparingTo("2");
	}

	@Test
	void onlyTheCampaignsEditorsAndTheClustersHeadUnitMayEditItsTable() {
		EmulationCluster headed = cluster("Khối thử quyền", 2065, "LS-PA03", "LS-PA04");
		EmulationCluster other = cluster("Khối thử quyền khác", 2065, "LS-PC08", "LS-PC02");
		long id = campaignWithThreeIndicators("Quyền sửa thang điểm", 2065, List.of(headed.getId(), other.getId()));
		List<Indicator> indicators = as("staff", () -> this.scoring.indicators(id));
		ScoringTableForm valid = form(indicators, "100", "50", "30", "20");
		// a draft: unit users do not see it at all; leadership reads but does not edit
		assertThatThrownBy(() -> as("head.commander", () -> this.scoring.saveClusterTable(id, headed.getId(), valid)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("leader", () -> this.scoring.saveCampaignTable(id, valid)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("leader", () -> this.scoring.saveClusterTable(id, headed.getId(), valid)))
			.isInstanceOf(AccessDeniedException.class);
		as("staff", () -> this.scoring.saveCampaignTable(id, valid));
		as("staff", () -> this.campaigns.launch(id));
		// launched: the head unit's commander and officer may set their cluster's own
		// table
		as("head.commander",
				() -> this.scoring.saveClusterTable(id, headed.getId(), form(indicators, "1000", "500", "300", "200")));
		as("head.officer",
				() -> this.scoring.saveClusterTable(id, headed.getId(), form(indicators, "1000", "400", "400", "200")));
		assertThat(as("member.officer", () -> this.scoring.scoringTable(id, headed.getId())).orElseThrow().scale())
			.isEqualByComparingTo("1000");
		// but not a member's users, nor the head of one cluster for another, nor the
		// campaign's table
		assertThatThrownBy(() -> as("member.commander", () -> this.scoring.saveClusterTable(id, headed.getId(), valid)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("other.officer", () -> this.scoring.saveClusterTable(id, other.getId(), valid)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("head.commander", () -> this.scoring.saveCampaignTable(id, valid)))
			.isInstanceOf(AccessDeniedException.class);
		// a cluster outside the campaign's scope is not found
		long security = clusterId("Khối An ninh");
		assertThatThrownBy(() -> as("staff", () -> this.scoring.saveClusterTable(id, security, valid)))
			.isInstanceOf(NotFoundException.class);
		// the other cluster still uses the campaign's table; after the close nothing
		// changes
		assertThat(as("staff", () -> this.scoring.scoringTable(id, other.getId())).orElseThrow().scale())
			.isEqualByComparingTo("100");
		as("staff", () -> this.campaigns.close(id));
		assertThatThrownBy(() -> as("staff", () -> this.scoring.saveClusterTable(id, other.getId(), valid)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("scoringTable.error.lockedClusterTable"));
	}

	@Test
	void tryingAValueExplainsThePointsAndRefusesANonsensicalInput() {
		long id = campaignWithThreeIndicators("Chấm thử", 2066);
		List<Indicator> indicators = as("staff", () -> this.scoring.indicators(id));
		as("staff", () -> this.scoring.saveCampaignTable(id, form(indicators, "100", "50", "30", "20")));
		ScoringPreview rate = as("staff", () -> this.scoring.preview(id,
				new ScoringPreviewForm(null, indicators.get(0).getId(), null, 60L, 100L, null, null, null)));
		assertThat(rate.score().points()).isEqualByComparingTo("40");
		assertThat(rate.score().reason()).isEqualTo(ScoreReason.BELOW_TARGET);
		assertThat(rate.maxPoints()).isEqualByComparingTo("50");
		ScoringPreview done = as("staff", () -> this.scoring.preview(id,
				new ScoringPreviewForm(null, indicators.get(2).getId(), null, null, null, null, null, false)));
		assertThat(done.score().reason()).isEqualTo(ScoreReason.NOT_DONE);
		assertThatThrownBy(() -> as("staff",
				() -> this.scoring.preview(id,
						new ScoringPreviewForm(null, indicators.get(0).getId(), null, 120L, 100L, null, null, null))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("numerator");
				assertThat(ex.messageKey()).isEqualTo("scoring.error.numeratorAboveDenominator");
			});
		assertThatThrownBy(
				() -> as("staff",
						() -> this.scoring.preview(id,
								new ScoringPreviewForm(null, indicators.get(1).getId(), null, null, null,
										BigDecimal.TEN, null, null))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("lastYear");
				assertThat(ex.messageKey()).isEqualTo("scoringTable.preview.error.missing");
			});
	}

	private void assertRefused(long id, ScoringTableForm form, String field, String key) {
		assertThatThrownBy(() -> as("staff", () -> this.scoring.saveCampaignTable(id, form))).isInstanceOfSatisfying(
				ScoringTableRefusedException.class, ex -> assertThat(ex.problems()).anySatisfy(p -> {
					assertThat(p.messageKey()).isEqualTo(key);
					assertThat(p.field()).isEqualTo(field);
				}));
	}

	private void assertLaunchRefused(long id, String key) {
		assertThatThrownBy(() -> as("staff", () -> this.campaigns.launch(id)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	/** A form over the indicators: the scale, then the maxima in order. */
	private static ScoringTableForm form(List<Indicator> indicators, String scale, String... maxima) {
		ScoringTableForm form = new ScoringTableForm();
		form.setScale(new BigDecimal(scale));
		for (int i = 0; i < indicators.size(); i++) {
			form.getRules()
				.add(new ScoringTableForm.RuleLine(indicators.get(i).getId(),
						maxima[i] == null ? null : new BigDecimal(maxima[i]), null, null, null));
		}
		return form;
	}

	private static ScoringTableForm withForm(ScoringTableForm form, Consumer<ScoringTableForm> change) {
		change.accept(form);
		return form;
	}

	private long campaignWithThreeIndicators(String name, int year) {
		return campaignWithThreeIndicators(name, year, List.of());
	}

	/**
	 * A draft of the province with a rate (≥ 75%, floor 60%), a decrease (≥ 5%) and a
	 * done/not done indicator; in scope the given clusters, or else PA04.
	 */
	private long campaignWithThreeIndicators(String name, int year, List<Long> clusterIds) {
		long pa04 = this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow().getId();
		return as("staff", () -> {
			CampaignForm form = new CampaignForm(null, name, CampaignKind.THEMATIC, year,
					java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31), null, null, clusterIds,
					clusterIds.isEmpty() ? List.of(pa04) : List.of(), null);
			Campaign campaign = this.campaigns.create(form);
			long contentId = this.campaigns.addContent(campaign.getId(), new ContentForm("Nội dung", null)).getId();
			this.campaigns.addIndicator(campaign.getId(),
					new IndicatorForm(contentId, "C.1", "Tỷ lệ khám phá", "%", Direction.HIGHER_IS_BETTER,
							InputShape.RATIO, ReportingPeriod.MONTH, new BigDecimal("75"), new BigDecimal("60"),
							List.of()));
			this.campaigns.addIndicator(campaign.getId(),
					new IndicatorForm(contentId, "C.2", "Kéo giảm tội phạm", "vụ", Direction.CHANGE_VS_LAST_YEAR,
							InputShape.VALUE, ReportingPeriod.MONTH, new BigDecimal("5"), null, List.of()));
			this.campaigns.addIndicator(campaign.getId(), new IndicatorForm(contentId, "C.3", "Không vi phạm", null,
					Direction.DONE_OR_NOT, InputShape.VALUE, ReportingPeriod.YEAR, null, null, List.of()));
			return campaign.getId();
		});
	}

	/** A cluster of the province in the year, headed by its first unit. */
	private EmulationCluster cluster(String name, int year, String head, String deputy) {
		long headId = this.units.findByCodeIgnoreCase(head).orElseThrow().getId();
		long deputyId = this.units.findByCodeIgnoreCase(deputy).orElseThrow().getId();
		return as("staff", () -> this.clusters
			.create(new ClusterForm(name, year, null, null, List.of(headId, deputyId), headId, deputyId, null)));
	}

	private long clusterId(String name) {
		return this.jdbc.sql("select id from emulation_cluster where name = :n and year = 2026")
			.param("n", name)
			.query(Long.class)
			.single();
	}

	private long tableCount(long campaignId) {
		return this.jdbc.sql("select count(*) from scoring_table where campaign_id = :id")
			.param("id", campaignId)
			.query(Long.class)
			.single();
	}

	private String state(long id) {
		return this.jdbc.sql("select state from campaign where id = :id").param("id", id).query(String.class).single();
	}

	private <T> T as(String user, Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

}
