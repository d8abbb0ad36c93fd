package nl.samenspel.organisation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The yearly access review (issue 16): every user with roles, status and last login; signed off with a note, kept with
 * the users and roles of that moment, audited, exported as CSV; another organisation never sees it.
 */
class AccessReviewTests extends IntegrationTest {

	@Test
	void listsEveryUserWithRolesStatusAndLastLogin() throws Exception {
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "review-beheer", Role.ADMIN);
		var worker = fixtures.user(organisation, "review-werker", Role.WORKER, Role.VOLUNTEER);
		var stranger = fixtures.user(fixtures.organisation(), "review-vreemd", Role.WORKER);
		new HttpSession(baseUrl()).login(worker.getUsername(), OrganisationFixtures.PASSWORD);

		var page = mvc.perform(get("/users/review").with(as(admin))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains(admin.getUsername(), worker.getUsername(), "Kinderwerker", "Vrijwilliger", "Nooit")
			.contains("doe de eerste nu").doesNotContain(stranger.getUsername());
		assertThat(jdbc.sql("select last_login_at from app_user where id = :id").param("id", worker.id())
			.query(java.sql.Timestamp.class).optional()).isPresent();
		assertThat(page).contains(String.valueOf(LocalDate.now(DutchTime.ZONE).getYear()));
	}

	@Test
	void signingOffKeepsTheSnapshotIsAuditedAndSetsTheNextDueDate() throws Exception {
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "review-beheer", Role.ADMIN);
		var worker = fixtures.user(organisation, "review-werker", Role.WORKER);

		var signed = mvc.perform(post("/users/review").param("note", "=Twee vrijwilligers gedeactiveerd.")
			.with(as(admin)).with(csrf())).andReturn().getResponse();

		assertThat(signed.getStatus()).isEqualTo(302);
		var review = jdbc.sql("select id from organisation_access_reviews where organisation_id = :organisation")
			.param("organisation", organisation).query(UUID.class).single();
		assertThat(jdbc.sql("select roles from organisation_access_review_users where review_id = :review and app_user_id = :user")
			.param("review", review).param("user", worker.id()).query(String.class).single()).isEqualTo("WORKER");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_REVIEWED' and object_id = :id")
			.param("id", review.toString()).query(Integer.class).single()).isEqualTo(1);

		// a later change of roles does not change what was signed off
		jdbc.sql("update app_user_role set role = 'VOLUNTEER' where app_user_id = :user").param("user", worker.id()).update();
		var csv = mvc.perform(get("/users/review/" + review + "/review.csv").with(as(admin))).andReturn().getResponse();
		var text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(text).contains(worker.getUsername() + ";").contains("Kinderwerker").doesNotContain("Vrijwilliger")
			.contains("'=Twee vrijwilligers").doesNotContain(";=Twee");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORTED' and object_id = :id")
			.param("id", review.toString()).query(Integer.class).single()).isEqualTo(1);

		var page = mvc.perform(get("/users/review").with(as(admin))).andReturn().getResponse().getContentAsString();
		var nextYear = String.valueOf(LocalDate.now(DutchTime.ZONE).plusYears(1).getYear());
		assertThat(page).contains("De volgende toegangsreview is nodig uiterlijk").contains(nextYear)
			.contains("/users/review/" + review + "/review.csv");
	}

	@Test
	void anEmptyNoteIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "review-beheer", Role.ADMIN);

		var refused = mvc.perform(post("/users/review").param("note", "   ").with(as(admin)).with(csrf())).andReturn()
			.getResponse();

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("id=\"note-error\"").contains("Schrijf een korte toelichting");
		assertThat(jdbc.sql("select count(*) from organisation_access_reviews where organisation_id = :organisation")
			.param("organisation", organisation).query(Integer.class).single()).isZero();
	}

	@Test
	void anotherOrganisationCannotExportOrSeeAReview() throws Exception {
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "review-beheer", Role.ADMIN);
		var stranger = fixtures.user(fixtures.organisation(), "review-vreemd", Role.ADMIN);
		mvc.perform(post("/users/review").param("note", "Nagelopen.").with(as(admin)).with(csrf()));
		var review = jdbc.sql("select id from organisation_access_reviews where organisation_id = :organisation")
			.param("organisation", organisation).query(UUID.class).single();

		assertThat(mvc.perform(get("/users/review/" + review + "/review.csv").with(as(stranger))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/users/review").with(as(stranger))).andReturn().getResponse().getContentAsString())
			.doesNotContain(review.toString()).doesNotContain(admin.getUsername());
	}
}
