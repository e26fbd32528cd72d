package vn.thidua.result;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds that turn a year's score into a rating and check registrations against
 * it ({@code thidua.year-end.*}); a province sets its own in its configuration, the
 * defaults are what the page states.
 *
 * @param excellentPercent the year score, in % of the scoring table's scale, from which
 * tasks count as completed excellently (hoàn thành xuất sắc nhiệm vụ), default 90
 * @param goodPercent from which they count as completed well (hoàn thành tốt), default 70
 * @param completedPercent from which they count as completed (hoàn thành), default 50
 * @param decisiveAdvancedPercent the share of the headcount that must be Chiến sĩ tiên
 * tiến for Đơn vị quyết thắng (DOMAIN §8: ≥ 70%)
 * @param baseEmulationMaxPercent the most Chiến sĩ thi đua cơ sở, in % of the Chiến sĩ
 * tiên tiến, default 15
 */
@ConfigurationProperties("thidua.year-end")
record YearEndProperties(@DefaultValue("90") int excellentPercent, @DefaultValue("70") int goodPercent,
		@DefaultValue("50") int completedPercent, @DefaultValue("70") int decisiveAdvancedPercent,
		@DefaultValue("15") int baseEmulationMaxPercent) {

	YearEndProperties {
		if (!(0 <= completedPercent && completedPercent <= goodPercent && goodPercent <= excellentPercent
				&& excellentPercent <= 100)) {
			throw new IllegalArgumentException(
					"thidua.year-end: need 0 <= completed-percent <= good-percent <= excellent-percent <= 100");
		}
		if (decisiveAdvancedPercent < 0 || decisiveAdvancedPercent > 100 || baseEmulationMaxPercent < 0
				|| baseEmulationMaxPercent > 100) {
			throw new IllegalArgumentException("thidua.year-end: percentages must be between 0 and 100");
		}
	}

}
