package vn.thidua.campaign;

/**
 * How a unit reports an indicator: one value, or a numerator and a denominator giving a
 * rate (%).
 */
public enum InputShape {

	VALUE, RATIO

}
