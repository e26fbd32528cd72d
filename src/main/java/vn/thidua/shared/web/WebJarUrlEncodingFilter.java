package vn.thidua.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Rewrites only the links to WebJars ({@code /webjars/bootstrap/css/...} to the path with
 * the jar's version), which is all the resource chain has to add to a page: the
 * application's own files have no version strategy, so their links come back unchanged.
 * <p>
 * Spring's filter asks the resource chain about every link a page writes, and the chain
 * looks each one up on the class path in every static location; a missing resource (the
 * links to pages, {@code /units}, {@code /voting/12}, ...) is not cached, so every page
 * scanned the class path a few times per link, under the class loader's lock. Under load
 * (hundreds of voters casting at once) the rendering threads queued on that lock.
 */
class WebJarUrlEncodingFilter extends ResourceUrlEncodingFilter {

	private static final String WEBJARS = "/webjars/";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse)) {
			chain.doFilter(request, response);
			return;
		}
		String prefix = http.getContextPath() + WEBJARS;
		super.doFilter(request, response, (wrappedRequest, resolving) -> chain.doFilter(wrappedRequest,
				new WebJarsOnly((HttpServletResponse) resolving, (HttpServletResponse) response, prefix)));
	}

	/**
	 * Sends the WebJar links to the resource chain, the others straight to the container.
	 */
	private static final class WebJarsOnly extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;

		private final String prefix;

		WebJarsOnly(HttpServletResponse resolving, HttpServletResponse plain, String prefix) {
			super(resolving);
			this.plain = plain;
			this.prefix = prefix;
		}

		@Override
		public String encodeURL(String url) {
			return (url != null && url.startsWith(this.prefix)) ? super.encodeURL(url) : this.plain.encodeURL(url);
		}

	}

}
