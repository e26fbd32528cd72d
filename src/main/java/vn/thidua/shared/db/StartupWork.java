package vn.thidua.shared.db;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work done once when the application starts (the demo province, the first
 * administrator): each piece runs in one transaction that first takes a PostgreSQL
 * advisory lock shared by every instance. Two instances starting together on an empty
 * database therefore do the work one after the other, and the second sees what the first
 * committed; a start interrupted half-way commits nothing, and the next start does the
 * work again.
 */
@Component
public class StartupWork {

	/** The advisory-lock key of start-up work ("thidua" in ASCII, then 1). */
	static final long LOCK_KEY = 0x7468696475610001L;

	/**
	 * Longer than the demo load on a slow machine: a second instance waits that long for
	 * the first to finish, and the load itself must not be cut by the ordinary limits.
	 */
	static final Duration LONGEST = Duration.ofMinutes(15);

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	StartupWork(PlatformTransactionManager transactionManager, JdbcClient jdbc) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout((int) LONGEST.toSeconds());
		this.jdbc = jdbc;
	}

	/**
	 * Runs the work in one transaction, alone among the instances on this database; every
	 * service it calls joins that transaction. The lock is released when the transaction
	 * ends, committed or not.
	 */
	public void runAlone(Runnable work) {
		this.transactions.executeWithoutResult(status -> {
			// the ordinary limits (seconds) are for requests; waiting for another
			// instance's
			// start-up work, or loading the demo, takes longer
			String longest = LONGEST.toMillis() + "ms";
			this.jdbc
				.sql("select set_config('lock_timeout', :t, true), set_config('statement_timeout', :t, true),"
						+ " set_config('idle_in_transaction_session_timeout', :t, true)")
				.param("t", longest)
				.query((rs, row) -> row)
				.list();
			this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query((rs, row) -> row).list();
			work.run();
		});
	}

}
