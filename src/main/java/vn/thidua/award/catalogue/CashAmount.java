package vn.thidua.award.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cash that goes with a title or a form: its multiple times the base salary in force
 * on the decision date, rounded up to the next ten thousand đồng (Decree 152/2025: "làm
 * tròn số lên hàng chục nghìn đồng"). One place for the rule: the decision lines, the
 * catalogue page's examples and the tests all call it.
 */
public final class CashAmount {

	/** The step amounts are rounded up to. */
	public static final long STEP = 10_000;

	private CashAmount() {
	}

	/**
	 * The amount of {@code multiple} × {@code baseSalary}, rounded up to the next
	 * {@link #STEP}; 0 without a multiple (no cash set by the catalogue).
	 */
	public static long of(BigDecimal multiple, long baseSalary) {
		if (multiple == null || multiple.signum() == 0) {
			return 0;
		}
		BigDecimal exact = multiple.multiply(BigDecimal.valueOf(baseSalary));
		BigDecimal steps = exact.divide(BigDecimal.valueOf(STEP), 0, RoundingMode.CEILING);
		return steps.longValueExact() * STEP;
	}

}
