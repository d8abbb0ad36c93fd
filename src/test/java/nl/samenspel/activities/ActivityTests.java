package nl.samenspel.activities;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An activity that cannot work is refused with a message next to the field, and nothing is saved. */
class ActivityTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	private String body(UUID location, String overrides) {
		return "{\"title\":\"Knutselclub\",\"description\":\"Knippen en plakken\",\"tasks\":[\"TALENT\"],\"locationId\":\""
				+ location + "\",\"minAge\":6,\"maxAge\":10,\"cost\":\"FREE\",\"mode\":\"SERIES\",\"capacity\":12" + overrides + "}";
	}

	@Test
	void refusesWhatCannotWorkAndSavesNothing() throws Exception {
		var world = programmeFixtures.world();
		var elsewhere = fixtures.location(fixtures.organisation());
		var count = jdbc.sql("select count(*) from activity where organisation_id = :o").param("o", world.organisationId());
		var before = count.query(Integer.class).single();

		assertRefused(world, body(world.locationId(), ",\"capacity\":0"), "capacity");
		assertRefused(world, body(world.locationId(), ",\"minAge\":10,\"maxAge\":6"), "maxAge");
		assertRefused(world, body(world.locationId(), ",\"capacity\":null"), "capacity");
		assertRefused(world, body(world.locationId(), ",\"cost\":\"PAID\""), "price");
		assertRefused(world, body(elsewhere.getId(), ""), "locationId");
		assertRefused(world, body(world.locationId(), ",\"tasks\":[]"), "tasks");
		// a volunteer is not staff (they are assigned on the planning, which checks their screening), nor is someone
		// unknown
		assertRefused(world, body(world.locationId(), ",\"staff\":[\"" + world.volunteer().id() + "\"]"), "staff");
		assertRefused(world, body(world.locationId(), ",\"staff\":[\"" + UUID.randomUUID() + "\"]"), "staff");

		assertThat(count.query(Integer.class).single()).isEqualTo(before);
		var form = mvc.perform(post("/activities").param("title", "Knutselclub").param("description", "Knippen")
			.param("tasks", "TALENT").param("locationId", world.locationId().toString()).param("minAge", "9")
			.param("maxAge", "5").param("cost", "FREE").param("mode", "DROP_IN").with(as(world.worker())).with(csrf()))
			.andReturn().getResponse();
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("id=\"maxAge-error\"").contains("gelijk aan of hoger");
		assertThat(count.query(Integer.class).single()).isEqualTo(before);
	}

	private void assertRefused(ActivityFixtures.World world, String body, String field) throws Exception {
		var response = mvc.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(body).isEqualTo(400);
		assertThat(response.getContentAsString()).as(body).contains("\"field\":\"" + field + "\"");
	}

	@Test
	void aPaidActivityKeepsItsPriceInCentsAndTheListFindsItByTitle() throws Exception {
		var world = programmeFixtures.world();

		var created = mvc.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
			.content(body(world.locationId(), ",\"title\":\"Circus Zoë\",\"cost\":\"PAID\",\"price\":2.5"))
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();

		assertThat(created.getStatus()).isEqualTo(201);
		assertThat(jdbc.sql("select price_cents from activity where title = 'Circus Zoë' and organisation_id = :o")
			.param("o", world.organisationId()).query(Integer.class).single()).isEqualTo(250);
		var list = mvc.perform(get("/api/v1/activities?q=circus").with(as(world.coordinator()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("Circus Zoë").contains("\"totalElements\":1");
		var page = mvc.perform(get("/activities?q=zoë").with(as(world.coordinator()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Circus Zoë");
	}
}
