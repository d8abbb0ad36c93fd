package nl.samenspel.volunteers.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.PublicRoutes;

/** A volunteer's calendar feed ({@link FeedController}) is read by calendar apps, which cannot sign in. */
@Component
class FeedRoutes implements PublicRoutes {

	@Override
	public Set<String> patterns() {
		return Set.of("/feeds/volunteer/**");
	}
}
