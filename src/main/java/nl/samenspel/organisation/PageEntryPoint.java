package nl.samenspel.organisation;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/** Pages go to the login form (a child's pages to the child's login); an htmx request whose session ended is told to load the login page whole. */
class PageEntryPoint extends LoginUrlAuthenticationEntryPoint {

	PageEntryPoint(String loginFormUrl) {
		super(loginFormUrl);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, ServletException {
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", request.getContextPath() + getLoginFormUrl());
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		super.commence(request, response, exception);
	}
}
