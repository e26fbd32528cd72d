package vn.thidua.result.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.thidua.result.ReportQueries;
import vn.thidua.shared.web.NotFoundException;

/**
 * A write to a report through the API is turned away with 404 before its body is read
 * when the report is outside the caller's units: nobody can make the server parse figures
 * for a report they may not touch. (The body is bounded too; this makes the order of the
 * checks what it should be.)
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class ReportScopeFirst implements WebMvcConfigurer, HandlerInterceptor {

	private final ReportQueries reports;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/api/v1/results/*/values", "/api/v1/results/*/submit", "/api/v1/results/*/approve",
					"/api/v1/results/*/return");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("id") instanceof String id) {
			try {
				this.reports.get(Long.parseLong(id));
			}
			catch (NumberFormatException ex) {
				throw new NotFoundException();
			}
		}
		return true;
	}

}
