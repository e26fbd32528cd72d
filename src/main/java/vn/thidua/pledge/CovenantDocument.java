package vn.thidua.pledge;

import java.util.List;

import vn.thidua.campaign.CampaignContent;

/**
 * Everything one version of a covenant says, read in a few statements: the covenant with
 * its campaign and cluster, the version, the campaign's contents and indicators (the
 * common targets), the member units in Vietnamese order with their own targets,
 * registrations and signatures, and the list of all versions. For the covenant page, the
 * printed covenant and the API.
 *
 * @param covenant the covenant, campaign (with organiser) and cluster (with head unit)
 * loaded
 * @param version the version shown
 * @param contents the campaign's contents with their indicators, in order
 * @param parties the member units of this version, their targets (with indicators) loaded
 * @param versions every version of the covenant, oldest first
 * @param currentHash the SHA-256 of the version's canonical text as read now
 */
public record CovenantDocument(Covenant covenant, CovenantVersion version, List<CampaignContent> contents,
		List<CovenantParty> parties, List<CovenantVersion> versions, String currentHash) {

	/**
	 * Whether a party's signature is a signature of exactly this content as read now.
	 */
	public boolean verifies(CovenantParty party) {
		return this.version.verifies(party, this.parties);
	}

	/** Whether the version shown is the newest one. */
	public boolean isLatest() {
		return this.version.getNumber() == this.covenant.getCurrentVersion();
	}

	/** The version in force, if any. */
	public CovenantVersion inForce() {
		return this.versions.stream().filter(v -> v.getState() == CovenantState.IN_FORCE).findFirst().orElse(null);
	}

	/** The party of a unit in this version, if it is one. */
	public CovenantParty partyOf(Long unitId) {
		return this.parties.stream().filter(p -> p.getUnit().getId().equals(unitId)).findFirst().orElse(null);
	}

	public long signedCount() {
		return this.parties.stream().filter(CovenantParty::isSigned).count();
	}

}
