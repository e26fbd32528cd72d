/**
 * Award decisions (quyết định khen thưởng) and award records: staff enter a signed
 * decision with its recipients, the amounts worked out from the catalogue and the base
 * salary of its date, record it, and correct it only by an amending decision; the records
 * of units and officers are searched, exported and read through the API (ADR 0013).
 * <p>
 * Published as the named interface {@code decision}: the demo province enters its
 * decisions through {@link vn.thidua.award.decision.AwardDecisionService}.
 */
@org.springframework.modulith.NamedInterface("decision")
package vn.thidua.award.decision;
