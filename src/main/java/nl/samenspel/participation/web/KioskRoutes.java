package nl.samenspel.participation.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.PublicRoutes;

/**
 * The kiosk's pages ({@link KioskController}) need no signed-in user: the kiosk cookie is their only key, checked by
 * the controller on every request. It opens nothing else: every other route still needs a signed-in user.
 */
@Component
class KioskRoutes implements PublicRoutes {

	@Override
	public Set<String> patterns() {
		return Set.of("/kiosk", "/kiosk/**");
	}
}
