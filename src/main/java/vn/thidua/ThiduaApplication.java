package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Quản lý phong trào thi đua — the emulation movement of the People's Public Security.
 */
@SpringBootApplication
public class ThiduaApplication {

	public static void main(String[] args) {
		SpringApplication.run(ThiduaApplication.class, args);
	}

}
