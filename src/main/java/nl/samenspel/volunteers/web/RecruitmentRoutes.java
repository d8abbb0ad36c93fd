package nl.samenspel.volunteers.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.PublicRoutes;

/** The public "become a volunteer" form ({@link ApplyController}) is for people who have no account yet. */
@Component
class RecruitmentRoutes implements PublicRoutes {

	@Override
	public Set<String> patterns() {
		return Set.of("/vrijwilliger-worden", "/vrijwilliger-worden/**");
	}
}
