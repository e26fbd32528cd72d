package vn.thidua.campaign;

import vn.thidua.campaign.scoring.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.thidua.organization.UnitKind;

/**
 * Adding or editing an indicator. Numbers are typed Vietnamese-style ("75", "92,5"); the
 * controller's binder reads the decimal comma.
 */
public record IndicatorForm(@NotNull Long contentId,
		@NotBlank @Size(max = 30) @Pattern(regexp = "[\\p{L}0-9._-]*",
				message = "{indicator.error.codePattern}") String code,
		@NotBlank @Size(max = 500) String name, @Size(max = 50) String measureUnit, @NotNull Direction direction,
		@NotNull InputShape inputShape, @NotNull ReportingPeriod period, BigDecimal target, BigDecimal floor,
		List<UnitKind> unitKinds) {

	public IndicatorForm {
		unitKinds = unitKinds == null ? new ArrayList<>() : new ArrayList<>(unitKinds);
	}

	public static IndicatorForm empty(Long contentId) {
		return new IndicatorForm(contentId, "", "", "%", Direction.HIGHER_IS_BETTER, InputShape.RATIO,
				ReportingPeriod.MONTH, null, null, null);
	}

	public static IndicatorForm of(Indicator indicator) {
		return new IndicatorForm(indicator.getContent().getId(), indicator.getCode(), indicator.getName(),
				indicator.getMeasureUnit(), indicator.getDirection(), indicator.getInputShape(), indicator.getPeriod(),
				indicator.getTarget(), indicator.getFloor(), List.copyOf(indicator.unitKindsInOrder()));
	}

	IndicatorSpec spec() {
		return new IndicatorSpec(this.code, this.name, this.measureUnit, this.direction, this.inputShape, this.period,
				this.target, this.floor,
				this.unitKinds.isEmpty() ? EnumSet.noneOf(UnitKind.class) : EnumSet.copyOf(this.unitKinds));
	}

}
