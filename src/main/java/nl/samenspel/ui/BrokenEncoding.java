package nl.samenspel.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything reads it, a request whose path, query or form body is not valid percent-encoded UTF-8
 * ({@code %}, {@code %zz}, the overlong {@code %C0%AF}): 400, a problem for the API and the error page otherwise, and one line in
 * the log instead of the stack trace the servlet container's parameter parsing would end in. It runs first of all
 * filters, so such a request touches no session and no security rule.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrokenEncoding extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(BrokenEncoding.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RefusedPage pages;

	private final Pages messages;

	BrokenEncoding(RefusedPage pages, Pages messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var query = request.getQueryString();
		if (decodes(request.getRequestURI()) && (query == null || decodes(query)) && formDecodes(request)) {
			chain.doFilter(request, response);
			return;
		}
		log.info("Refused a request with broken percent-encoding: {} from {}", request.getMethod(), request.getRemoteAddr());
		var cleaned = new Cleaned(request);
		if (ErrorHandling.isApi(request)) {
			var problem = new java.util.LinkedHashMap<String, Object>();
			problem.put("type", "about:blank");
			problem.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
			problem.put("status", HttpStatus.BAD_REQUEST.value());
			problem.put("detail", messages.messages(cleaned).t("error.400.text"));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(JSON.writeValueAsString(problem));
			return;
		}
		pages.render(cleaned, response, HttpStatus.BAD_REQUEST);
	}

	/**
	 * Whether a form body ({@code application/x-www-form-urlencoded}) decodes: the servlet container parses it into
	 * parameters on the first read of one, which fails on broken percent-encoding; read here, the failure is a 400
	 * instead of an exception out of whichever filter happens to read a parameter first (the CSRF token, the login).
	 * The parsed parameters stay with the request, so the body is read only once.
	 */
	private static boolean formDecodes(HttpServletRequest request) throws java.io.UnsupportedEncodingException {
		if (!"POST".equals(request.getMethod()) || request.getContentType() == null
				|| !request.getContentType().toLowerCase(java.util.Locale.ROOT)
					.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			return true;
		}
		try {
			// as the application reads every request (server.servlet.encoding forces UTF-8), set before parsing
			request.setCharacterEncoding(StandardCharsets.UTF_8.name());
			for (var values : request.getParameterMap().values()) {
				for (var value : values) {
					if (value != null && value.indexOf('\uFFFD') >= 0) {
						// a container that replaces undecodable bytes instead of failing
						return false;
					}
				}
			}
			return true;
		}
		catch (IllegalStateException | IllegalArgumentException e) {
			return false;
		}
	}

	/** Whether every {@code %} is followed by two hex digits and the bytes so written are UTF-8 (not overlong). */
	static boolean decodes(String raw) {
		if (raw.indexOf('%') < 0) {
			return true;
		}
		var bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			var c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return false;
				}
				var high = Character.digit(raw.charAt(i + 1), 16);
				var low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return false;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	/** The request without its broken parts, so that rendering the answer reads none of them. */
	private static final class Cleaned extends HttpServletRequestWrapper {

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getRequestURI() {
			var uri = super.getRequestURI();
			return decodes(uri) ? uri : getContextPath() + "/";
		}

		@Override
		public @Nullable String getQueryString() {
			return null;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}
	}
}
