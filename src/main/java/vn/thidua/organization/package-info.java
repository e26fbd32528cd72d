/**
 * The organisation: the unit tree with validity periods (đơn vị), emulation clusters per
 * year with their head, deputy and members (cụm/khối thi đua), whether the head unit has
 * delegated its review to the deputy (ủy quyền cho cụm phó; kept here as a fact about the
 * cluster's leadership, which the results read), and officers (cán bộ) with the history
 * of their moves. Every query here is scoped to the signed-in user's units.
 */
package vn.thidua.organization;
