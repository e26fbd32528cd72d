/**
 * The audit trail: a readable record (who, when, what, why) of every state change the
 * other modules publish as {@link vn.thidua.shared.audit.AuditRecord}, shown on each
 * object's page and in a filtered list.
 */
package vn.thidua.audit;
