package nl.samenspel.ui;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import nl.samenspel.kernel.CurrentUser;

/**
 * Makes the {@link Page} for a request: the language, who is signed in, their navigation and the CSRF token.
 */
@Component
public class Pages {

	private final MessageSource messageSource;
	private final List<NavigationItem> navigation;

	Pages(MessageSource messageSource, List<NavigationItem> navigation) {
		this.messageSource = messageSource;
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	public Page create(HttpServletRequest request, @Nullable String noticeKey) {
		var messages = messages(request);
		var user = CurrentUser.current();
		var token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		var csrf = token == null ? null : new Page.Csrf(token.getParameterName(), token.getHeaderName(), token.getToken());
		var items = user == null ? List.<NavigationItem>of() : navigation.stream().filter(it -> it.visibleTo(user)).toList();
		var notice = noticeKey == null ? null : messages.t(noticeKey);
		var other = "en".equals(messages.language()) ? "nl" : "en";
		// keep the rest of the query: a link from an e-mail carries its token in it
		var languageSwitch = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
		return new Page(messages, user, csrf, request.getRequestURI(), languageSwitch, items, notice);
	}

	public Messages messages(HttpServletRequest request) {
		return new Messages(messageSource, RequestContextUtils.getLocale(request));
	}
}
