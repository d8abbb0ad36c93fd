package nl.samenspel.volunteers;

import java.sql.Date;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The four-eyes rule an activity asks for: fewer than two screened adults (staff, and confirmed volunteers cleared on
 * the session's date) is a warning on the planning and on the session's pages for staff; met, or not asked, no warning.
 */
class FourEyesTests extends IntegrationTest {

	private static final String WARNING = "Vier ogen: bij deze activiteit horen minstens twee gescreende volwassenen";

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	VolunteerFixtures volunteers;

	private String read(Object user, String path) throws Exception {
		return mvc.perform(get(path).with(as((nl.samenspel.kernel.CurrentUser) user))).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void fewerThanTwoScreenedAdultsIsAWarningOnThePlanningAndTheSessionPages() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var session = programmeFixtures.session(world, activity, volunteers.today().plusDays(2));
		programmeFixtures.withoutVolunteers(session);
		var planning = "/volunteers/planning?month=" + java.time.YearMonth.from(session.date());
		var sessionPage = "/sessions/" + session.id();

		assertThat(read(world.coordinator(), planning)).as("not asked: no warning").contains(activity.title())
			.doesNotContain(WARNING);
		var rule = mvc.perform(post("/volunteers/activities/" + activity.id() + "/rule").param("fourEyes", "true")
			.with(as(world.coordinator())).with(csrf())).andReturn().getResponse();
		assertThat(rule.getStatus()).isEqualTo(302);
		assertThat(read(world.coordinator(), "/volunteers/activities/" + activity.id() + "/rule"))
			.contains("id=\"fourEyes\" name=\"fourEyes\" value=\"true\" checked");

		assertThat(read(world.coordinator(), planning)).contains(WARNING + "; er is er nu één.");
		assertThat(read(world.worker(), sessionPage)).contains(WARNING);
		assertThat(read(world.worker(), sessionPage + "/edit")).contains(WARNING);

		var unscreened = volunteers.record(world.organisationId(), null, VolunteerStatus.ACTIVE, null, null,
				volunteers.today());
		volunteers.place(world.organisationId(), unscreened.id(), session.id());
		var lapsed = volunteers.record(world.organisationId(), null, VolunteerStatus.ACTIVE,
				volunteers.today().minusYears(3), session.date(), volunteers.today().minusYears(3));
		volunteers.place(world.organisationId(), lapsed.id(), session.id());
		assertThat(read(world.coordinator(), planning)).as("a volunteer not cleared on the day does not count")
			.contains(WARNING);

		volunteers.placeUser(world.organisationId(), world.volunteer().id(), session.id());

		assertThat(read(world.coordinator(), planning)).doesNotContain(WARNING);
		assertThat(read(world.worker(), sessionPage)).doesNotContain(WARNING);
		assertThat(read(world.volunteer(), sessionPage)).as("the volunteer works there").contains(activity.title())
			.doesNotContain(WARNING);

		volunteers.set(volunteers.idOfUser(world.volunteer().id()), "vog_renewal_due", Date.valueOf(session.date()));
		assertThat(read(world.worker(), sessionPage)).as("the VOG lapses on the session's day").contains(WARNING);
	}
}
