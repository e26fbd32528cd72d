package vn.thidua.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the language switch, as {@code @languageLinks.to('en')} in templates: the
 * current page with its query (filters, year, page number) and {@code lang} replaced, so
 * that switching language keeps the user where they are. On an error page the original
 * request's path is used, not {@code /error}.
 */
@Component("languageLinks")
public class LanguageLinks {

	public String to(String language) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "?lang=" + language;
		}
		HttpServletRequest request = attributes.getRequest();
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorPath != null ? errorPath.toString() : request.getRequestURI();
		String query = errorPath != null ? null : request.getQueryString();
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
