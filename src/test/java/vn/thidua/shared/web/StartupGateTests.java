package vn.thidua.shared.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until the application is ready every request but the health probes is answered 503 "Hệ
 * thống đang khởi động" with Retry-After, in the visitor's language; once ready, requests
 * go through.
 */
class StartupGateTests {

	private final StartupGate gate = gate();

	@Test
	void beforeReadyASignInIsTurnedAwayWithRetryAfter() throws Exception {
		MockHttpServletResponse response = send("POST", "/login", null);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(StartupGate.RETRY_AFTER_SECONDS));
		assertThat(response.getContentAsString()).contains("Hệ thống đang khởi động").contains("</html>");
	}

	@Test
	void beforeReadyThePageSpeaksEnglishToWhoChoseItAndTheApiAnswersJson() throws Exception {
		assertThat(send("GET", "/", "en").getContentAsString()).contains("The system is starting");
		MockHttpServletResponse api = send("GET", "/api/v1/units", null);
		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getContentType()).contains("json");
		assertThat(api.getContentAsString()).contains("Hệ thống đang khởi động");
	}

	@Test
	void healthProbesAreAnsweredBeforeReady() throws Exception {
		assertThat(send("GET", "/actuator/health/readiness", null).getStatus()).isEqualTo(200);
		assertThat(send("GET", "/actuator/health/liveness", null).getStatus()).isEqualTo(200);
	}

	@Test
	void onceReadyEveryRequestGoesThrough() throws Exception {
		this.gate.ready();
		assertThat(this.gate.isReady()).isTrue();
		MockHttpServletResponse response = send("POST", "/login", null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Retry-After")).isNull();
	}

	private MockHttpServletResponse send(String method, String path, String language) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (language != null) {
			request.setCookies(new Cookie("thidua-lang", language));
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.gate.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static StartupGate gate() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/shared");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine templates = new SpringTemplateEngine();
		templates.setTemplateResolver(resolver);
		templates.setTemplateEngineMessageSource(messages);
		CookieLocaleResolver locales = new CookieLocaleResolver("thidua-lang");
		locales.setDefaultLocale(Locale.forLanguageTag("vi"));
		return new StartupGate(templates, locales, messages);
	}

}
