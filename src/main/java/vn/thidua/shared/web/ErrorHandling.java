package vn.thidua.shared.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.MethodParameter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.DatabindException;

/**
 * Errors that are not the application's own: concurrent edits become a readable 409 page
 * (or problem detail for the API); input the application cannot read becomes a 400 (a 404
 * for a malformed id in a path), never a 500 or a false "someone else changed this"; a
 * statement cut short by the database's time limits becomes a 503. Other errors go to
 * Boot's error pages under {@code templates/error/}.
 */
@ControllerAdvice
class ErrorHandling {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ErrorHandling.class);

	/**
	 * Two users changing the same thing at once: the version check or a unique constraint
	 * of the database stops the second one, who is asked to reload and try again. A lock
	 * held too long by someone else ends the same way.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class })
	Object conflict(Exception exception, HttpServletRequest request) {
		log.warn("Conflicting change on {}: {}", request.getRequestURI(), exception.getMessage());
		return answer(request, HttpStatus.CONFLICT, "Concurrent modification", List.of());
	}

	/**
	 * A constraint of the database: a unique key taken meanwhile is a concurrent change;
	 * a value the column cannot hold (a data exception, SQLSTATE class 22: too long, too
	 * large, a NUL character, a date out of range) is bad input that got past the form's
	 * checks, answered as such and with nothing written.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	Object constraint(DataIntegrityViolationException exception, HttpServletRequest request) {
		if (dataException(exception)) {
			log.warn("Value refused by the database on {}: {}", request.getRequestURI(),
					NestedExceptionUtils.getMostSpecificCause(exception).getMessage());
			return answer(request, HttpStatus.BAD_REQUEST, "Invalid value", List.of());
		}
		return conflict(exception, request);
	}

	/** A statement stopped by the database's statement timeout. */
	@ExceptionHandler(QueryTimeoutException.class)
	Object timeout(QueryTimeoutException exception, HttpServletRequest request) {
		log.warn("Statement timed out on {}: {}", request.getRequestURI(), exception.getMessage());
		return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "The request took too long", List.of());
	}

	/**
	 * A parameter that is not of its type ({@code year=abc}, {@code unitId=abc}): 400; a
	 * malformed id in the path names no object: 404.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object mismatch(MethodArgumentTypeMismatchException exception, HttpServletRequest request) {
		return unreadable(exception.getParameter(), request);
	}

	@ExceptionHandler(MethodArgumentConversionNotSupportedException.class)
	Object notConvertible(MethodArgumentConversionNotSupportedException exception, HttpServletRequest request) {
		return unreadable(exception.getParameter(), request);
	}

	private static Object unreadable(MethodParameter parameter, HttpServletRequest request) {
		if (parameter.hasParameterAnnotation(PathVariable.class)) {
			return answer(request, HttpStatus.NOT_FOUND, "Not found", List.of());
		}
		String name = parameter.getParameterName();
		return answer(request, HttpStatus.BAD_REQUEST, "Invalid parameter",
				List.of(Map.of("field", name == null ? "" : name, "message", "invalid value")));
	}

	/**
	 * A request the binding cannot read: a missing parameter, a list index out of bounds
	 * ({@code entries[300]}, {@code entries[-1]}), an unreadable or out-of-range JSON
	 * body, an invalid parameter of a method with constraints.
	 */
	@ExceptionHandler({ ServletRequestBindingException.class, InvalidPropertyException.class,
			HttpMessageNotReadableException.class, HandlerMethodValidationException.class })
	Object badRequest(Exception exception, HttpServletRequest request) {
		log.debug("Bad request on {}: {}", request.getRequestURI(), exception.getMessage());
		List<Map<String, String>> problems = new ArrayList<>();
		if (NestedExceptionUtils.getMostSpecificCause(exception) instanceof DatabindException json) {
			String path = json.getPathReference();
			problems.add(Map.of("field", path == null ? "" : path, "message", json.getOriginalMessage()));
		}
		return answer(request, HttpStatus.BAD_REQUEST, "Invalid request", problems);
	}

	/** Fields of a bound request (an API body validated with {@code @Valid}). */
	@ExceptionHandler(BindException.class)
	Object invalidFields(BindException exception, HttpServletRequest request) {
		List<Map<String, String>> problems = new ArrayList<>();
		exception.getFieldErrors()
			.forEach(error -> problems.add(Map.of("field", error.getField(), "message",
					error.getDefaultMessage() == null ? error.getCode() : error.getDefaultMessage())));
		exception.getGlobalErrors()
			.forEach(error -> problems.add(Map.of("field", "", "message",
					error.getDefaultMessage() == null ? error.getCode() : error.getDefaultMessage())));
		return answer(request, HttpStatus.BAD_REQUEST, "Invalid request", problems);
	}

	private static Object answer(HttpServletRequest request, HttpStatus status, String detail,
			List<Map<String, String>> problems) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			if (!problems.isEmpty()) {
				problem.setProperty("problems", problems);
			}
			return ResponseEntity.status(status).body(problem);
		}
		ModelAndView view = new ModelAndView("error/" + status.value());
		view.setStatus(status);
		view.addObject("status", status.value());
		return view;
	}

	private static boolean dataException(Exception exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState().startsWith("22");
			}
		}
		return false;
	}

}
