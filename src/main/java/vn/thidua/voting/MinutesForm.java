package vn.thidua.voting;

import jakarta.validation.constraints.Size;

/**
 * What the secretary fills in before the minutes are signed.
 *
 * @param place where the meeting was held
 * @param chairName the chair's rank and name as printed
 * @param secretary the secretary's account
 * @param notes what else the minutes record (e.g. the written votes of absent members)
 */
public record MinutesForm(@Size(max = 300) String place, @Size(max = 200) String chairName,
		@Size(max = 100) String secretary, @Size(max = 4000) String notes) {

}
