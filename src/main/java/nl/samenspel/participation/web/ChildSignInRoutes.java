package nl.samenspel.participation.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.PublicRoutes;

/** A child's own login ({@link ChildSignInController}) is open to everyone: it is where a child signs in. */
@Component
class ChildSignInRoutes implements PublicRoutes {

	@Override
	public Set<String> patterns() {
		return Set.of("/kind/inloggen");
	}
}
