package vn.thidua.campaign;

import vn.thidua.campaign.scoring.Direction;
import java.math.BigDecimal;
import java.util.Set;

import vn.thidua.organization.UnitKind;

/**
 * What defines an indicator, checked by {@link Indicator} whatever form or copy it comes
 * from.
 */
record IndicatorSpec(String code, String name, String measureUnit, Direction direction, InputShape shape,
		ReportingPeriod period, BigDecimal target, BigDecimal floor, Set<UnitKind> unitKinds) {

}
