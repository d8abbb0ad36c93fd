package nl.samenspel.ui;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

/**
 * The last line for errors no module handled itself. The JSON API answers with RFC 9457 problem details (with a
 * field-by-field list for validation errors); pages show a friendly error page. Unexpected errors are logged once,
 * with a reference number the user can quote, and never show a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final Pages pages;

	ErrorHandling(Pages pages) {
		this.pages = pages;
	}

	@ExceptionHandler(BindException.class)
	Object invalid(BindException exception, HttpServletRequest request, HttpServletResponse response) {
		return validationProblem(exception.getBindingResult(), request, response);
	}

	@ExceptionHandler(FieldRejected.class)
	Object rejected(FieldRejected exception, HttpServletRequest request, HttpServletResponse response) {
		var messages = pages.messages(request);
		var errors = List.of(Map.of("field", exception.field(), "message", messages.t(exception.messageKey(), exception.arguments())));
		return problem(HttpStatus.BAD_REQUEST, messages.t("error.validation"), errors, request, response);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidParameters(HandlerMethodValidationException exception, HttpServletRequest request,
			HttpServletResponse response) {
		var messages = pages.messages(request);
		var errors = exception.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", messages.resolve(error))))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, messages.t("error.validation"), errors, request, response);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException exception, HttpServletRequest request,
			HttpServletResponse response) {
		var messages = pages.messages(request);
		var field = fieldOf(exception);
		if (field != null) {
			var errors = List.of(Map.of("field", field, "message", messages.t("typeMismatch")));
			return problem(HttpStatus.BAD_REQUEST, messages.t("error.validation"), errors, request, response);
		}
		return problem(HttpStatus.BAD_REQUEST, messages.t("error.unreadable"), List.of(), request, response);
	}

	/** The JSON property a value of the wrong type was given for, as a dotted path. */
	static @org.jspecify.annotations.Nullable String fieldOf(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof tools.jackson.core.JacksonException databind && !databind.getPath().isEmpty()) {
				var path = new StringBuilder();
				for (var reference : databind.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object mismatch(MethodArgumentTypeMismatchException exception, HttpServletRequest request,
			HttpServletResponse response) {
		var messages = pages.messages(request);
		var errors = List.of(Map.of("field", exception.getName(), "message", messages.t("typeMismatch")));
		return problem(HttpStatus.BAD_REQUEST, messages.t("error.validation"), errors, request, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request,
			HttpServletResponse response) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, pages.messages(request).t("error.tooLarge"), List.of(), request,
				response);
	}

	@ExceptionHandler(NotFound.class)
	Object notFound(NotFound exception, HttpServletRequest request, HttpServletResponse response) {
		return problem(HttpStatus.NOT_FOUND, pages.messages(request).t("error.404.text"), List.of(), request, response);
	}

	/** Two requests raced for the same unique value (a user name, a code): the second is told to try again. */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	Object duplicate(RuntimeException exception, HttpServletRequest request, HttpServletResponse response) {
		log.warn("Refused a change that broke a database constraint on {} {}", request.getMethod(), request.getRequestURI());
		return problem(HttpStatus.CONFLICT, pages.messages(request).t("error.conflict"), List.of(), request, response);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object conflict(OptimisticLockingFailureException exception, HttpServletRequest request,
			HttpServletResponse response) {
		return problem(HttpStatus.CONFLICT, pages.messages(request).t("error.conflict"), List.of(), request, response);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	Object denied(RuntimeException exception, HttpServletRequest request, HttpServletResponse response) {
		return problem(HttpStatus.FORBIDDEN, pages.messages(request).t("error.403.text"), List.of(), request, response);
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception exception, HttpServletRequest request, HttpServletResponse response) {
		if (exception instanceof ErrorResponse known) {
			var status = known.getStatusCode();
			return problem(status, pages.messages(request).t(detailKey(status.value())), List.of(), request, response);
		}
		var reference = reference();
		log.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), exception);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, pages.messages(request).t("error.500.text"), List.of(),
				request, response, reference);
	}

	private Object validationProblem(BindingResult result, HttpServletRequest request, HttpServletResponse response) {
		var messages = pages.messages(request);
		var errors = result.getFieldErrors().stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.resolve(error)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, messages.t("error.validation"), errors, request, response);
	}

	private Object problem(HttpStatusCode status, String detail, List<Map<String, String>> errors,
			HttpServletRequest request, HttpServletResponse response) {
		return problem(status, detail, errors, request, response, reference());
	}

	private Object problem(HttpStatusCode status, String detail, List<Map<String, String>> errors,
			HttpServletRequest request, HttpServletResponse response, String reference) {
		if (isApi(request)) {
			var problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setInstance(URI.create(request.getRequestURI()));
			problem.setProperty("reference", reference);
			if (!errors.isEmpty()) {
				problem.setProperty("errors", errors);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(status.value());
		var view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("page", pages.create(request, null));
		view.addObject("error", ErrorView.of(status.value(), reference));
		return view;
	}

	static boolean isApi(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/actuator/");
	}

	static String detailKey(int status) {
		return ErrorView.of(status, "").textKey();
	}

	static String reference() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}
}
