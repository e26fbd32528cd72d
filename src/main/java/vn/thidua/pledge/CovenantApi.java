package vn.thidua.pledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Unit;

/**
 * Read API of the covenants under {@code /api/v1}: the covenants of a campaign at a
 * glance, and one version with every unit's targets, registrations and signatures. Same
 * accounts and scoping as the pages: a covenant the caller does not see answers 404.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@RequiredArgsConstructor
@Tag(name = "Giao ước thi đua / Covenants",
		description = "Giao ước, chỉ tiêu đơn vị, đăng ký danh hiệu, chữ ký — covenants, unit targets, registrations, signatures")
class CovenantApi {

	private final CovenantService covenants;

	record UnitRef(long id, String code, String name) {

		static UnitRef of(Unit unit) {
			return unit == null ? null : new UnitRef(unit.getId(), unit.getCode(), unit.getName());
		}

	}

	record ClusterRef(long id, String name, int year, UnitRef head) {

		static ClusterRef of(EmulationCluster cluster) {
			return new ClusterRef(cluster.getId(), cluster.getName(), cluster.getYear(),
					UnitRef.of(cluster.getHeadUnit()));
		}

	}

	/**
	 * A cluster of the campaign and its covenant, if prepared.
	 *
	 * @param covenantId {@code null} when no covenant is prepared yet
	 * @param version the newest version
	 * @param inForceVersion the version in force, if any
	 */
	record CampaignCovenantDto(ClusterRef cluster, Long covenantId, Integer version, CovenantState state, Long parties,
			Long signed, Integer inForceVersion) {

	}

	/**
	 * A unit's own target. For {@code CHANGE_VS_LAST_YEAR} targets are the required
	 * decrease in %, a positive number, as on the pages.
	 */
	record TargetDto(long indicatorId, String code, String name, Direction direction, BigDecimal commonTarget,
			BigDecimal target, boolean aboveCommon) {

	}

	record RegistrationDto(boolean decisiveUnit, boolean ministryFlag, boolean provinceFlag, int advancedSoldiers,
			int baseEmulationSoldiers) {

	}

	/**
	 * A signature: who signed for the unit, when, the hash they signed, and whether it is
	 * the hash of the version's content as stored now.
	 */
	record SignatureDto(String signedBy, String signerName, Instant signedAt, String hash, boolean verifies) {

	}

	record PartyDto(UnitRef unit, List<TargetDto> targets, RegistrationDto registration, SignatureDto signature) {

	}

	record VersionRef(int number, CovenantState state) {

	}

	record CovenantDto(long id, long campaignId, String campaignName, ClusterRef cluster, int number,
			CovenantState state, String slogan, String contentHash, Instant openedAt, Instant inForceAt,
			Instant supersededAt, List<PartyDto> parties, List<VersionRef> versions) {

	}

	@GetMapping("/campaigns/{id}/covenants")
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	@Operation(summary = "Giao ước của các cụm, khối trong một đợt thi đua / Covenants of a campaign's clusters")
	public List<CampaignCovenantDto> ofCampaign(@PathVariable long id) {
		CampaignCovenants all = this.covenants.ofCampaign(id);
		List<CampaignCovenantDto> list = new ArrayList<>();
		for (EmulationCluster cluster : all.clusters()) {
			CovenantStatus status = all.statusOf(cluster.getId());
			list.add(
					status == null ? new CampaignCovenantDto(ClusterRef.of(cluster), null, null, null, null, null, null)
							: new CampaignCovenantDto(ClusterRef.of(cluster), status.covenantId(), status.number(),
									status.state(), status.parties(), status.signed(), status.inForce()));
		}
		return list;
	}

	@GetMapping("/covenants/{id}")
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	@Operation(summary = "Bản mới nhất của một giao ước / The newest version of a covenant")
	public CovenantDto covenant(@PathVariable long id) {
		return dto(this.covenants.document(id, null));
	}

	@GetMapping("/covenants/{id}/versions/{number}")
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	@Operation(summary = "Một bản của giao ước / One version of a covenant")
	public CovenantDto version(@PathVariable long id, @PathVariable int number) {
		return dto(this.covenants.document(id, number));
	}

	private static CovenantDto dto(CovenantDocument document) {
		Covenant covenant = document.covenant();
		CovenantVersion version = document.version();
		List<PartyDto> parties = new ArrayList<>();
		for (CovenantParty party : document.parties()) {
			List<TargetDto> targets = new ArrayList<>();
			for (CovenantTarget target : party.targetsInOrder()) {
				Indicator indicator = target.getIndicator();
				targets.add(new TargetDto(indicator.getId(), indicator.getCode(), indicator.getName(),
						indicator.getDirection(), strip(indicator.getTarget()), strip(target.getTarget()),
						target.isAboveCommon()));
			}
			CovenantParty.Registration registration = party.registration();
			SignatureDto signature = party.isSigned() ? new SignatureDto(party.getSignedBy(), party.getSignerName(),
					party.getSignedAt(), party.getSignatureHash(), document.verifies(party)) : null;
			parties.add(new PartyDto(UnitRef.of(party.getUnit()), targets,
					new RegistrationDto(registration.decisiveUnit(), registration.ministryFlag(),
							registration.provinceFlag(), registration.advancedSoldiers(),
							registration.baseEmulationSoldiers()),
					signature));
		}
		List<VersionRef> versions = document.versions()
			.stream()
			.map(v -> new VersionRef(v.getNumber(), v.getState()))
			.toList();
		return new CovenantDto(covenant.getId(), covenant.getCampaign().getId(), covenant.getCampaign().getName(),
				ClusterRef.of(covenant.getCluster()), version.getNumber(), version.getState(), version.getSlogan(),
				version.getContentHash(), version.getOpenedAt(), version.getInForceAt(), version.getSupersededAt(),
				parties, versions);
	}

	private static BigDecimal strip(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}

}
