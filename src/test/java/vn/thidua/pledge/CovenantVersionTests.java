package vn.thidua.pledge;

import vn.thidua.campaign.scoring.Direction;

import vn.thidua.campaign.InputShape;

import vn.thidua.campaign.Indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.TestUsers;
import vn.thidua.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The state machine and the content hash of a covenant version, on real entities of a
 * throw-away covenant; every test runs in a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
class CovenantVersionTests {

	static final Instant AT = Instant.parse("2026-02-15T02:00:00Z");

	@Autowired
	CovenantService covenants;

	@Autowired
	CovenantRepository repository;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCanonicalTextIsDeterministicAndNamesEveryUnitAndTarget() {
		CovenantVersion version = draft("Băm: văn bản");
		String text = version.canonicalText();
		assertThat(version.canonicalText()).isEqualTo(text);
		assertThat(text).startsWith("format: thidua-covenant/1\n")
			.contains("cluster: ", "| Khối An ninh", "version: 1\n", "slogan: Kỷ cương, hiệu quả")
			.contains("unit: LS-PA04 | Phòng An ninh kinh tế")
			.contains("target: 1.1 | HIGHER_IS_BETTER | common=75 | own=75")
			.contains("target: 1.2 | CHANGE_VS_LAST_YEAR | common=5 | own=5")
			.contains("target: 2.1 | DONE_OR_NOT | common=- | own=-");
		// units in the order of their codes, whatever the order of the list
		assertThat(text.indexOf("LS-PA01")).isLessThan(text.indexOf("LS-PA03"));
		assertThat(text.indexOf("LS-PA03")).isLessThan(text.indexOf("LS-PA09"));
	}

	@Test
	void changingAnyTargetOrRegistrationChangesTheHash() {
		CovenantVersion version = draft("Băm: thay đổi");
		CovenantParty pa04 = version.party(unit("LS-PA04")).orElseThrow();
		CovenantParty pa09 = version.party(unit("LS-PA09")).orElseThrow();
		String before = version.currentHash();
		for (CovenantTarget target : pa09.getTargets()) {
			if (target.getTarget() == null) {
				continue;
			}
			String start = version.currentHash();
			BigDecimal old = target.getTarget();
			target.change(old.add(BigDecimal.ONE));
			assertThat(version.currentHash()).as(target.getIndicator().getCode()).isNotEqualTo(start);
			target.change(old);
			assertThat(version.currentHash()).isEqualTo(start);
		}
		pa04.commit(Map.of(), new CovenantParty.Registration(false, false, false, 1, 0));
		String oneSoldier = version.currentHash();
		assertThat(oneSoldier).isNotEqualTo(before);
		pa04.commit(Map.of(), new CovenantParty.Registration(false, false, false, 2, 0));
		assertThat(version.currentHash()).isNotEqualTo(oneSoldier);
		pa04.commit(Map.of(), new CovenantParty.Registration(false, true, false, 2, 0));
		assertThat(version.currentHash()).isNotEqualTo(oneSoldier);
		// the same value written differently (80 and 80.00) is the same content
		Long rate = pa04.getTargets()
			.stream()
			.filter(t -> t.getIndicator().getCode().equals("1.1"))
			.findFirst()
			.orElseThrow()
			.getIndicator()
			.getId();
		pa04.commit(Map.of(rate, new BigDecimal("80")), pa04.registration());
		String eighty = version.currentHash();
		pa04.commit(Map.of(rate, new BigDecimal("80.00")), pa04.registration());
		assertThat(version.currentHash()).isEqualTo(eighty);
	}

	@Test
	void openingFreezesTheContentAndSignaturesVerifyAgainstIt() {
		CovenantVersion version = draft("Băm: chữ ký");
		version.open("staff", AT, null);
		assertThat(version.getState()).isEqualTo(CovenantState.SIGNING);
		assertThat(version.getContentHash()).isEqualTo(CovenantVersion.sha256(version.getContentText()))
			.isEqualTo(version.currentHash());
		CovenantParty pa04 = version.party(unit("LS-PA04")).orElseThrow();
		assertThatThrownBy(() -> pa04.commit(Map.of(), pa04.registration())).isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.notDraft");
		version.sign(unit("LS-PA04"), "member.commander", "Thượng tá Hoàng Minh Đức", version.getContentHash(), AT);
		assertThat(pa04.getSignatureHash()).isEqualTo(version.getContentHash());
		assertThat(version.verifies(pa04)).isTrue();
		assertThat(version.getState()).isEqualTo(CovenantState.SIGNING);
		assertThatThrownBy(() -> version.sign(unit("LS-PA04"), "member.commander", "x", null, AT))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.alreadySigned");
		assertThatThrownBy(() -> version.sign(unit("LS-PC02"), "commander.pc02", "x", null, AT))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.notParty");
		// a content changed behind the signature's back no longer verifies
		CovenantTarget target = pa04.getTargets().get(0);
		target.change(target.getTarget() == null ? null : target.getTarget().add(BigDecimal.TEN));
		assertThat(version.verifies(pa04)).isEqualTo(target.getTarget() == null);
		for (CovenantParty party : version.getParties()) {
			if (!party.isSigned()) {
				version.sign(party.getUnit().getId(), "u", "U", null, AT);
			}
		}
		assertThat(version.getState()).isEqualTo(CovenantState.IN_FORCE);
		assertThat(version.getInForceAt()).isEqualTo(AT);
		assertThatThrownBy(() -> version.open("staff", AT, null)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void anAmendmentCopiesTheVersionAndSupersedesItOnceInForce() {
		CovenantVersion first = draft("Băm: sửa đổi");
		Covenant covenant = first.getCovenant();
		assertThatThrownBy(() -> covenant.amend("staff", AT)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.amendNotInForce");
		first.open("staff", AT, null);
		first.getParties().forEach(p -> first.sign(p.getUnit().getId(), "u", "U", null, AT));
		CovenantVersion second = covenant.amend("staff", AT);
		assertThat(second.getNumber()).isEqualTo(2);
		assertThat(covenant.getCurrentVersion()).isEqualTo(2);
		assertThat(second.getParties()).hasSameSizeAs(first.getParties()).noneMatch(CovenantParty::isSigned);
		assertThat(first.getState()).isEqualTo(CovenantState.IN_FORCE);
		second.open("staff", AT, null);
		assertThat(second.getContentHash()).isNotEqualTo(first.getContentHash());
		second.getParties().forEach(p -> second.sign(p.getUnit().getId(), "u", "U", null, AT));
		assertThat(second.getState()).isEqualTo(CovenantState.IN_FORCE);
		assertThat(first.getState()).isEqualTo(CovenantState.SUPERSEDED);
		assertThat(first.verifies(first.getParties().get(0))).isTrue();
	}

	@Test
	void aUnitTargetIsCheckedInTheIndicatorsDirection() {
		CovenantVersion version = draft("Băm: chiều chỉ tiêu");
		CovenantParty pa04 = version.party(unit("LS-PA04")).orElseThrow();
		CovenantTarget rate = target(pa04, "1.1");
		CovenantTarget decrease = target(pa04, "1.2");
		assertThatThrownBy(() -> rate.change(new BigDecimal("74.9"))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> rate.change(new BigDecimal("100.5"))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> rate.change(null)).isInstanceOf(BusinessRuleException.class);
		rate.change(new BigDecimal("75"));
		rate.change(new BigDecimal("100"));
		// stored positive = required decrease: 4 is less demanding than 5, 7 more
		assertThatThrownBy(() -> decrease.change(new BigDecimal("4"))).isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.targetBelowCommon.CHANGE_VS_LAST_YEAR");
		decrease.change(new BigDecimal("7"));
		assertThat(decrease.isAboveCommon()).isTrue();
		assertThatThrownBy(() -> decrease.change(new BigDecimal("-7"))).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void anIncreaseTargetMayBeRaisedNeverLowered() {
		// "tăng ≥ 10%" stored as 10: a unit may commit to 15 (more), not to 8 (less); an
		// increase may pass 100%
		Indicator weapons = org.mockito.Mockito.mock(Indicator.class);
		org.mockito.Mockito.when(weapons.getDirection()).thenReturn(Direction.INCREASE_VS_LAST_YEAR);
		org.mockito.Mockito.when(weapons.getInputShape()).thenReturn(InputShape.VALUE);
		org.mockito.Mockito.when(weapons.getTarget()).thenReturn(new BigDecimal("10"));
		org.mockito.Mockito.when(weapons.unitSuffix()).thenReturn(" khẩu");
		CovenantTarget.check(weapons, new BigDecimal("15"));
		CovenantTarget.check(weapons, new BigDecimal("10"));
		CovenantTarget.check(weapons, new BigDecimal("150"));
		assertThatThrownBy(() -> CovenantTarget.check(weapons, new BigDecimal("8")))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("covenant.error.targetBelowCommon.INCREASE_VS_LAST_YEAR");
	}

	@Test
	void aRenamedUnitOrClusterDoesNotInvalidateSignaturesButAChangedTargetDoes() {
		CovenantVersion version = draft("Băm: đổi tên");
		version.open("staff", AT, null);
		CovenantParty pa04 = version.party(unit("LS-PA04")).orElseThrow();
		String stored = version.getContentText();
		String renamed = stored.replace(pa04.getUnit().getName(), "Phòng đã đổi tên")
			.replace(version.getCovenant().getCluster().getName(), "Khối đã đổi tên");
		assertThat(renamed).isNotEqualTo(stored);
		assertThat(CovenantVersion.withoutNames(renamed)).isEqualTo(CovenantVersion.withoutNames(stored));
		String changed = stored.replace("own=75", "own=80");
		assertThat(changed).isNotEqualTo(stored);
		assertThat(CovenantVersion.withoutNames(changed)).isNotEqualTo(CovenantVersion.withoutNames(stored));
	}

	private CovenantVersion draft(String name) {
		long campaign = PledgeTestData.launchedCampaign(this.jdbc, name, "Khối An ninh");
		Covenant covenant = TestUsers.runAs(this.users, "staff",
				() -> this.covenants.prepare(campaign, PledgeTestData.cluster(this.jdbc, "Khối An ninh")));
		return this.repository.findById(covenant.getId()).orElseThrow().latest();
	}

	private long unit(String code) {
		return PledgeTestData.unit(this.jdbc, code);
	}

	private static CovenantTarget target(CovenantParty party, String code) {
		return party.getTargets()
			.stream()
			.filter(t -> t.getIndicator().getCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
