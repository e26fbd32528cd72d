package vn.thidua.shared.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, as kept in the (database-backed) HTTP session: identity, role, unit
 * and the path of that unit in the tree, which is what scopes every query.
 */
public final class CurrentUser implements UserDetails, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String fullName;

	private final Role role;

	private final Long unitId;

	private final String unitPath;

	private transient String passwordHash;

	private final boolean enabled;

	private final boolean nonLocked;

	private final boolean mustChangePassword;

	public CurrentUser(long id, String username, String fullName, Role role, Long unitId, String unitPath,
			String passwordHash, boolean enabled, boolean nonLocked, boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.role = role;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.nonLocked = nonLocked;
		this.mustChangePassword = mustChangePassword;
	}

	/** The signed-in user of this request. */
	public static CurrentUser get() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
	}

	public static Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/**
	 * Runs work that no person does (loading demo data, creating the first administrator)
	 * as the built-in administrator "system", whose name the audit trail records.
	 */
	public static void runAsSystem(Runnable work) {
		CurrentUser system = new CurrentUser(0, "system", "Hệ thống", Role.ADMIN, null, null, null, true, true, false);
		runAs(system, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs work signed in as the given account (the demo data entered as the person who
	 * would enter it, service calls in tests), then restores whoever was signed in.
	 */
	public static <T> T runAs(UserDetails user, java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		try {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public CurrentUser withPasswordChanged() {
		return new CurrentUser(this.id, this.username, this.fullName, this.role, this.unitId, this.unitPath, null,
				this.enabled, this.nonLocked, false);
	}

	/** What this user may see of the unit tree. */
	public Scope scope() {
		if (this.role == Role.ADMIN) {
			return Scope.everything();
		}
		if (this.role.seesSubtree()) {
			return Scope.subtree(this.unitId, this.unitPath);
		}
		return Scope.ownUnit(this.unitId, this.unitPath);
	}

	public long id() {
		return this.id;
	}

	public String fullName() {
		return this.fullName;
	}

	public Role role() {
		return this.role;
	}

	public Long unitId() {
		return this.unitId;
	}

	public String unitPath() {
		return this.unitPath;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.nonLocked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return this.username;
	}

}
