package nl.samenspel.organisation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** A signed-in user refused by the API gets a problem (403), in English when asked for, in Dutch otherwise. */
class ApiAccessDenied implements AccessDeniedHandler {

	private final MessageSource messages;

	ApiAccessDenied(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		RefusalProblem.write(request, response, HttpStatus.FORBIDDEN, messages);
	}
}
