package vn.thidua.shared.db;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pooled connection runs without PostgreSQL's JIT (seconds of compiling for
 * statements of milliseconds) and plans each execution with its values (a generic plan,
 * blind to the subtree prefix, reads the whole country for one province).
 */
@SpringBootTest
class ConnectionSettingsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyConnectionPlansWithTheValuesAndWithoutJit() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.jdbc.sql("select current_setting('jit') || ' ' || current_setting('plan_cache_mode')")
				.query(String.class)
				.single()).isEqualTo("off force_custom_plan");
		}
	}

}
