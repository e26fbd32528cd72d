package vn.thidua.result;

/**
 * A cluster of a campaign's scope that the current user may see the ranking of.
 *
 * @param id the cluster
 * @param name its name
 */
public record ClusterOption(long id, String name) {

}
