package vn.thidua.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which item of the navigation bar the current page belongs to, as
 * {@code @navLinks.current('/results')} in templates: the home page only for {@code /},
 * any other item for its path and the paths below it. On an error page the original
 * request's path counts.
 */
@Component("navLinks")
public class NavLinks {

	public boolean current(String item) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		HttpServletRequest request = attributes.getRequest();
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorPath != null ? errorPath.toString() : request.getRequestURI();
		String context = request.getContextPath();
		if (context != null && !context.isEmpty() && path.startsWith(context)) {
			path = path.substring(context.length());
		}
		if (path.isEmpty()) {
			path = "/";
		}
		if ("/".equals(item)) {
			return "/".equals(path);
		}
		return path.equals(item) || path.startsWith(item + "/");
	}

}
