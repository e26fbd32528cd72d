package vn.thidua.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Copying the clusters of one year to a later year (usually the next one), before the
 * yearly adjustments of membership and of the rotating head and deputy.
 *
 * @param organizerId the organising unit; staff copy their own unit's clusters and may
 * leave it empty
 */
public record ClusterCopyForm(@NotNull @Min(2000) @Max(2100) Integer fromYear,
		@NotNull @Min(2000) @Max(2100) Integer toYear, Long organizerId) {

	public static ClusterCopyForm from(int year) {
		return new ClusterCopyForm(year, year + 1, null);
	}

}
