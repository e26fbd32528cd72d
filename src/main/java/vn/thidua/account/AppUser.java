package vn.thidua.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import org.hibernate.annotations.DynamicUpdate;

import vn.thidua.organization.Unit;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.VietnameseText;

/**
 * A user account. The unit decides what the user sees; administrators have none.
 * <p>
 * Updates write only the columns that changed: sign-in bookkeeping (failure count, lock)
 * is written by single statements outside this entity, and an administrator's edit must
 * not put back the values it read a moment before.
 */
@Entity
@DynamicUpdate
@Table(name = "app_user")
@Getter
public class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String fullName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	private boolean enabled = true;

	private boolean mustChangePassword = true;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant lastLoginAt;

	private Instant passwordChangedAt;

	@Column(name = "search_text")
	private String searchText;

	@Column(name = "sort_key")
	private byte[] sortKey;

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected AppUser() {
	}

	public AppUser(String username, String fullName, Role role, Unit unit, String passwordHash,
			boolean mustChangePassword) {
		this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.passwordChangedAt = Instant.now();
		update(fullName, role, unit);
	}

	void update(String fullName, Role role, Unit unit) {
		this.fullName = fullName.trim();
		this.role = role;
		this.unit = role == Role.ADMIN ? null : unit;
		this.searchText = VietnameseText.searchText(this.username, this.fullName);
		this.sortKey = VietnameseText.sortKey(this.fullName);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
		if (enabled) {
			this.failedAttempts = 0;
			this.lockedUntil = null;
		}
	}

	/** A password set by an administrator: the user must change it at next sign-in. */
	void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
		this.passwordChangedAt = Instant.now();
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	/** A password the user chose. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
		this.passwordChangedAt = Instant.now();
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** Lifts a lock-out before its time. */
	void unlock() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	AccountStatus status(Instant now) {
		if (!this.enabled) {
			return AccountStatus.DISABLED;
		}
		return isLocked(now) ? AccountStatus.LOCKED : AccountStatus.ACTIVE;
	}

	CurrentUser toCurrentUser(Instant now) {
		return new CurrentUser(this.id, this.username, this.fullName, this.role,
				this.unit == null ? null : this.unit.getId(), this.unit == null ? null : this.unit.getPath(),
				// never locked: repeated failures slow down sign-ins from an address
				// (LoginThrottle), they do not shut the owner out
				this.passwordHash, this.enabled, true, this.mustChangePassword);
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}
