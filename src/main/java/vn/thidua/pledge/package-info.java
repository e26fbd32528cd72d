/**
 * Covenants (giao ước thi đua): for each launched campaign and cluster, what every member
 * unit commits to (its own targets, never below the common ones) and the titles it
 * registers for (đăng ký thi đua), signed by each member unit's commander. A covenant in
 * force is immutable; a change is a new version signed again, and old versions stay
 * readable with their signatures. The state machine is owned by
 * {@link vn.thidua.pledge.CovenantVersion}.
 */
package vn.thidua.pledge;
