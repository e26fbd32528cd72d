package vn.thidua.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.campaign.ScoringTableForm;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.scoring.Measurement;
import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Covenant rules on the demo data, each test on its own throw-away 2026 campaign scoped
 * to "Khối An ninh" (head PA03 = head.commander, member PA04 = member.commander). Every
 * refusal leaves the database as it was.
 */
@SpringBootTest
class CovenantServiceTests {

	static final List<String> SECURITY_COMMANDERS = List.of("head.commander", "member.commander", "commander.pa01",
			"commander.pa05", "commander.pa06", "commander.pa08", "commander.pa09");

	@Autowired
	CovenantService covenants;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	ScoringTableService scoringTables;

	@Test
	void theHeadUnitPreparesACovenantWithEveryMemberAndTheCommonTargets() {
		long campaign = PledgeTestData.launchedCampaign(this.jdbc, "Giao ước: soạn", "Khối An ninh");
		Covenant covenant = as("head.officer",
				() -> this.covenants.prepare(campaign, PledgeTestData.cluster(this.jdbc, "Khối An ninh")));
		CovenantDocument doc = as("member.officer", () -> this.covenants.document(covenant.getId(), null));
		assertThat(doc.version().getState()).isEqualTo(CovenantState.DRAFT);
		assertThat(doc.version().getSlogan()).isEqualTo("Kỷ cương, hiệu quả");
		assertThat(doc.parties()).hasSize(7);
		CovenantParty pa04 = doc.partyOf(PledgeTestData.unit(this.jdbc, "LS-PA04"));
		assertThat(pa04.targetsInOrder()).extracting(t -> t.getIndicator().getCode())
			.containsExactly("1.1", "1.2", "2.1");
		assertThat(pa04.targetsInOrder()).extracting(CovenantTarget::getTarget)
			.usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.containsExactly(new BigDecimal("75"), new BigDecimal("5"), null);
		// a second covenant for the same cluster and campaign is refused
		assertThatThrownBy(() -> as("staff",
				() -> this.covenants.prepare(campaign, PledgeTestData.cluster(this.jdbc, "Khối An ninh"))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.exists");
		assertThat(this.audit.historyOf(CovenantService.AUDIT_TYPE, covenant.getId())).extracting(e -> e.action())
			.contains("COVENANT_PREPARED");
	}

	@Test
	void onlyTheHeadUnitOrStaffPrepareAndOpen() {
		long campaign = PledgeTestData.launchedCampaign(this.jdbc, "Giao ước: ai soạn", "Khối An ninh");
		long cluster = PledgeTestData.cluster(this.jdbc, "Khối An ninh");
		assertThatThrownBy(() -> as("member.commander", () -> this.covenants.prepare(campaign, cluster)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("leader", () -> this.covenants.prepare(campaign, cluster)))
			.isInstanceOf(AccessDeniedException.class);
		// a unit of another cluster does not even see it
		assertThatThrownBy(() -> as("other.officer", () -> this.covenants.prepare(campaign, cluster)))
			.isInstanceOf(NotFoundException.class);
		Covenant covenant = as("staff", () -> this.covenants.prepare(campaign, cluster));
		assertThatThrownBy(() -> as("member.commander", () -> this.covenants.open(covenant.getId())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("other.officer", () -> this.covenants.document(covenant.getId(), null)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aTargetBelowTheCommonOneIsRefusedOnItsFieldAndNothingChanges() {
		Covenant covenant = prepared("Giao ước: chỉ tiêu thấp");
		long pa04 = PledgeTestData.unit(this.jdbc, "LS-PA04");
		// below the common clearance rate (75%)
		assertThatThrownBy(() -> as("member.officer",
				() -> this.covenants.commit(covenant.getId(), pa04, form(covenant, pa04, "74", "5", 40, 4))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("targets[0].target");
				assertThat(ex.messageKey()).isEqualTo("covenant.error.targetBelowCommon.HIGHER_IS_BETTER");
			});
		// a smaller decrease than the common "down at least 5%" (stored positive)
		assertThatThrownBy(() -> as("member.officer",
				() -> this.covenants.commit(covenant.getId(), pa04, form(covenant, pa04, "80", "4", 40, 4))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("targets[1].target");
				assertThat(ex.messageKey()).isEqualTo("covenant.error.targetBelowCommon.CHANGE_VS_LAST_YEAR");
			});
		// more CSTT than the headcount (52)
		assertThatThrownBy(() -> as("member.officer",
				() -> this.covenants.commit(covenant.getId(), pa04, form(covenant, pa04, "80", "7", 60, 4))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.field()).isEqualTo("advancedSoldiers"));
		CovenantParty unchanged = party(covenant, pa04);
		assertThat(unchanged.targetOf(indicator(unchanged, "1.1")).getTarget()).isEqualByComparingTo("75");
		assertThat(unchanged.targetOf(indicator(unchanged, "1.2")).getTarget()).isEqualByComparingTo("5");
		assertThat(unchanged.getAdvancedSoldiers()).isZero();
		// more demanding targets are taken: a higher rate, a larger decrease
		as("member.officer",
				() -> this.covenants.commit(covenant.getId(), pa04, form(covenant, pa04, "80,5", "7", 40, 5)));
		CovenantParty saved = party(covenant, pa04);
		assertThat(saved.targetOf(indicator(saved, "1.1")).getTarget()).isEqualByComparingTo("80.5");
		assertThat(saved.targetOf(indicator(saved, "1.2")).getTarget()).isEqualByComparingTo("7");
		assertThat(saved.getAdvancedSoldiers()).isEqualTo(40);
		assertThat(saved.isDecisiveUnit()).isTrue();
	}

	@Test
	void aMemberOfficerFillsInOnlyTheirOwnUnit() {
		Covenant covenant = prepared("Giao ước: đơn vị khác");
		long pa03 = PledgeTestData.unit(this.jdbc, "LS-PA03");
		assertThatThrownBy(() -> as("member.officer",
				() -> this.covenants.commit(covenant.getId(), pa03, form(covenant, pa03, "80", "5", 10, 1))))
			.isInstanceOf(AccessDeniedException.class);
		// the head unit may fill in for a member
		long pa04 = PledgeTestData.unit(this.jdbc, "LS-PA04");
		as("head.officer", () -> this.covenants.commit(covenant.getId(), pa04, form(covenant, pa04, "76", "5", 10, 1)));
		assertThat(party(covenant, pa04).getAdvancedSoldiers()).isEqualTo(10);
	}

	@Test
	void signingByANonCommanderOrForAnotherUnitIsRefusedAndNothingIsSigned() {
		Covenant covenant = prepared("Giao ước: ký sai");
		as("head.commander", () -> this.covenants.open(covenant.getId()));
		long pa03 = PledgeTestData.unit(this.jdbc, "LS-PA03");
		long pa04 = PledgeTestData.unit(this.jdbc, "LS-PA04");
		assertThatThrownBy(() -> as("member.officer", () -> this.covenants.sign(covenant.getId(), pa04, null)))
			.isInstanceOfSatisfying(SignatureRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("covenant.error.signNotCommander"));
		assertThatThrownBy(() -> as("staff", () -> this.covenants.sign(covenant.getId(), pa04, null)))
			.isInstanceOfSatisfying(SignatureRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("covenant.error.signNotCommander"));
		assertThatThrownBy(() -> as("member.commander", () -> this.covenants.sign(covenant.getId(), pa03, null)))
			.isInstanceOfSatisfying(SignatureRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("covenant.error.signOtherUnit"));
		// a commander of another cluster's unit does not see the covenant at all
		assertThatThrownBy(() -> as("commander.pc02",
				() -> this.covenants.sign(covenant.getId(), PledgeTestData.unit(this.jdbc, "LS-PC02"), null)))
			.isInstanceOf(NotFoundException.class);
		// a page shown before a change does not sign
		assertThatThrownBy(
				() -> as("member.commander", () -> this.covenants.sign(covenant.getId(), pa04, "0".repeat(64))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("covenant.error.hashMismatch"));
		assertThat(signatures(covenant.getId())).isZero();
	}

	@Test
	void aCovenantSignedByEveryMemberIsInForceRefusesEditsAndAnAmendmentIsVersion2() {
		Covenant covenant = prepared("Giao ước: hiệu lực");
		long pa04 = PledgeTestData.unit(this.jdbc, "LS-PA04");
		as("member.officer",
				() -> this.covenants.commit(covenant.getId(), pa04, form(covenant, pa04, "80", "6", 40, 4)));
		// signing a draft is refused
		assertThatThrownBy(() -> as("member.commander", () -> this.covenants.sign(covenant.getId(), pa04, null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.signDraft");
		CovenantVersion opened = as("head.officer", () -> this.covenants.open(covenant.getId()));
		String hash = opened.getContentHash();
		assertThat(hash).hasSize(64);
		// once open, the content is frozen
		assertThatThrownBy(() -> as("member.officer",
				() -> this.covenants.commit(covenant.getId(), pa04, form(covenant, pa04, "85", "6", 40, 4))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.notDraft");
		signByAll(covenant, hash);
		CovenantDocument v1 = as("leader", () -> this.covenants.document(covenant.getId(), null));
		assertThat(v1.version().getState()).isEqualTo(CovenantState.IN_FORCE);
		assertThat(v1.parties()).allSatisfy(p -> {
			assertThat(p.getSignatureHash()).isEqualTo(hash);
			assertThat(v1.verifies(p)).isTrue();
		});
		assertThat(v1.partyOf(pa04).getSignedBy()).isEqualTo("member.commander");
		assertThat(v1.partyOf(pa04).getSignerName()).isEqualTo("Thượng tá Hoàng Minh Đức");
		assertThatThrownBy(() -> as("head.commander",
				() -> this.covenants.commit(covenant.getId(), pa04, form(covenant, pa04, "85", "6", 40, 4))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.notDraft");
		assertThatThrownBy(() -> as("member.commander", () -> this.covenants.sign(covenant.getId(), pa04, null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.signClosed");

		CovenantVersion v2 = as("head.commander", () -> this.covenants.amend(covenant.getId()));
		assertThat(v2.getNumber()).isEqualTo(2);
		assertThat(v2.getState()).isEqualTo(CovenantState.DRAFT);
		// a second amendment while one is pending is refused
		assertThatThrownBy(() -> as("staff", () -> this.covenants.amend(covenant.getId())))
			.isInstanceOf(BusinessRuleException.class);
		as("member.officer",
				() -> this.covenants.commit(covenant.getId(), pa04, form(covenant, pa04, "85", "6", 40, 4)));
		// version 1 stays in force and readable with its signatures and content
		CovenantDocument old = as("member.officer", () -> this.covenants.document(covenant.getId(), 1));
		assertThat(old.version().getState()).isEqualTo(CovenantState.IN_FORCE);
		assertThat(old.isLatest()).isFalse();
		assertThat(old.signedCount()).isEqualTo(7);
		assertThat(old.partyOf(pa04).targetOf(indicator(old.partyOf(pa04), "1.1")).getTarget())
			.isEqualByComparingTo("80");
		assertThat(old.parties()).allSatisfy(p -> assertThat(old.verifies(p)).isTrue());
		CovenantVersion v2Open = as("head.commander", () -> this.covenants.open(covenant.getId()));
		assertThat(v2Open.getContentHash()).isNotEqualTo(hash);
		signByAll(covenant, v2Open.getContentHash());
		assertThat(as("staff", () -> this.covenants.document(covenant.getId(), 1)).version().getState())
			.isEqualTo(CovenantState.SUPERSEDED);
		assertThat(as("staff", () -> this.covenants.document(covenant.getId(), 2)).version().getState())
			.isEqualTo(CovenantState.IN_FORCE);
		assertThat(this.audit.historyOf(CovenantService.AUDIT_TYPE, covenant.getId())).extracting(e -> e.action())
			.contains("COVENANT_OPENED", "COVENANT_SIGNED", "COVENANT_AMENDED", "COVENANT_COMMITMENT_UPDATED");
	}

	@Test
	void aUnitSeesWhatItCommittedTo() {
		Covenant covenant = prepared("Giao ước: cam kết của đơn vị");
		long pa04 = PledgeTestData.unit(this.jdbc, "LS-PA04");
		as("member.officer",
				() -> this.covenants.commit(covenant.getId(), pa04, form(covenant, pa04, "81", "5", 30, 3)));
		List<CovenantParty> mine = as("member.officer", () -> this.covenants.commitmentsOfMyUnit(2026));
		CovenantParty party = mine.stream()
			.filter(p -> p.getCovenantVersion().getCovenant().getId().equals(covenant.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(party.getAdvancedSoldiers()).isEqualTo(30);
		assertThat(party.targetsInOrder()).hasSize(3);
		assertThat(as("member.officer", () -> this.covenants.commitmentsOfMyUnit(2031))).isEmpty();
	}

	@Test
	void theScoringTableIsSignedWithTheCovenantLockedWhileInForceAndScoresItsMonths() {
		Covenant covenant = prepared("Giao ước: thang điểm");
		long campaign = this.jdbc.sql("select campaign_id from covenant where id = :id")
			.param("id", covenant.getId())
			.query(Long.class)
			.single();
		long cluster = PledgeTestData.cluster(this.jdbc, "Khối An ninh");
		// the campaign's table: 1.1 40 points, 1.2 40 points (giảm ≥ 5%, floor giảm ≥
		// 2%), 2.1 20
		this.jdbc.sql("update indicator set floor_value = 2 where campaign_id = :c and code = '1.2'")
			.param("c", campaign)
			.update();
		long table = this.jdbc.sql("insert into scoring_table (campaign_id, scale) values (:c, 100) returning id")
			.param("c", campaign)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into scoring_rule (table_id, indicator_id, max_points)
				select :t, id, case code when '2.1' then 20 else 40 end from indicator where campaign_id = :c
				""").param("t", table).param("c", campaign).update();

		CovenantVersion opened = as("head.officer", () -> this.covenants.open(covenant.getId()));
		assertThat(opened.getContentText()).contains("format: thidua-covenant/2",
				"  table: rule: 1.2 | CHANGE_VS_LAST_YEAR | max=40 | target=-5 | floor=-2 | bonus=- | cap=- "
						+ "| zero=FULL_POINTS | wrong-way=zero");
		// while signing and in force the cluster's table cannot change
		assertThat(this.scoringTables.isSignedInCovenant(campaign, cluster)).isTrue();
		assertThatThrownBy(() -> as("head.commander",
				() -> this.scoringTables.saveClusterTable(campaign, cluster, new ScoringTableForm())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("scoringTable.error.signedInCovenant");
		signByAll(covenant, opened.getContentHash());

		// a table changed behind the application's back does not change what scores the
		// signed months, and the signatures still verify against the signed text
		this.jdbc.sql("update scoring_rule set max_points = 10 where table_id = :t").param("t", table).update();
		ScoringTable signed = this.scoringTables.tableFor(campaign, cluster, LocalDate.of(2026, 3, 1)).orElseThrow();
		assertThat(signed.rule("1.2").orElseThrow().maxPoints()).isEqualByComparingTo("40");
		// crime down 3.5% against giảm ≥ 5%, floor giảm ≥ 2%: 40 × 1.5/3 = 20.00
		assertThat(signed.rule("1.2")
			.orElseThrow()
			.score(Measurement.change(new BigDecimal("965"), new BigDecimal("1000")))
			.points()).isEqualByComparingTo("20.00");
		CovenantDocument v1 = as("leader", () -> this.covenants.document(covenant.getId(), null));
		assertThat(v1.parties()).allSatisfy(p -> assertThat(v1.verifies(p)).isTrue());

		// an amendment releases the table, to be signed again with version 2
		as("head.commander", () -> this.covenants.amend(covenant.getId()));
		assertThat(this.scoringTables.isSignedInCovenant(campaign, cluster)).isFalse();
	}

	private Covenant prepared(String name) {
		long campaign = PledgeTestData.launchedCampaign(this.jdbc, name, "Khối An ninh");
		return as("head.commander",
				() -> this.covenants.prepare(campaign, PledgeTestData.cluster(this.jdbc, "Khối An ninh")));
	}

	private void signByAll(Covenant covenant, String hash) {
		for (String commander : SECURITY_COMMANDERS) {
			long unit = this.jdbc.sql("select unit_id from app_user where username = :u")
				.param("u", commander)
				.query(Long.class)
				.single();
			as(commander, () -> this.covenants.sign(covenant.getId(), unit, hash));
		}
	}

	private CommitmentForm form(Covenant covenant, long unitId, String rate, String decrease, int advanced, int base) {
		CovenantParty party = party(covenant, unitId);
		List<CommitmentForm.TargetEntry> targets = new ArrayList<>();
		targets.add(new CommitmentForm.TargetEntry(indicator(party, "1.1"), new BigDecimal(rate.replace(',', '.'))));
		targets.add(new CommitmentForm.TargetEntry(indicator(party, "1.2"), new BigDecimal(decrease)));
		targets.add(new CommitmentForm.TargetEntry(indicator(party, "2.1"), null));
		return new CommitmentForm(targets, true, false, false, advanced, base, null);
	}

	private CovenantParty party(Covenant covenant, long unitId) {
		return as("staff", () -> this.covenants.document(covenant.getId(), null)).partyOf(unitId);
	}

	private static Long indicator(CovenantParty party, String code) {
		return party.getTargets()
			.stream()
			.filter(t -> t.getIndicator().getCode().equals(code))
			.findFirst()
			.orElseThrow()
			.getIndicator()
			.getId();
	}

	private long signatures(long covenantId) {
		return this.jdbc.sql("""
				select count(*) from covenant_party p join covenant_version v on v.id = p.version_id
				where v.covenant_id = :c and p.signed_at is not null
				""").param("c", covenantId).query(Long.class).single();
	}

	private <T> T as(String user, Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

	private void as(String user, Runnable action) {
		TestUsers.runAs(this.users, user, action);
	}

}
