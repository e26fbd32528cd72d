package vn.thidua.account;

import java.time.Duration;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Writes a session's last access to the database at most once a minute, instead of on
 * every request.
 * <p>
 * Spring Session stores the time of the last request with each session and, by default,
 * writes it back after every request: every page a signed-in user opens ends with an
 * {@code UPDATE} and a commit, which waits for PostgreSQL to flush its log to disk (4-10
 * ms on a plain disk, measured). The session's row is rewritten here only when something
 * in it changed (a new session id after sign-in, another principal, another time-out) or
 * when the stored last access is at least {@link #INTERVAL} old; otherwise the statement
 * matches no row and the transaction commits without writing. A session may therefore
 * expire up to a minute before the time-out (eight hours) measured from the user's last
 * request; nothing else reads the last access. Attributes (the security context, the form
 * token) are still written whenever they change.
 * <p>
 * A new attribute is written with an upsert: two requests of one session that both add
 * the same attribute (the form token, created by whichever page asks first after sign-in,
 * e.g. two tabs opened at once) each insert it, and the second insert broke on the
 * attribute's primary key with a server error instead of keeping the later value.
 */
@Component
class SessionAccessWrites implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	/** How stale the stored last access may become before it is written again. */
	static final Duration INTERVAL = Duration.ofMinutes(1);

	/**
	 * The repository's update with its six parameters in its own order (session id, last
	 * access, time-out, expiry, principal, primary key), matching only a row that would
	 * change in more than a recent last access.
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% AS s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
			    MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
			    PRINCIPAL_NAME = v.principal_name
			FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
			             CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
			             CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) AS v
			WHERE s.PRIMARY_ID = v.primary_id
			  AND (s.SESSION_ID <> v.session_id
			       OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
			       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
			       OR v.last_access_time - s.LAST_ACCESS_TIME >= {interval})
			""".replace("{interval}", Long.toString(INTERVAL.toMillis()));

	/**
	 * The repository's attribute insert (primary key, name, bytes), keeping the later
	 * value.
	 */
	static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Override
	public void customize(JdbcIndexedSessionRepository repository) {
		repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
		repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
	}

}
