package vn.thidua.campaign;

/** How often an indicator is reported (kỳ báo cáo). */
public enum ReportingPeriod {

	MONTH, QUARTER, HALF_YEAR, YEAR

}
