package vn.thidua.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * A member unit at the year's end: its score and rank in its cluster, the rating the
 * score supports, and each of its registrations beside it.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param headcount its headcount (quân số), 0 when not recorded
 * @param score its year-to-date score at the month counted, {@code null} while no month
 * counts
 * @param provisional whether a provisional month (tạm tính) counts in the score
 * @param percent the score in % of the scoring table's scale, cut to 2 decimals;
 * {@code null} without a score
 * @param rank its rank in the cluster
 * @param sharedRank whether another member has the same rank
 * @param rating the rating the score supports, {@code null} without a score
 * @param registered whether the unit registered anything (a covenant with its part)
 * @param versionNumber the covenant version the registrations were read from, or
 * {@code null}
 * @param inForce whether that version is in force
 * @param checks the registrations, each beside what the results support
 */
public record YearStanding(long unitId, String unitName, int headcount, BigDecimal score, boolean provisional,
		BigDecimal percent, int rank, boolean sharedRank, YearEndRating rating, boolean registered,
		Integer versionNumber, boolean inForce, List<RegistrationCheck> checks) {

	/** Whether every registration of the unit is supported by its results. */
	public boolean allMet() {
		return this.checks.stream().allMatch(RegistrationCheck::met);
	}

}
