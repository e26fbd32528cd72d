package vn.thidua.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing instead of locking accounts (làm chậm đăng nhập).
 * <p>
 * Failures are counted per username and client address, and per address alone. Once a
 * pair reaches {@code thidua.security.max-failed-logins} failures, sign-ins of that
 * username from that address must wait: 30 seconds, then twice as long after each further
 * failure, at most {@code lock-minutes}. An address that fails four times as often, over
 * any usernames, waits the same way. Failures older than the longest wait are forgotten.
 * The owner of an account, signing in from their own machine, is never held back by what
 * someone sends from another one, and nobody can lock an administrator out. The waiting
 * applies to every username alike, known or not, so the answer never tells whether an
 * account exists.
 */
@Component
@RequiredArgsConstructor
class LoginThrottle {

	/** Stands for "any username" in the per-address row. */
	static final String ANY_USERNAME = "";

	static final Duration FIRST_WAIT = Duration.ofSeconds(30);

	/** How many times the per-pair limit an address may fail, over all usernames. */
	static final int ADDRESS_FACTOR = 4;

	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	private final Clock clock;

	/** Until when sign-ins of this username from this address must wait, if they must. */
	@Transactional(readOnly = true)
	public Optional<Instant> blockedUntil(String username, String address) {
		return this.jdbc.sql("""
				select max(blocked_until) from login_throttle
				where address = :address and username in (:username, '') and blocked_until > :now
				""")
			.param("username", key(username))
			.param("address", address(address))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * Counts a failed sign-in in its own transaction (it must stay counted whatever else
	 * is rolled back); returns until when this pair must now wait, if it must.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Instant> recordFailure(String username, String address) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.jdbc.sql("delete from login_throttle where last_failure < :old and coalesce(blocked_until, :old) < :now")
			.param("old", Timestamp.from(now.minus(KEPT)))
			.param("now", Timestamp.from(now))
			.update();
		String name = key(username);
		String from = address(address);
		count(name, from, this.properties.maxFailedLogins(), now);
		count(ANY_USERNAME, from, this.properties.maxFailedLogins() * ADDRESS_FACTOR, now);
		// the administrators' list shows the account's worst slow-down
		this.jdbc.sql("""
				update app_user u set
				  locked_until = t.blocked_until, failed_attempts = t.failures
				from (select max(blocked_until) blocked_until, max(failures) failures from login_throttle
				      where username = :username and blocked_until > :now) t
				where lower(u.username) = :username and t.blocked_until is not null
				""").param("username", name).param("now", Timestamp.from(now)).update();
		return blockedUntil(username, address);
	}

	/** A correct password from this address forgets the failures of this pair. */
	@Transactional
	public void recordSuccess(String username, String address) {
		int removed = this.jdbc.sql("delete from login_throttle where username = :username and address = :address")
			.param("username", key(username))
			.param("address", address(address))
			.update();
		if (removed > 0) {
			refreshAccount(key(username));
		}
	}

	/** The slow-downs currently holding back sign-ins of this username. */
	@Transactional(readOnly = true)
	public List<Slowdown> slowdowns(String username) {
		return this.jdbc.sql("""
				select address, failures, blocked_until from login_throttle
				where username = :username and blocked_until > :now order by blocked_until desc
				""")
			.param("username", key(username))
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, i) -> new Slowdown(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** An administrator lifts every slow-down of this username; returns how many. */
	@Transactional
	public int lift(String username) {
		int removed = this.jdbc.sql("delete from login_throttle where username = :username")
			.param("username", key(username))
			.update();
		refreshAccount(key(username));
		return removed;
	}

	private void count(String username, String address, int limit, Instant now) {
		// failures older than the longest wait are forgotten once their wait is over
		this.jdbc.sql("""
				update login_throttle set failures = 0, blocked_until = null
				where username = :username and address = :address and last_failure < :forget
				  and coalesce(blocked_until, :forget) < :now
				""")
			.param("username", username)
			.param("address", address)
			.param("forget", Timestamp.from(now.minus(this.properties.lockDuration())))
			.param("now", Timestamp.from(now))
			.update();
		// one statement, so parallel attempts cannot lose a count; the wait doubles with
		// every failure past the limit, up to the longest wait
		this.jdbc.sql("""
				insert into login_throttle as t (username, address, failures, last_failure, blocked_until)
				values (:username, :address, 1, :now,
				       case when 1 >= :limit then cast(:now as timestamptz) + make_interval(secs => :first) end)
				on conflict (username, address) do update set
				  failures = t.failures + 1,
				  last_failure = :now,
				  blocked_until = case when t.failures + 1 >= :limit
				    then cast(:now as timestamptz)
				        + make_interval(secs => least(:longest, :first * power(2, least(t.failures + 1 - :limit, 30))))
				    else t.blocked_until end
				""")
			.param("username", username)
			.param("address", address)
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("first", FIRST_WAIT.toSeconds())
			.param("longest", this.properties.lockDuration().toSeconds())
			.update();
	}

	private void refreshAccount(String username) {
		this.jdbc.sql("""
				update app_user u set
				  locked_until = (select max(blocked_until) from login_throttle t
				                  where t.username = :username and t.blocked_until > :now),
				  failed_attempts = coalesce((select max(failures) from login_throttle t
				                  where t.username = :username and t.blocked_until > :now), 0)
				where lower(u.username) = :username
				""").param("username", username).param("now", Timestamp.from(this.clock.instant())).update();
	}

	private static String key(String username) {
		String normalized = username == null ? "" : LoginAttempts.normalize(username);
		return normalized.length() > 64 ? normalized.substring(0, 64) : normalized;
	}

	private static String address(String address) {
		String value = address == null ? "?" : address;
		return value.length() > 64 ? value.substring(0, 64) : value;
	}

	/** A username held back when signing in from an address. */
	public record Slowdown(String address, int failures, Instant until) {

	}

}
