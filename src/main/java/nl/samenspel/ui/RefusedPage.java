package nl.samenspel.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page a signed-in user sees when the security filter chain refuses a page to their role (403): the same
 * friendly error page as a refusal inside a controller, in the user's language, rendered before the request
 * reaches Spring MVC.
 */
@Component
public class RefusedPage implements AccessDeniedHandler {

	private final TemplateEngine templates;
	private final Pages pages;
	private final LocaleResolver locales;

	RefusedPage(TemplateEngine templates, Pages pages, LocaleResolver locales) {
		this.templates = templates;
		this.pages = pages;
		this.locales = locales;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		render(request, response, HttpStatus.FORBIDDEN);
	}

	/** The error page for a status, written where no controller answers (a filter). */
	void render(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
		// outside the DispatcherServlet: the page's messages need the language the user chose
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		var html = new StringOutput();
		templates.render("error.jte", Map.of("page", pages.create(request, null), "error",
				ErrorView.of(status.value(), ErrorHandling.reference())), html);
		response.setStatus(status.value());
		response.setContentType("text/html;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(html.toString());
	}
}
