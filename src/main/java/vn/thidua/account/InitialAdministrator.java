package vn.thidua.account;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.thidua.shared.db.StartupWork;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * A new installation without demo data has no account at all: this creates the first
 * administrator, {@code admin}, so that somebody can sign in and create the others. The
 * password comes from {@code THIDUA_ADMIN_PASSWORD}, or is generated and written once to
 * the log; either way it must be changed at the first sign-in.
 */
@Component
@Order(20)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final Environment environment;

	private final StartupWork startupWork;

	InitialAdministrator(JdbcClient jdbc, AccountService accounts, Environment environment, StartupWork startupWork) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.environment = environment;
		this.startupWork = startupWork;
	}

	@Override
	public void run(ApplicationArguments args) {
		String configured = this.environment.getProperty("thidua.security.initial-admin-password");
		String password = StringUtils.hasText(configured) ? configured : generate();
		boolean[] created = new boolean[1];
		// asked under the start-up lock: two instances starting together create one admin
		this.startupWork.runAlone(() -> {
			long administrators = this.jdbc.sql("select count(*) from app_user where role = 'ADMIN'")
				.query(Long.class)
				.single();
			if (administrators == 0) {
				CurrentUser.runAsSystem(() -> this.accounts.createAccount("admin", "Quản trị hệ thống", Role.ADMIN,
						null, password, true));
				created[0] = true;
			}
		});
		if (!created[0]) {
			return;
		}
		if (StringUtils.hasText(configured)) {
			log.warn("Đã tạo tài khoản quản trị đầu tiên 'admin' với mật khẩu từ THIDUA_ADMIN_PASSWORD; "
					+ "phải đổi mật khẩu ở lần đăng nhập đầu tiên.");
		}
		else {
			log.warn("Đã tạo tài khoản quản trị đầu tiên 'admin' với mật khẩu khởi tạo: {} "
					+ "(phải đổi ở lần đăng nhập đầu tiên)", password);
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		// the policy wants letters and digits
		return password.append(random.nextInt(10)).append('x').toString();
	}

}
