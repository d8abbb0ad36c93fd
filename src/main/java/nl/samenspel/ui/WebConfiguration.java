package nl.samenspel.ui;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import nl.samenspel.kernel.Cookies;

/**
 * Dutch by default; {@code ?lang=en} switches to English (and {@code ?lang=nl} back), remembered in a cookie
 * ({@link Cookies#LANGUAGE}: HttpOnly, SameSite=Lax; Secure and {@code __Host-} prefixed with secure cookies).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Bean
	LocaleResolver localeResolver(Cookies cookies) {
		var resolver = new SupportedLocaleResolver(cookies.name(Cookies.LANGUAGE));
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setCookiePath(cookies.path("/"));
		resolver.setCookieSecure(cookies.secure());
		return resolver;
	}

	/** Spring MVC's request mapping with an index by first path segment ({@link IndexedHandlerMapping}). */
	@Bean
	org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations indexedHandlerMapping() {
		return new org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations() {
			@Override
			public org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new IndexedHandlerMapping();
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Only the languages with a message bundle: anything else falls back to Dutch. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
		}

		@Override
		public void setLocale(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.@org.jspecify.annotations.Nullable HttpServletResponse response,
				@org.jspecify.annotations.Nullable Locale locale) {
			super.setLocale(request, response, supported(locale));
		}

		static Locale supported(@org.jspecify.annotations.Nullable Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
		}
	}
}
