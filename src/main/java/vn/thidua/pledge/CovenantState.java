package vn.thidua.pledge;

/**
 * Lifecycle of one version of a covenant: a draft being prepared, opened for signature
 * (content frozen and hashed), in force once every member unit has signed, superseded
 * when a later version comes into force.
 */
public enum CovenantState {

	DRAFT, SIGNING, IN_FORCE, SUPERSEDED

}
