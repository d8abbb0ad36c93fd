package nl.samenspel.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised outside a controller (an unknown path, a refusal by security, a broken upload) arrive here through
 * the servlet container's error dispatch. Same answers as {@link ErrorHandling}: a problem for the API, a page
 * otherwise.
 */
@Controller
class ErrorPageController implements ErrorController {

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model) {
		var status = status(request);
		model.addAttribute("error", ErrorView.of(status, ErrorHandling.reference()));
		return "error";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		var status = HttpStatus.valueOf(status(request));
		var problem = ProblemDetail.forStatus(status);
		var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.replace(" ", "%20")));
		}
		problem.setProperty("reference", ErrorHandling.reference());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static int status(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer status && HttpStatus.resolve(status) != null) {
			return status;
		}
		// /error opened directly, not through an error dispatch
		return 404;
	}
}
