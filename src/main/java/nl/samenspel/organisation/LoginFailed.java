package nl.samenspel.organisation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Back to the login form, which tells a blocked account apart from a wrong password and nothing more. */
class LoginFailed extends SimpleUrlAuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		var target = exception instanceof LoginThrottled ? "/login?blocked" : "/login?error";
		getRedirectStrategy().sendRedirect(request, response, target);
	}
}
