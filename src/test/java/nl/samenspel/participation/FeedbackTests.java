package nl.samenspel.participation;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Session;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Feedback after a session: five smileys, short texts, anonymous by default, and a figure without names or texts. */
class FeedbackTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	SessionFeedback feedback;

	record Setup(ActivityFixtures.World world, Activity activity, Session session) {
	}

	Setup setup() {
		var world = programme.world();
		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var session = programme.session(world, activity, ActivityFixtures.today().plusDays(3));
		return new Setup(world, activity, session);
	}

	int rowsOf(UUID session) {
		return jdbc.sql("select count(*) from participation_feedback where session_id = :s").param("s", session)
			.query(Integer.class).single();
	}

	@Test
	void aScoreOutsideOneToFiveIsRefusedAndNothingIsSaved() throws Exception {
		var s = setup();
		for (var score : new Integer[] { 0, 6, -1, null }) {
			assertThatThrownBy(() -> feedback.record(s.world().worker(), s.session().id(), score, null, null, null, true))
				.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.feedback.error.score");
		}
		var api = mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionId\":\"" + s.session().id() + "\",\"score\":6}").with(as(s.world().worker())).with(csrf()))
			.andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentType()).contains("application/problem+json");
		assertThat(api.getContentAsString()).contains("score");
		var page = mvc.perform(post("/participation/feedback/sessions/" + s.session().id()).param("score", "7")
			.with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("id=\"score-error\"").contains("Kies een smiley");
		var none = mvc.perform(post("/participation/feedback/sessions/" + s.session().id()).param("score", "veel")
			.with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(none.getContentAsString()).contains("id=\"score-error\"");
		assertThat(rowsOf(s.session().id())).isZero();
	}

	@Test
	void anEndlessTextIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
		var s = setup();
		var endless = "leuk ".repeat(61);
		assertThatThrownBy(() -> feedback.record(s.world().worker(), s.session().id(), 4, endless, null, null, true))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "fun");
		assertThatThrownBy(() -> feedback.record(s.world().worker(), s.session().id(), 4, null, endless, null, true))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "better");
		var page = mvc.perform(post("/participation/feedback/sessions/" + s.session().id()).param("score", "4")
			.param("better", endless).with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("id=\"better-error\"").contains("hoogstens 300");
		var api = mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionId\":\"" + s.session().id() + "\",\"score\":4,\"fun\":\"" + endless + "\"}")
			.with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentType()).contains("application/problem+json");
		assertThat(rowsOf(s.session().id())).isZero();
	}

	@Test
	void anotherOrganisationsSessionIsNotFoundAndNothingIsSaved() throws Exception {
		var s = setup();
		var stranger = programme.world();
		assertThatThrownBy(() -> feedback.record(stranger.worker(), s.session().id(), 5, "Leuk", null, null, true))
			.isInstanceOf(NotFound.class);
		var page = mvc.perform(post("/participation/feedback/sessions/" + s.session().id()).param("score", "5")
			.with(as(stranger.worker())).with(csrf())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(404);
		var api = mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionId\":\"" + s.session().id() + "\",\"score\":5}").with(as(stranger.worker())).with(csrf()))
			.andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentType()).contains("application/problem+json");
		assertThat(api.getContentAsString()).contains("sessionId");
		assertThat(mvc.perform(get("/api/v1/feedback/activities/" + s.activity().id()).with(as(stranger.worker())))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(rowsOf(s.session().id())).isZero();
	}

	@Test
	void feedbackIsAnonymousByDefault() throws Exception {
		var s = setup();
		var child = programme.child(s.world(), "Noor", 8, true);
		var response = mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionId\":\"" + s.session().id() + "\",\"score\":5,\"fun\":\"Het spel\",\"childId\":\"" + child + "\"}")
			.with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		assertThat(response.getContentAsString()).doesNotContain(child.toString());
		feedback.record(s.world().worker(), s.session().id(), 3, null, null, null, false);
		mvc.perform(post("/participation/feedback/sessions/" + s.session().id()).param("score", "4")
			.with(as(s.world().coordinator())).with(csrf()));
		var childIds = jdbc.sql("select child_id from participation_feedback where session_id = :s")
			.param("s", s.session().id()).query((rs, n) -> String.valueOf(rs.getObject("child_id", UUID.class))).list();
		assertThat(childIds).hasSize(3).containsOnly("null");

		feedback.record(s.world().worker(), s.session().id(), 4, null, null, child, false);
		assertThat(jdbc.sql("select count(*) from participation_feedback where child_id = :c").param("c", child)
			.query(Integer.class).single()).isEqualTo(1);
		var page = mvc.perform(get("/participation/feedback/sessions/" + s.session().id()).with(as(s.world().worker())))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Het spel").doesNotContain("Noor").contains("<fieldset").contains("<legend>")
			.contains("aria-hidden=\"true\"").contains("Super leuk").contains("Heel stom");
	}

	@Test
	void theFigureCountsAveragesAndDistributesTheRowsWithoutTexts() throws Exception {
		var s = setup();
		var second = programme.session(s.world(), s.activity(), ActivityFixtures.today().plusDays(10));
		var other = setup();
		feedback.record(s.world().worker(), s.session().id(), 5, "Geheim verstoppen", "Meer tijd", null, true);
		feedback.record(s.world().worker(), s.session().id(), 5, null, null, null, true);
		feedback.record(s.world().worker(), s.session().id(), 2, null, "Te druk", null, true);
		feedback.record(s.world().coordinator(), second.id(), 4, null, null, null, true);
		feedback.record(other.world().worker(), other.session().id(), 1, null, null, null, true);

		var scores = jdbc.sql("select score from participation_feedback where activity_id = :a")
			.param("a", s.activity().id()).query(Integer.class).list();
		var counts = new int[5];
		scores.forEach(score -> counts[score - 1]++);
		List<Integer> expectedDistribution = java.util.stream.IntStream.of(counts).boxed().toList();
		var expectedAverage = scores.stream().mapToInt(Integer::intValue).sum() / (double) scores.size();

		var figure = feedback.satisfaction(s.world().worker(), s.activity().id());
		assertThat(figure.entries()).isEqualTo(scores.size()).isEqualTo(4);
		assertThat(figure.average()).isCloseTo(expectedAverage, within(0.0001)).isCloseTo(4.0, within(0.0001));
		assertThat(figure.distribution()).isEqualTo(expectedDistribution).containsExactly(0, 1, 0, 1, 2);

		var json = mvc.perform(get("/api/v1/feedback/activities/" + s.activity().id()).with(as(s.world().worker())))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).contains("\"entries\":4").contains("\"distribution\":[0,1,0,1,2]")
			.doesNotContain("Geheim").doesNotContain("Meer tijd").doesNotContain("Te druk");
		var page = mvc.perform(get("/participation/feedback/activities/" + s.activity().id()).with(as(s.world().worker())))
			.andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("4").doesNotContain("Geheim").doesNotContain("Te druk");
		assertThat(feedback.satisfaction(other.world().worker(), other.activity().id()).distribution())
			.containsExactly(1, 0, 0, 0, 0);
	}

	@Test
	void aVolunteerRecordsNoFeedback() {
		var s = setup();
		assertThatThrownBy(() -> feedback.record(s.world().volunteer(), s.session().id(), 4, null, null, null, true))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(rowsOf(s.session().id())).isZero();
	}
}
