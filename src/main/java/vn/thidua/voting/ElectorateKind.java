package vn.thidua.voting;

/**
 * Who votes: the member units of the cluster (one vote each), or a council (Hội đồng Thi
 * đua - Khen thưởng) given as a list of accounts.
 */
public enum ElectorateKind {

	UNITS, COUNCIL

}
