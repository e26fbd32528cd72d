package vn.thidua.shared.security;

/**
 * The part of the unit tree a user may see, in a form queries can use directly:
 * {@code (:all = true or u.path like :pathPrefix or u.id = :unitId)}.
 * <p>
 * Objects outside the scope are reported as not found (404), never as forbidden, so that
 * their existence is not revealed.
 *
 * @param all everything (administrators)
 * @param pathPrefix a {@code like} pattern matching the paths of the visible subtree
 * @param unitId the user's own unit
 */
public record Scope(boolean all, String pathPrefix, long unitId) {

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

	public boolean isSubtree() {
		return !this.all && !NOTHING.equals(this.pathPrefix);
	}

}
