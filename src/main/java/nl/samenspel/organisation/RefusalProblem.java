package nl.samenspel.organisation;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem (RFC 9457) for a refusal by the filter chain, where no controller advice reaches: the status, its
 * title, and the detail of {@code error.<status>.text} in English when the client asks for it, in Dutch otherwise.
 */
final class RefusalProblem {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RefusalProblem() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			MessageSource messages) throws IOException {
		var locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage("error." + status.value() + ".text", null, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}
}
