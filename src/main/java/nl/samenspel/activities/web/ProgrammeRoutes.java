package nl.samenspel.activities.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.PublicRoutes;

/** The public programme ({@link ProgrammeController}) is for parents and children who have no account. */
@Component
class ProgrammeRoutes implements PublicRoutes {

	@Override
	public Set<String> patterns() {
		return Set.of("/programma", "/programma/**");
	}
}
