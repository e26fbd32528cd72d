package vn.thidua.account;

import java.time.Instant;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account counts for the administrator's dashboard, in one statement.
 */
@Service
@RequiredArgsConstructor
public class AccountStatistics {

	private final JdbcClient jdbc;

	/** Accounts by state. */
	public record Counts(long active, long disabled, long locked, long mustChangePassword) {

	}

	@Transactional(readOnly = true)
	public Counts counts(Instant now) {
		return this.jdbc.sql("""
				select count(*) filter (where enabled),
				       count(*) filter (where not enabled),
				       count(*) filter (where locked_until > :now),
				       count(*) filter (where must_change_password and enabled)
				from app_user
				""")
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

}
