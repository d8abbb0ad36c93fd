package nl.samenspel.organisation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API answers 401 with a problem; it never redirects to a login page. The detail is in English when the client
 * asks for it ({@code Accept-Language}), in Dutch otherwise.
 */
class ApiEntryPoint implements AuthenticationEntryPoint {

	private final MessageSource messages;

	ApiEntryPoint(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		RefusalProblem.write(request, response, HttpStatus.UNAUTHORIZED, messages);
	}
}
