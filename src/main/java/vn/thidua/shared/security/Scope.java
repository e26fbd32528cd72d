package vn.thidua.shared.security;

/**
 * The part of the unit tree a user may see, in a form queries can use directly: its three
 * parts are the last three arguments of the visibility functions each module publishes in
 * its migrations ({@code unit_visible}, {@code cluster_visible},
 * {@code campaign_visible}, {@code covenant_visible}; see ADR 0008), bound as
 * {@code :all}, {@code :prefix} and {@code :unitId} ({@link #parameters()}).
 * <p>
 * Objects outside the scope are reported as not found (404), never as forbidden, so that
 * their existence is not revealed.
 *
 * @param all everything (administrators)
 * @param pathPrefix a {@code like} pattern matching the paths of the visible subtree
 * @param unitId the user's own unit
 */
public record Scope(boolean all, String pathPrefix, long unitId) {

	/**
	 * A predicate, always true, to add beside a visibility function in a JPQL query: it
	 * names the three parameters once outside the function's arguments. Hibernate lets a
	 * parameter that appears only among a function's arguments be bound to a list, and
	 * does not keep the plan of a query with such a parameter: every query of a visible
	 * unit, cluster, campaign or covenant was translated into SQL again on each execution
	 * (about a tenth of the CPU of the ranking page, measured). PostgreSQL folds the
	 * comparisons away, each statement being planned with its values
	 * ({@code ScopeQueryPlanTests}).
	 */
	public static final String SINGLE_VALUES = "(:all = :all and :prefix = :prefix and :unitId = :unitId)";

	/** A pattern that matches no path. */
	private static final String NOTHING = "#";

	public static Scope everything() {
		return new Scope(true, NOTHING, -1);
	}

	public static Scope subtree(long unitId, String unitPath) {
		return new Scope(false, unitPath + "%", unitId);
	}

	public static Scope ownUnit(long unitId, String unitPath) {
		return new Scope(false, NOTHING, unitId);
	}

	/** Whether a unit with this id and path is visible. */
	public boolean includes(long id, String path) {
		return this.all || id == this.unitId || (!NOTHING.equals(this.pathPrefix)
				&& path.startsWith(this.pathPrefix.substring(0, this.pathPrefix.length() - 1)));
	}

	/**
	 * The scope as the named parameters {@code all}, {@code prefix} and {@code unitId} of
	 * a native query (a new, mutable map, so a caller may add its own).
	 */
	public java.util.Map<String, Object> parameters() {
		java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
		params.put("all", this.all);
		params.put("prefix", this.pathPrefix);
		params.put("unitId", this.unitId);
		return params;
	}

	public boolean isSubtree() {
		return !this.all && !NOTHING.equals(this.pathPrefix);
	}

}
