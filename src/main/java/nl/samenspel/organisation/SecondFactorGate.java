package nl.samenspel.organisation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.samenspel.kernel.CurrentUser;

/**
 * The second step of a login. A user signed in with a password alone who has an active second factor may open only
 * {@value #CODE_PAGE} until they enter a code; a user whose role requires a second factor and who has none may open
 * only {@value #ENROLMENT_PAGE} until they enrol. Every other page redirects there, every API call is refused with
 * 401 (a problem). Tokens are not held here: they are made from a session that passed, and cannot change the second
 * factor.
 * <p>
 * Whether an authentication passed is {@link #passed(Authentication)}: it carries the {@link #TOTP} factor this
 * module adds after a valid code, or the authorization-code factor Spring Security adds to a login through an
 * organisation's OpenID Connect provider (which does its own second factor).
 */
public class SecondFactorGate extends OncePerRequestFilter {

	/** The factor added to an authentication after a valid code: {@code FACTOR_TOTP}. */
	public static final String TOTP = "FACTOR_TOTP";

	static final String CODE_PAGE = "/login/second-factor";
	static final String ENROLMENT_PAGE = "/account/second-factor";

	/** Open while a step is missing: what a page needs to show, and signing out. */
	private static final Set<String> ALWAYS = Set.of("/logout", "/error", "/favicon.ico");
	private static final String[] ASSETS = { "/css/", "/js/", "/images/", "/webjars/" };

	private final SecondFactors secondFactors;
	private final AuthenticationEntryPoint api;

	SecondFactorGate(SecondFactors secondFactors, AuthenticationEntryPoint api) {
		this.secondFactors = secondFactors;
		this.api = api;
	}

	/**
	 * Whether the authentication passed a second factor: a TOTP code here, or a login through an organisation's
	 * OpenID Connect provider ({@link FactorGrantedAuthority#AUTHORIZATION_CODE_AUTHORITY}).
	 */
	public static boolean passed(@Nullable Authentication authentication) {
		if (authentication == null) {
			return false;
		}
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> TOTP.equals(authority) || FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY.equals(authority));
	}

	/** What the signed-in user of this request still has to do, {@link SecondFactors.State#NONE} for anyone else. */
	SecondFactors.State missing(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken || authentication instanceof TokenAuthentication
				|| !(authentication.getPrincipal() instanceof CurrentUser user) || passed(authentication)) {
			return SecondFactors.State.NONE;
		}
		return secondFactors.state(user);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		if (open(path)) {
			chain.doFilter(request, response);
			return;
		}
		var missing = missing(SecurityContextHolder.getContext().getAuthentication());
		var page = switch (missing) {
			case NONE -> null;
			case CODE -> CODE_PAGE;
			case ENROLMENT -> ENROLMENT_PAGE;
		};
		if (page == null || page.equals(path)) {
			chain.doFilter(request, response);
		}
		else if (SecurityConfiguration.API.matches(request)) {
			api.commence(request, response, new InsufficientAuthenticationException("second factor missing"));
		}
		else {
			response.sendRedirect(request.getContextPath() + page);
		}
	}

	private static boolean open(String path) {
		if (ALWAYS.contains(path)) {
			return true;
		}
		for (var asset : ASSETS) {
			if (path.startsWith(asset)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The request's user passed the second factor: their authentication gets {@link #TOTP}, under a new session id
	 * (so the id an attacker saw during the first step is worth nothing).
	 */
	public static void grant(HttpServletRequest request, HttpServletResponse response) {
		var current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || current instanceof TokenAuthentication) {
			throw new IllegalStateException("no session to grant a factor to");
		}
		var authorities = new ArrayList<GrantedAuthority>(current.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(TOTP));
		var upgraded = UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities);
		upgraded.setDetails(current.getDetails());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(upgraded);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
	}
}
