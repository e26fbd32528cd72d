/**
 * The scoring function of a scoring table (bảng chấm điểm, thang điểm): how many points a
 * unit earns for one indicator (chỉ tiêu) given what it achieved and the target it
 * committed to, whether a whole table is consistent (maxima add up to the scale), and a
 * unit's total with bonus items (điểm thưởng) and penalty items (điểm trừ).
 * <p>
 * Pure and dependency-free on purpose: no Spring, no persistence, no clock. The same code
 * serves the "try a value" preview on the scoring table page, the unit's self-scoring and
 * the cluster's cross-check, so they can never disagree. Every number is a
 * {@link java.math.BigDecimal}; nothing is rounded before a comparison, and only the
 * final points and the displayed rate or change are rounded to 2 decimals, half up.
 * <p>
 * Problems are reported as message keys with arguments ({@link ScoringProblem}), whose
 * Vietnamese and English texts are in {@code messages/scoring*.properties}.
 *
 * @see ScoringRule
 * @see ScoringTable
 */
@org.springframework.modulith.NamedInterface("scoring")
package vn.thidua.campaign.scoring;
