package vn.thidua.shared.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * The items of the navigation bar for the signed-in user, as {@code @navigation.items()}
 * in the layout: one list per request, filtered by the user's role in Java (rather than a
 * security expression parsed and evaluated for each item on every page), with the item
 * the current page belongs to marked. Nobody signed in, or a user who must first change
 * the initial password, has no items.
 */
@Component("navigation")
public class Navigation {

	/**
	 * An item as the layout writes it: where, which message, its element id (or null).
	 */
	public record Item(String path, String label, String id, boolean current) {

	}

	private record Entry(String path, String label, String id, Set<Role> roles) {

	}

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	private static final Set<Role> UNITS = EnumSet.of(Role.UNIT_COMMANDER, Role.UNIT_OFFICER);

	private static final List<Entry> ENTRIES = List.of(new Entry("/", "nav.dashboard", null, EVERYONE),
			new Entry("/units", "nav.units", null, EVERYONE), new Entry("/clusters", "nav.clusters", null, EVERYONE),
			new Entry("/officers", "nav.officers", null, EVERYONE),
			new Entry("/campaigns", "nav.campaigns", null, EVERYONE),
			new Entry("/my-covenants", "nav.myCovenants", null, UNITS),
			new Entry("/results", "nav.results", "nav-results", EVERYONE),
			new Entry("/voting", "nav.voting", "nav-voting", EVERYONE),
			new Entry("/awards/titles", "award.title.nav", "nav-titles", UNITS),
			new Entry("/awards/records", "award.nav", "nav-awards", EVERYONE),
			new Entry("/summary", "summary.nav", "nav-summary", EnumSet.of(Role.PROVINCE_STAFF, Role.LEADERSHIP)),
			new Entry("/admin/accounts", "nav.accounts", null, EnumSet.of(Role.ADMIN)),
			new Entry("/admin/audit", "nav.audit", null, EnumSet.of(Role.ADMIN)));

	public List<Item> items() {
		CurrentUser user = CurrentUser.find().orElse(null);
		if (user == null || user.mustChangePassword()) {
			return List.of();
		}
		String path = currentPath();
		return ENTRIES.stream()
			.filter(entry -> entry.roles().contains(user.role()))
			.map(entry -> new Item(entry.path(), entry.label(), entry.id(), current(entry.path(), path)))
			.toList();
	}

	/**
	 * Whether the page at {@code path} belongs to the item: the home page only for
	 * {@code /}, any other item for its path and the paths below it.
	 */
	static boolean current(String item, String path) {
		if (path == null) {
			return false;
		}
		if ("/".equals(item)) {
			return "/".equals(path);
		}
		return path.equals(item) || path.startsWith(item + "/");
	}

	/** The path of this request, or on an error page the original request's. */
	private static String currentPath() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorPath != null ? errorPath.toString() : request.getRequestURI();
		String context = request.getContextPath();
		if (context != null && !context.isEmpty() && path.startsWith(context)) {
			path = path.substring(context.length());
		}
		return path.isEmpty() ? "/" : path;
	}

}
