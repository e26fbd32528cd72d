package vn.thidua.shared.db;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Time limits PostgreSQL puts on every connection of the pool, so that no request holds
 * locks for long whatever it does: a statement is cancelled after
 * {@code statement-timeout}, a wait for a lock after {@code lock-timeout}, and a session
 * that keeps a transaction open without running a statement (the application busy
 * elsewhere) is ended after {@code idle-in-transaction-timeout}, which releases its
 * locks. Zero switches a limit off (the benchmark's data generation does so).
 *
 * @param statementTimeout the longest statement
 * @param lockTimeout the longest wait for a lock
 * @param idleInTransactionTimeout the longest pause inside a transaction
 */
@ConfigurationProperties("thidua.db")
public record DatabaseTimeouts(@DefaultValue("30s") Duration statementTimeout,
		@DefaultValue("10s") Duration lockTimeout, @DefaultValue("60s") Duration idleInTransactionTimeout) {

	/** The statements that set the limits on a new connection. */
	String initSql() {
		return "SET statement_timeout = " + this.statementTimeout.toMillis() + "; SET lock_timeout = "
				+ this.lockTimeout.toMillis() + "; SET idle_in_transaction_session_timeout = "
				+ this.idleInTransactionTimeout.toMillis();
	}

	@Configuration(proxyBeanMethods = false)
	static class Setup {

		/**
		 * Adds the limits to the pool before it opens its first connection (the pool of
		 * an external database and the embedded one alike), after any initialisation
		 * statement configured for it.
		 */
		@Bean
		static BeanPostProcessor databaseTimeoutsOnConnections(Environment environment) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof HikariDataSource pool && !pool.isRunning()) {
						DatabaseTimeouts limits = Binder.get(environment)
							.bindOrCreate("thidua.db", DatabaseTimeouts.class);
						String configured = pool.getConnectionInitSql();
						pool.setConnectionInitSql(StringUtils.hasText(configured) ? configured + "; " + limits.initSql()
								: limits.initSql());
					}
					return bean;
				}
			};
		}

	}

}
