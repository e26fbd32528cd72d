package vn.thidua.award.catalogue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cash amounts worked by hand: multiple × base salary, rounded up to the next ten
 * thousand đồng (Decree 152/2025).
 */
class CashAmountTests {

	@ParameterizedTest(name = "{0} × {1} = {2}")
	@CsvSource({
			// CSTT: 0,3 × 2.340.000 = 702.000 → 710.000
			"0.3, 2340000, 710000",
			// ĐVTT: 0,8 × 2.340.000 = 1.872.000 → 1.880.000
			"0.8, 2340000, 1880000",
			// CSTĐCS: 1,0 × 2.340.000 = 2.340.000, already a multiple of 10.000
			"1.0, 2340000, 2340000",
			// ĐVQT: 1,5 × 2.340.000 = 3.510.000
			"1.5, 2340000, 3510000",
			// Giấy khen tập thể: 0,6 × 2.340.000 = 1.404.000 → 1.410.000
			"0.6, 2340000, 1410000",
			// CSTĐ toàn quốc: 4,5 × 2.340.000 = 10.530.000
			"4.5, 2340000, 10530000",
			// Bằng khen Thủ tướng cá nhân: 3,5 × 2.340.000 = 8.190.000
			"3.5, 2340000, 8190000",
			// under the 2023 base salary: 0,3 × 1.800.000 = 540.000
			"0.3, 1800000, 540000",
			// under the 2019 base salary: 0,3 × 1.490.000 = 447.000 → 450.000
			"0.3, 1490000, 450000",
			// 0,8 × 1.490.000 = 1.192.000 → 1.200.000
			"0.8, 1490000, 1200000",
			// one đồng over a step still rounds up: 0,01 × 1.000.100 = 10.001 → 20.000
			"0.01, 1000100, 20000" })
	void theAmountIsTheMultipleOfTheBaseSalaryRoundedUpToTenThousand(BigDecimal multiple, long salary, long amount) {
		assertThat(CashAmount.of(multiple, salary)).isEqualTo(amount);
	}

	@org.junit.jupiter.api.Test
	void noMultipleMeansNoCash() {
		assertThat(CashAmount.of(null, 2_340_000)).isZero();
		assertThat(CashAmount.of(BigDecimal.ZERO, 2_340_000)).isZero();
	}

}
