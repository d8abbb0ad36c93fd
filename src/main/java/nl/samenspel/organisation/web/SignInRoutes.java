package nl.samenspel.organisation.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.PublicRoutes;

/** Signing in, activating an invitation and resetting a forgotten password ({@link SignInController}) come first. */
@Component
class SignInRoutes implements PublicRoutes {

	@Override
	public Set<String> patterns() {
		return Set.of("/login", "/login/organisation", "/oauth2/authorization/*", "/activate", "/password-reset",
				"/password-reset/**");
	}
}
