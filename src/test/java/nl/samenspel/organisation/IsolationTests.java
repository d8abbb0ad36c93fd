package nl.samenspel.organisation;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.samenspel.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One organisation cannot read or change another's data: the ADMIN of the second demo organisation gets 404 for
 * every neighbourhood, location, municipality and user of the first, through the pages and the API, and nothing of
 * the first changes.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class IsolationTests extends IntegrationTest {

	/** Someone of the second organisation who may use every endpoint, so only the organisation can stop them. */
	static final nl.samenspel.kernel.CurrentUser EVERY_ROLE_IN_THE_SECOND = new nl.samenspel.kernel.CurrentUser(UUID.randomUUID(),
			OrganisationFixtures.DEMO_SECOND, "alles2", "Alle Rollen", java.util.EnumSet.allOf(nl.samenspel.kernel.Role.class),
			"nl", null);

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.context.ApplicationContext context;

	@org.springframework.beans.factory.annotation.Autowired
	nl.samenspel.participation.Questions questions;

	/** Every route of the application with an id in its path ({@link Routes}), but the user's own tokens. */
	Stream<Endpoints> endpointsWithAnId() {
		return Routes.all(context).stream().map(Routes.Route::row).filter(java.util.Objects::nonNull)
			.filter(endpoint -> !endpoint.open()).filter(Endpoints::hasId)
			.filter(endpoint -> !endpoint.path().contains("token") && !endpoint.path().contains("municipality-accounts"))
			.distinct();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpointsWithAnId")
	void anotherOrganisationsRowsAreNotFound(Endpoints endpoint) throws Exception {
		for (var id : idsOfTheFirstOrganisation(endpoint.path())) {
			var before = snapshot();

			var response = mvc.perform(endpoint.request(id).with(as(EVERY_ROLE_IN_THE_SECOND)).with(csrf())).andReturn()
				.getResponse();

			assertThat(response.getStatus()).as("%s for %s", endpoint, id).isEqualTo(404);
			assertThat(snapshot()).as("nothing of the first organisation changed").isEqualTo(before);
		}
	}

	@Test
	void listsShowOnlyTheOwnOrganisation() throws Exception {
		var pages = mvc.perform(get("/locations").with(as("admin2"))).andReturn().getResponse().getContentAsString();
		assertThat(pages).contains("Buurthuis Rivierzicht").doesNotContain("Buurthuis De Kroon");

		var api = mvc.perform(get("/api/v1/neighbourhoods?size=100").with(as("admin2"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(api).contains("Rivierkwartier").doesNotContain("Molenwijk");

		var users = mvc.perform(get("/api/v1/users?size=100").with(as("admin2"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(users).contains("admin2").doesNotContain("\"coordinator\"");
	}

	@Test
	void aLocationCannotPointAtAnotherOrganisationsNeighbourhood() throws Exception {
		var molenwijk = jdbc.sql("select id from neighbourhood where organisation_id = :org and code = 'BU99010103'")
			.param("org", OrganisationFixtures.DEMO_FIRST).query(UUID.class).single();
		var count = jdbc.sql("select count(*) from location").query(Integer.class).single();

		var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/locations")
			.contentType("application/json")
			.content("{\"name\":\"Indringer\",\"type\":\"OTHER\",\"neighbourhoodId\":\"" + molenwijk + "\"}")
			.with(as("admin2")).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("neighbourhoodId");
		assertThat(jdbc.sql("select count(*) from location").query(Integer.class).single()).isEqualTo(count);
	}

	private List<UUID> idsOfTheFirstOrganisation(String path) {
		String table;
		if (path.contains("grants")) {
			table = "role_grant";
			pendingGrantInTheFirstOrganisation();
		}
		else if (path.contains("/reports/templates")) {
			table = "report_template";
		}
		// issue 19: availability, open shifts
		else if (path.startsWith("/volunteers/open-shifts/")) {
			table = "activity_session";
		}
		else if (path.startsWith("/volunteers/shift-needs/")) {
			table = "activity";
		}
		else if (path.startsWith("/volunteers/{id}/availability")) {
			table = "volunteer";
		}
		// issue 19: the planning, the per-activity rule, buddy pairs and the partners' calendar
		else if (path.startsWith("/volunteers/planning/sessions/")) {
			table = "activity_session";
		}
		else if (path.startsWith("/volunteers/planning/assignments/")) {
			table = "volunteer_assignment";
		}
		else if (path.startsWith("/volunteers/activities/")) {
			table = "activity";
		}
		else if (path.startsWith("/volunteers/buddies/{id}")) {
			table = "volunteer_buddy_pair";
		}
		else if (path.equals("/network/calendar/{id}.ics")) {
			table = "neighbourhood";
		}
		else if (path.startsWith("/network/calendar/{id}") || path.startsWith("/api/v1/calendar/{id}")) {
			table = "calendar_entry";
		}
		else if (path.contains("/signals/cases") || path.startsWith("/cases")) {
			table = "concern_case";
		}
		else if (path.contains("signals")) {
			table = "signal";
		}
		// issue 17: each participation route with ids of its own table (they fell through to app_user ids before)
		else if (path.startsWith("/participation/questions/") || path.startsWith("/api/v1/questions/")) {
			table = "participation_question";
			questionInTheFirstOrganisation();
		}
		else if (path.startsWith("/participation/feedback/sessions/")) {
			table = "activity_session";
		}
		else if (path.startsWith("/participation/kiosks/")) {
			table = "participation_kiosk";
			kioskInTheFirstOrganisation();
		}
		else if (path.startsWith("/participation/logins/")) {
			table = "child";
		}
		else if (path.startsWith("/participation/projects/")) {
			table = "participation_project";
		}
		else if (path.contains("/participation/councils")) {
			table = "participation_council";
		}
		else if (path.contains("/participation/rounds") || path.contains("/ideas/rounds")) {
			table = "participation_round";
		}
		else if (path.contains("/participation/ideas") || path.startsWith("/api/v1/ideas")) {
			table = "participation_idea";
		}
		else if (path.contains("referrals")) {
			table = "referral";
		}
		else if (path.contains("network")) {
			table = "network_organisation";
		}
		else if (path.startsWith("/sessions") || path.startsWith("/api/v1/sessions")) {
			table = "activity_session";
		}
		else if (path.contains("enrolments/{id}") && !path.contains("activities")) {
			table = "enrolment";
		}
		else if (path.contains("activities")) {
			table = "activity";
		}
		else if (path.contains("/volunteers/hours/entries") || path.contains("/volunteers/my-hours/entries")) {
			table = "volunteer_hour_entry";
		}
		else if (path.contains("/volunteers/applications/{id}")) {
			table = "volunteer_application";
		}
		else if (path.contains("volunteers")) {
			table = "volunteer";
		}
		else if (path.contains("holidays")) {
			table = "school_holiday";
		}
		else if (path.contains("children")) {
			table = "child";
		}
		else if (path.contains("location")) {
			table = "location";
		}
		else if (path.contains("neighbourhood")) {
			table = "neighbourhood";
		}
		else if (path.contains("municipalit")) {
			table = "municipality";
		}
		else {
			table = "app_user";
		}
		var ids = jdbc.sql("select id from " + table + " where organisation_id = :org order by id")
			.param("org", OrganisationFixtures.DEMO_FIRST).query(UUID.class).list();
		assertThat(ids).isNotEmpty();
		return ids.subList(0, Math.min(ids.size(), 3));
	}

	/** A grant the coordinator of the first organisation waits for, so there is one to try. */
	private void pendingGrantInTheFirstOrganisation() {
		var org = OrganisationFixtures.DEMO_FIRST;
		if (jdbc.sql("select count(*) from role_grant where organisation_id = :org").param("org", org)
			.query(Integer.class).single() == 0) {
			jdbc.sql("""
					insert into role_grant (id, organisation_id, app_user_id, roles, status, requested_by, requested_at)
					values (:id, :org, (select id from app_user where username = 'coordinator'), 'SAFEGUARDING_OFFICER',
					'PENDING', (select id from app_user where username = 'admin'), current_timestamp)""")
				.param("id", UUID.randomUUID()).param("org", org).update();
		}
	}

	/** A question a child of the first organisation asked, so there is one to try (sealed as every question is). */
	private void questionInTheFirstOrganisation() {
		var org = OrganisationFixtures.DEMO_FIRST;
		if (jdbc.sql("select count(*) from participation_question where organisation_id = :org").param("org", org)
			.query(Integer.class).single() == 0) {
			questions.ask(org, null, "Waarom is de lucht blauw?", null);
		}
	}

	/** A kiosk of the first organisation (closed already, so no list shows it), so there is one to try. */
	private void kioskInTheFirstOrganisation() {
		var org = OrganisationFixtures.DEMO_FIRST;
		if (jdbc.sql("select count(*) from participation_kiosk where organisation_id = :org").param("org", org)
			.query(Integer.class).single() == 0) {
			jdbc.sql("""
					insert into participation_kiosk (id, organisation_id, session_id, token_hash, opened_by, opened_at, closes_at)
					values (:id, :org, (select id from activity_session where organisation_id = :org order by id limit 1), :hash,
					(select id from app_user where username = 'worker'), current_timestamp, current_timestamp)""")
				.param("id", UUID.randomUUID()).param("org", org).param("hash", UUID.randomUUID().toString()).update();
		}
	}

	private String snapshot() {
		return snapshot(jdbc);
	}

	/** What the first demo organisation holds, as one string to compare before and after. */
	static String snapshot(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		var org = OrganisationFixtures.DEMO_FIRST;
		return String.join("|",
				jdbc.sql("select name || active || coalesce(street, '') from location where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select name || active || code from neighbourhood where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select name || active || code from municipality where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select username || status from app_user where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(id as varchar) || status from role_grant where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(app_user_id as varchar) || role from app_user_role r join app_user u on u.id = r.app_user_id where u.organisation_id = :org order by 1").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select c.first_name || c.last_name || c.status || cast(c.version as varchar) from child c where c.organisation_id = :org order by c.id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(k.id as varchar) || coalesce(cast(k.withdrawn_at as varchar), '-') from consent k join child c on c.id = k.child_id where c.organisation_id = :org order by 1").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select g.name || coalesce(g.email, '-') from guardian g where g.organisation_id = :org order by g.id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(s.child_id as varchar) || cast(s.updated_at as varchar) from safety_info s join child c on c.id = s.child_id where c.organisation_id = :org order by 1").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select title || cast(version as varchar) || cast(active as varchar) from activity where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(id as varchar) || status || cast(version as varchar) || cast(session_date as varchar) from activity_session where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(session_id as varchar) || cast(app_user_id as varchar) from session_staff st join activity_session s on s.id = st.session_id where s.organisation_id = :org order by 1").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(id as varchar) || status from enrolment where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(child_id as varchar) || cast(present as varchar) from attendance where organisation_id = :org order by 1").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select age_band || gender || cast(visitors as varchar) from walk_in_count where organisation_id = :org order by 1").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select name || cast(starts_on as varchar) from school_holiday where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(id as varchar) || status || cast(minutes as varchar) || cast(version as varchar) from volunteer_hour_entry where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(id as varchar) || coalesce(cast(case_id as varchar), '-') from signal where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(id as varchar) || status || cast(step as varchar) || cast(version as varchar) from concern_case where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select count(*) from case_entry e join concern_case c on c.id = e.case_id where c.organisation_id = :org").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select title || status from participation_round where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(id as varchar) || status || cast(approved as varchar) from participation_idea where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select count(*) from participation_ballot where organisation_id = :org").param("org", org).query(String.class).list().toString(),
				// issue 17: questions, feedback, kiosks, children's logins and projects
				jdbc.sql("select cast(id as varchar) || cast(published as varchar) || coalesce(cast(answered_at as varchar), '-') from participation_question where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select count(*) from participation_feedback where organisation_id = :org").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(id as varchar) || coalesce(cast(locked_at as varchar), '-') from participation_kiosk where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(id as varchar) || coalesce(cast(revoked_at as varchar), '-') from participation_child_login where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select title || status || coalesce(outcome, '-') from participation_project where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(case_id as varchar) || cast(app_user_id as varchar) from case_member m join concern_case c on c.id = m.case_id where c.organisation_id = :org order by 1").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select name || cast(version as varchar) || cast(active as varchar) from network_organisation where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(app_user_id as varchar) from partner_account p join network_organisation n on n.id = p.network_organisation_id where n.organisation_id = :org order by 1").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(id as varchar) || status || cast(version as varchar) from referral where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select name || figures || breakdowns || cast(version as varchar) from report_template where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				// issue 19: volunteer records and the volunteer policy
				jdbc.sql("select cast(id as varchar) || status || cast(version as varchar) || coalesce(cast(app_user_id as varchar), '-') from volunteer where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select cast(renewal_years as varchar) || coalesce(code_version, '-') from volunteer_policy where organisation_id = :org").param("org", org).query(String.class).list().toString(),
				// the applications with their outcome and steps
				jdbc.sql("select cast(id as varchar) || coalesce(outcome, '-') from volunteer_application where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select count(*) from volunteer_application_step s join volunteer_application a on a.id = s.application_id where a.organisation_id = :org").param("org", org).query(String.class).list().toString(),
				// assignments and the calendar
				jdbc.sql("select cast(id as varchar) || status || cast(absent as varchar) from volunteer_assignment where organisation_id = :org order by id").param("org", org).query(String.class).list().toString(),
				jdbc.sql("select count(*) from calendar_entry where organisation_id = :org").param("org", org).query(String.class).list().toString());
	}
}
