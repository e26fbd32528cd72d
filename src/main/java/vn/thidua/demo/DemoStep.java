package vn.thidua.demo;

/**
 * One part of the demo province (units, campaigns, covenants, results...), loaded in the
 * order of its {@code @Order}, inside the one transaction of {@link DemoLoad}: a part
 * reads what the parts before it wrote, and whatever transaction it asks for joins that
 * one, so that nothing of it is committed unless the whole demo is.
 */
interface DemoStep {

	void load();

}
