package vn.thidua.account;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Pages use form sign-in with a session kept in the database; the API under
 * {@code /api/v1} uses HTTP Basic with the same accounts and no session (so no CSRF
 * token: a browser's cookies never sign an API call); it reads, and writes only the
 * periodic results (opening, figures, submitting, reviewing). Authorisation by role is
 * coarse here; what a user may see is decided by the scoped queries of each module, which
 * answer 404 outside the user's units.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI sets inline styles; its scripts are still only the application's own.
	 */
	static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * No Micrometer observation around each security filter, sign-in and authorisation:
	 * nothing reads them (the actuator shows health and info only), and wrapping the
	 * dozen filters of every request in observations costs on every page. The request's
	 * own observation ({@code http.server.requests}) stays.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, LoginThrottle throttle, Clock clock) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				// writing results: who may open, write, submit and review is the results
				// service's business (its own unit, its commander, the cluster's head or
				// deputy, staff), as on the pages
				.requestMatchers(HttpMethod.PUT, "/api/v1/results/*/values")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/results", "/api/v1/results/*/submit",
						"/api/v1/results/*/approve", "/api/v1/results/*/return")
				.authenticated()
				// entering award decisions: provincial staff, checked by the award
				// service
				.requestMatchers(HttpMethod.POST, "/api/v1/awards/decisions")
				.authenticated()
				.anyRequest()
				.denyAll())
			.httpBasic(basic -> basic.realmName("thidua"))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// the same protective headers as pages (HSTS over TLS, no sniffing, no
			// framing,
			// no referrer leaks); the policy allows nothing, an API answer is never a
			// page
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'"))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.addFilterBefore(new LoginThrottleFilter(throttle, clock, true), BasicAuthenticationFilter.class)
			// an initial password set by an administrator must be changed on the pages
			// first
			.addFilterAfter(new PasswordChangeRequiredFilter(true), BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login"))
			.httpBasic(basic -> basic.realmName("thidua"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_POLICY)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, LoginFailureHandler loginFailureHandler, LoginThrottle throttle,
			Clock clock) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
					"/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(loginFailureHandler)
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.exceptionHandling(Customizer.withDefaults())
			.addFilterBefore(new LoginThrottleFilter(throttle, clock, false),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(false), BasicAuthenticationFilter.class);
		return http.build();
	}

}
