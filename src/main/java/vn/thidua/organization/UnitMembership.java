package vn.thidua.organization;

/**
 * A unit's place in one cluster (cụm / khối thi đua) of one year, for the unit's page.
 *
 * @param year the emulation year
 * @param clusterId the cluster
 * @param clusterName its name
 * @param organizerName the organising unit
 * @param role {@code HEAD} (cụm trưởng), {@code DEPUTY} (cụm phó) or {@code MEMBER}
 */
public record UnitMembership(int year, long clusterId, String clusterName, String organizerName, String role) {

}
