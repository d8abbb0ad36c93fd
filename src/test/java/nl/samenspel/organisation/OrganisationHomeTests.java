package nl.samenspel.organisation;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static nl.samenspel.Homes.hasPanel;
import static nl.samenspel.Homes.panel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The organisation module on an ADMIN's home: the role grants waiting for a second ADMIN (approvable by another admin,
 * not by the one who asked) and the access review that is due; nothing of it for anyone else.
 */
class OrganisationHomeTests extends IntegrationTest {

	@Autowired
	UserManagement users;

	@Autowired
	RoleGrantManagement grants;

	private String home(CurrentUser user) throws Exception {
		return mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void showsAnAdminTheGrantsWaitingAndTheAccessReview() throws Exception {
		var organisation = fixtures.organisation();
		var asking = fixtures.user(organisation, "beheer", Role.ADMIN);
		var second = fixtures.user(organisation, "beheer", Role.ADMIN);
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		var result = users.changeRoles(asking, worker.id(), Set.of(Role.WORKER, Role.SAFEGUARDING_OFFICER));
		assertThat(result.pending()).isNotNull();
		assertThat(grants.pending(organisation)).hasSize(1);

		var secondHome = panel(home(second), "admin");
		assertThat(secondHome).contains(worker.displayName()).contains("href=\"/users/" + worker.id() + "\"")
			.contains("Aandachtsfunctionaris").contains("Jij kunt goedkeuren")
			.contains("Jaarlijkse controle van de toegang").contains("href=\"/users/review\"");
		assertThat(panel(home(asking), "admin")).contains("Wacht op een andere beheerder");

		assertThat(hasPanel(home(worker), "admin")).isFalse();
		assertThat(home(fixtures.user(fixtures.organisation(), "beheer", Role.ADMIN))).doesNotContain(worker.displayName());
	}
}
