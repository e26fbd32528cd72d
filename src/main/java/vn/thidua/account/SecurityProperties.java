package vn.thidua.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockMinutes how long the lock lasts
 */
@ConfigurationProperties("thidua.security")
record SecurityProperties(int maxFailedLogins, int lockMinutes) {

	Duration lockDuration() {
		return Duration.ofMinutes(this.lockMinutes);
	}

}
