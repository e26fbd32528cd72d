package vn.thidua.pledge;

/**
 * What a member unit registered for (đăng ký thi đua) in its cluster's covenant: from the
 * version in force, or from the newest version while none is in force yet.
 *
 * @param unitId the unit
 * @param versionNumber the covenant version it was read from
 * @param inForce whether that version is in force (signed by every member)
 * @param registration the titles and numbers of individuals registered
 */
public record UnitRegistration(long unitId, int versionNumber, boolean inForce,
		CovenantParty.Registration registration) {

}
