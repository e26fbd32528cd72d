/**
 * The organisation: the unit tree with validity periods (đơn vị), emulation clusters per
 * year with their head, deputy and members (cụm/khối thi đua), and officers (cán bộ) with
 * the history of their moves. Every query here is scoped to the signed-in user's units.
 */
package vn.thidua.organization;
