package vn.thidua.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Turns requests away until the start-up work (database migrations, the demo province,
 * the first administrator) is finished: the web server accepts connections before that,
 * and a sign-in then would meet a half-loaded database. Until
 * {@link ApplicationReadyEvent} every request but the health probes (and the stylesheets
 * of the page shown) is answered 503 with {@code Retry-After} and the page "Hệ thống đang
 * khởi động"; the readiness probe says OUT_OF_SERVICE meanwhile, so a proxy sends no one
 * here.
 * <p>
 * Placed before every other filter, sessions and security included, so that nothing is
 * read from the database for a turned-away request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupGate extends OncePerRequestFilter {

	/** Seconds a client is asked to wait before trying again. */
	static final int RETRY_AFTER_SECONDS = 10;

	private static final List<String> ALWAYS_OPEN = List.of("/actuator/health", "/webjars/", "/css/", "/img/");

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	private final MessageSource messages;

	private volatile boolean ready;

	StartupGate(ITemplateEngine templates, LocaleResolver locales, MessageSource messages) {
		this.templates = templates;
		this.locales = locales;
		this.messages = messages;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		this.ready = true;
	}

	boolean isReady() {
		return this.ready;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.ready || open(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Locale locale = this.locales.resolveLocale(request);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"status\":503,\"title\":\"" + json(this.messages.getMessage("startup.title", null, locale))
						+ "\",\"detail\":\"" + json(this.messages.getMessage("startup.text", null, locale)) + "\"}");
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale);
		response.getWriter().write(this.templates.process("error/starting", context));
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
