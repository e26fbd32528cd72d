package vn.thidua.shared.web;

import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the language switch, as {@code @languageLinks.to('en')} in templates: the
 * current page with its query (filters, year, page number) and {@code lang} replaced, so
 * that switching language keeps the user where they are. On an error page the original
 * request's path is used, not {@code /error}.
 * <p>
 * A link is always followed with GET, so a page answering a POST (a form shown again with
 * its errors) links to the page the form belongs to: the page the form was sent from (the
 * Referer, when it is of this site), else the same path when it answers GET, else the
 * home page. Never a 405.
 */
@Component("languageLinks")
public class LanguageLinks {

	private final HandlerMapping mappings;

	LanguageLinks(@Qualifier("requestMappingHandlerMapping") HandlerMapping mappings) {
		this.mappings = mappings;
	}

	public String to(String language) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "?lang=" + language;
		}
		HttpServletRequest request = attributes.getRequest();
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorPath != null ? errorPath.toString() : request.getRequestURI();
		String query = errorPath != null ? null : request.getQueryString();
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			URI referer = sameSiteReferer(request);
			if (referer != null) {
				path = referer.getRawPath();
				query = referer.getRawQuery();
			}
			else if (errorPath != null || !answersGet(request)) {
				path = request.getContextPath() + "/";
				query = null;
			}
		}
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	private boolean answersGet(HttpServletRequest request) {
		try {
			return this.mappings.getHandler(new GetOf(request)) != null;
		}
		catch (Exception noGetHandler) {
			return false;
		}
	}

	private static URI sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return null;
		}
		try {
			URI uri = new URI(referer);
			int port = uri.getPort() != -1 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
			boolean sameSite = request.getScheme().equalsIgnoreCase(uri.getScheme())
					&& request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
			String path = uri.getRawPath();
			return sameSite && path != null && path.startsWith(request.getContextPath() + "/") ? uri : null;
		}
		catch (Exception unreadable) {
			return null;
		}
	}

	/**
	 * The same request as a GET, with attributes of its own so that looking up its
	 * handler leaves the real request as it is.
	 */
	private static final class GetOf extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		GetOf(HttpServletRequest request) {
			super(request);
			for (Enumeration<String> names = request.getAttributeNames(); names.hasMoreElements();) {
				String name = names.nextElement();
				this.attributes.put(name, request.getAttribute(name));
			}
			this.attributes.remove(HandlerMapping.LOOKUP_PATH);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.get(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return Collections.enumeration(this.attributes.keySet());
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.remove(name);
		}

	}

}
