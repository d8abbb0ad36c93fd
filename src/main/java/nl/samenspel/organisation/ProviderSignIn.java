package nl.samenspel.organisation;

import java.io.IOException;
import java.io.Serial;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.Cookies;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;

/**
 * Signing in through the organisation's own OpenID Connect provider (Spring Security's {@code oauth2Login}), with
 * the registrations of {@link OrganisationClientRegistrations}: the authorization-code flow with PKCE, state and
 * nonce, the sign-in in progress in a sealed cookie ({@link ProviderSignInCookie}) rather than a session, and no
 * tokens kept afterwards. The provider's user becomes the organisation's {@link CurrentUser}
 * ({@link ProviderAccounts#signIn}), carrying {@link FactorGrantedAuthority#AUTHORIZATION_CODE_AUTHORITY} as the
 * factor it signed in with; the session is the same as after a password sign-in ({@link LoginSucceeded}).
 */
@Component
class ProviderSignIn {

	static final String START = "/oauth2/authorization";

	private final ProviderAccounts providers;
	private final OrganisationClientRegistrations registrations;
	private final Encryption encryption;
	private final AuditLog audit;
	private final Clock clock;
	private final Cookies cookies;

	ProviderSignIn(ProviderAccounts providers, OrganisationClientRegistrations registrations, Encryption encryption,
			AuditLog audit, Clock clock, Cookies cookies) {
		this.cookies = cookies;
		this.providers = providers;
		this.registrations = registrations;
		this.encryption = encryption;
		this.audit = audit;
		this.clock = clock;
	}

	/** The {@code oauth2Login} of the application's filter chain, ending where a password sign-in ends. */
	void configure(OAuth2LoginConfigurer<HttpSecurity> login, AuthenticationSuccessHandler loginSucceeded) {
		login.loginPage("/login")
			.clientRegistrationRepository(registrations)
			.authorizedClientRepository(new NoTokensKept())
			.authorizationEndpoint(endpoint -> endpoint.baseUri(START)
				.authorizationRequestRepository(new ProviderSignInCookie(encryption, clock, cookies))
				.authorizationRequestResolver(resolver()))
			.successHandler(new Succeeded(loginSucceeded))
			.failureHandler(new Failed(audit));
	}

	/** Checks the provider's answer; its place is in the chain's own authentication manager. */
	AuthenticationProvider authenticationProvider() {
		var oidc = new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
				new OidcUserService());
		oidc.setJwtDecoderFactory(new DecoderPerProvider());
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) throws AuthenticationException {
				var result = (OAuth2LoginAuthenticationToken) oidc.authenticate(authentication);
				if (result == null) {
					// no openid scope: every registration here has it, so this is no sign-in of ours
					throw new OAuth2AuthenticationException(ProviderAccounts.UNAVAILABLE);
				}
				var registration = result.getClientRegistration().getRegistrationId();
				var oidcUser = (OidcUser) result.getPrincipal();
				var user = providers.signIn(registration, oidcUser);
				var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
				authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
				return new OAuth2LoginAuthenticationToken(result.getClientRegistration(), result.getAuthorizationExchange(),
						new SignedIn(user, oidcUser), authorities, result.getAccessToken(), result.getRefreshToken());
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return oidc.supports(authentication);
			}
		};
	}

	private OAuth2AuthorizationRequestResolver resolver() {
		var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, START);
		// PKCE for every provider, also for confidential clients
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				try {
					return resolver.resolve(request);
				}
				catch (IllegalArgumentException unknownOrSwitchedOff) {
					// left to SignInController, which says so on the login page
					return null;
				}
			}

			@Override
			public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
				try {
					return resolver.resolve(request, registrationId);
				}
				catch (IllegalArgumentException unknownOrSwitchedOff) {
					return null;
				}
			}
		};
	}

	/** The provider's user, as it passes from the check to {@link Succeeded}: never stored. */
	static final class SignedIn extends DefaultOidcUser {

		@Serial
		private static final long serialVersionUID = 1L;

		private final CurrentUser user;

		SignedIn(CurrentUser user, OidcUser oidc) {
			super(user.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
			this.user = user;
		}

		CurrentUser user() {
			return user;
		}
	}

	/**
	 * Makes the signed-in user the same as after a password sign-in: {@link CurrentUser} as principal, its roles and
	 * the factor it signed in with, in the session; then what a password sign-in does (audit, session clock, back to
	 * the page asked for).
	 */
	static final class Succeeded implements AuthenticationSuccessHandler {

		private final AuthenticationSuccessHandler loginSucceeded;
		private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

		Succeeded(AuthenticationSuccessHandler loginSucceeded) {
			this.loginSucceeded = loginSucceeded;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			var user = ((SignedIn) authentication.getPrincipal()).user();
			var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, authentication.getAuthorities());
			signedIn.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
			var holder = SecurityContextHolder.getContextHolderStrategy();
			var context = holder.createEmptyContext();
			context.setAuthentication(signedIn);
			holder.setContext(context);
			contexts.saveContext(context, request, response);
			loginSucceeded.onAuthenticationSuccess(request, response, signedIn);
		}
	}

	/** Back to the login page with the reason, in words the visitor can act on; audited when not done already. */
	static final class Failed implements AuthenticationFailureHandler {

		private final AuditLog audit;

		Failed(AuditLog audit) {
			this.audit = audit;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			var code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
			var reason = switch (code) {
				case ProviderAccounts.UNKNOWN_USER -> "unknown";
				case ProviderAccounts.NO_ROLE -> "norole";
				case ProviderAccounts.NO_MFA -> "nomfa";
				default -> "failed";
			};
			// a broken or forged answer, or a switched-off provider (the refusals above were audited already); a
			// way back without a sign-in started here is noise anyone can make, and writes nothing
			if ("failed".equals(reason) && !"authorization_request_not_found".equals(code)) {
				audit.record(AuditLog.Actor.anonymous(null), AuditAction.LOGIN_FAILED, "identity-provider", null,
						AuditResult.FAILURE);
			}
			response.sendRedirect(request.getContextPath() + "/login?provider=" + reason);
		}
	}

	/** The provider's tokens are needed for the sign-in only: nothing is kept, in memory or in the session. */
	private static final class NoTokensKept implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}
	}

	/**
	 * Spring's decoder factory keeps one decoder per registration id forever; an ADMIN may change the provider behind
	 * one, so here it is one per issuer, key set and client.
	 */
	private static final class DecoderPerProvider
			implements org.springframework.security.oauth2.jwt.JwtDecoderFactory<ClientRegistration> {

		private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

		@Override
		public JwtDecoder createDecoder(ClientRegistration registration) {
			var details = registration.getProviderDetails();
			var key = details.getIssuerUri() + " " + details.getJwkSetUri() + " " + registration.getClientId();
			return decoders.computeIfAbsent(key, ignored -> new OidcIdTokenDecoderFactory().createDecoder(registration));
		}
	}
}
