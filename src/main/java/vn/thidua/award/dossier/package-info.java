/**
 * Proposal dossiers (hồ sơ đề nghị khen thưởng): the units or officers a unit proposes to
 * an authority for a title or form of commendation, made from a tallied voting session's
 * proposals or by hand, drafted, submitted, then decided or returned with a reason.
 */
package vn.thidua.award.dossier;
