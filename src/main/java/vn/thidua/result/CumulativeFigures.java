package vn.thidua.result;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.campaign.scoring.Measurement;

/**
 * The cumulative figures (lũy kế từ đầu năm) of a change indicator as the entry page
 * shows them beside the month's: this year's sum against the sum of the same months last
 * year, and how many months were added up (only months with both figures count).
 *
 * @param thisYear the sum of this year's figures up to and including the month
 * @param lastYear the sum of the same months' figures last year
 * @param change the % change of the sums, 2 decimals; {@code null} when last year's sum
 * is 0
 * @param months how many months were added up, this month included
 * @param monthChange the month's own % change, 2 decimals; {@code null} when last year's
 * month is 0
 */
public record CumulativeFigures(BigDecimal thisYear, BigDecimal lastYear, BigDecimal change, int months,
		BigDecimal monthChange) {

	static CumulativeFigures of(List<Measurement.Change> earlier, Measurement.Change month) {
		List<Measurement.Change> periods = new ArrayList<>(earlier);
		periods.add(month);
		Measurement.Change sum = Measurement.cumulative(periods);
		return new CumulativeFigures(sum.thisPeriod(), sum.lastYear(), percent(sum), periods.size(), percent(month));
	}

	private static BigDecimal percent(Measurement.Change change) {
		if (change.lastYear().signum() == 0) {
			return null;
		}
		return change.thisPeriod()
			.subtract(change.lastYear())
			.multiply(BigDecimal.valueOf(100))
			.divide(change.lastYear(), MathContext.DECIMAL128)
			.setScale(2, RoundingMode.HALF_UP);
	}

}
