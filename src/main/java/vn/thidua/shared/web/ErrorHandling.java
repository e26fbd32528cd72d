package vn.thidua.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns concurrent edits into a readable 409 page (or problem detail for the API); other
 * errors go to Boot's error pages under {@code templates/error/}.
 */
@ControllerAdvice
class ErrorHandling {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ErrorHandling.class);

	/**
	 * Two users changing the same thing at once: the version check or a unique constraint
	 * of the database stops the second one, who is asked to reload and try again.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class,
			org.springframework.dao.DataIntegrityViolationException.class })
	Object conflict(Exception exception, HttpServletRequest request, HttpServletResponse response) {
		log.warn("Conflicting change on {}: {}", request.getRequestURI(), exception.getMessage());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Concurrent modification"));
		}
		ModelAndView view = new ModelAndView("error/409");
		view.setStatus(HttpStatus.CONFLICT);
		view.addObject("status", 409);
		return view;
	}

}
