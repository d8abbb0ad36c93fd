package nl.samenspel.activities;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The activity page links to what children said about the activity (the participation module's satisfaction page),
 * for the roles that may open that page, and only for them: a plain link in the template, no Java dependency.
 */
class ActivityFeedbackLinkTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Test
	void aWorkerAndACoordinatorSeeTheLinkAndCanFollowIt() throws Exception {
		var world = programme.world();
		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var link = "href=\"/participation/feedback/activities/" + activity.id() + "\"";
		for (var user : new nl.samenspel.kernel.CurrentUser[] { world.worker(), world.coordinator() }) {
			var page = mvc.perform(get("/activities/" + activity.id()).with(as(user))).andReturn().getResponse();
			assertThat(page.getStatus()).isEqualTo(200);
			assertThat(page.getContentAsString()).contains(link).contains("Feedback van kinderen");
			assertThat(mvc.perform(get("/participation/feedback/activities/" + activity.id()).with(as(user))).andReturn()
				.getResponse().getStatus()).isEqualTo(200);
		}
	}

	@Test
	void aRoleThatCannotOpenTheFeedbackGetsNoLink() throws Exception {
		var world = programme.world();
		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var link = "/participation/feedback/activities/" + activity.id();
		var others = new nl.samenspel.kernel.CurrentUser[] { world.volunteer(),
				fixtures.user(world.organisationId(), "beheer", Role.ADMIN),
				fixtures.user(world.organisationId(), "veilig", Role.SAFEGUARDING_OFFICER) };
		for (var user : others) {
			assertThat(mvc.perform(get(link).with(as(user))).andReturn().getResponse().getStatus()).isEqualTo(403);
			var page = mvc.perform(get("/activities/" + activity.id()).with(as(user))).andReturn().getResponse();
			assertThat(page.getContentAsString()).doesNotContain(link);
		}
		// the public programme page of the same activity has no link either
		var published = mvc.perform(get("/programma/activiteit/" + activity.id())).andReturn().getResponse();
		assertThat(published.getContentAsString()).doesNotContain(link);
	}
}
