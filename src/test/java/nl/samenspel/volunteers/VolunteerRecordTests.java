package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.UserDeactivated;
import nl.samenspel.organisation.UserManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The volunteer record through its pages and API: bad input refused next to its field with nothing saved, the VOG's
 * renewal from the organisation's policy, deactivation (also when the linked account is deactivated), a volunteer
 * who sees and edits only their own record, and another organisation's record that is not found.
 */
class VolunteerRecordTests extends IntegrationTest {

	@Autowired
	Volunteers volunteers;

	@Autowired
	VolunteerPolicies policies;

	@Autowired
	UserManagement users;

	@Autowired
	DepartedVolunteers departed;

	UUID organisation;

	CurrentUser coordinator;

	LocalDate today;

	@BeforeEach
	void organisation() {
		organisation = fixtures.organisation();
		coordinator = fixtures.user(organisation, "coordinator", Role.COORDINATOR);
		today = DutchTime.today();
	}

	MockHttpServletResponse perform(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return mvc.perform(request.with(as(user)).with(csrf())).andReturn().getResponse();
	}

	UUID register(String firstName, String lastName) throws Exception {
		var response = perform(post("/volunteers").param("firstName", firstName).param("lastName", lastName)
			.param("email", "vera@test.samenspel.example").param("ageBand", "FROM_70"), coordinator);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		return UUID.fromString(response.getRedirectedUrl().substring("/volunteers/".length()));
	}

	/** The row as stored, to prove nothing changed. */
	String row(UUID id) {
		return jdbc.sql("""
				select first_name || '|' || last_name || '|' || coalesce(email, '-') || '|' || status || '|'
				  || coalesce(cast(vog_issued_on as varchar), '-') || '|' || coalesce(cast(vog_renewal_due as varchar), '-')
				  || '|' || coalesce(cast(code_signed_on as varchar), '-') || '|' || cast(version as varchar)
				from volunteer where id = :id""").param("id", id).query(String.class).single();
	}

	Volunteer volunteer(UUID id) {
		return volunteers.find(coordinator, id);
	}

	MockHttpServletResponse vog(UUID id, LocalDate issuedOn, String... more) throws Exception {
		var request = post("/volunteers/" + id + "/vog").param("issuedOn", issuedOn.toString()).param("profile", "ASPECT_84");
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return perform(request, coordinator);
	}

	MockHttpServletResponse code(UUID id, LocalDate signedOn) throws Exception {
		return perform(post("/volunteers/" + id + "/code-of-conduct").param("signedOn", signedOn.toString())
			.param("version", "2026-1"), coordinator);
	}

	@Test
	void aRegisteredVolunteerIsListedAndTheRecordSaysWhatIsMissingAndTheReadIsLogged() throws Exception {
		var id = register("Vera", "Verhoef-" + UUID.randomUUID().toString().substring(0, 6));
		var name = volunteer(id).lastName();

		var list = perform(get("/volunteers").param("q", name), coordinator).getContentAsString();
		assertThat(list).contains(name).contains("Mag niet ingezet worden").contains("Geen VOG vastgelegd");

		var page = perform(get("/volunteers/" + id), coordinator);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Mag niet ingezet worden").contains("Geen VOG vastgelegd")
			.contains("Geen getekende gedragscode").doesNotContain("Niet (meer) actief");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'READ' and object_type = 'volunteer' and object_id = :id""")
			.param("id", id.toString()).query(Integer.class).single()).isPositive();
	}

	@Test
	void onceTheVogAndTheCodeAreRecordedTheVolunteerMayWorkWithChildren() throws Exception {
		var id = register("Bram", "Bakker");

		assertThat(vog(id, today.minusMonths(2)).getStatus()).isEqualTo(302);
		assertThat(code(id, today.minusMonths(2)).getStatus()).isEqualTo(302);

		var volunteer = volunteer(id);
		assertThat(volunteer.missingOn(today)).isEmpty();
		assertThat(volunteer.vogCheckedBy()).isEqualTo(coordinator.id());
		assertThat(volunteer.vogCheckedOn()).isEqualTo(today);
		assertThat(volunteer.vogProfile()).isEqualTo("84");
		assertThat(perform(get("/volunteers/" + id), coordinator).getContentAsString()).contains("Mag ingezet worden")
			.doesNotContain("Mag niet ingezet worden");
		var api = perform(get("/api/v1/volunteers/" + id), coordinator).getContentAsString();
		assertThat(api).contains("\"cleared\":true").contains("\"missing\":[]");
	}

	@Test
	void theRenewalFollowsTheOrganisationsPolicyAndMayComeSoonerButNotLater() throws Exception {
		var id = register("Cor", "Claassen");
		var issued = today.minusYears(1);

		vog(id, issued);
		assertThat(volunteer(id).vogRenewalDue()).as("three years by default").isEqualTo(issued.plusYears(3));

		assertThat(perform(post("/volunteers/policy").param("renewalYears", "2").param("codeVersion", "2026-2"),
				coordinator).getStatus()).isEqualTo(302);
		vog(id, issued);
		assertThat(volunteer(id).vogRenewalDue()).isEqualTo(issued.plusYears(2));

		vog(id, issued, "renewalDue", issued.plusYears(1).toString());
		assertThat(volunteer(id).vogRenewalDue()).as("sooner than the policy").isEqualTo(issued.plusYears(1));

		var before = row(id);
		var later = vog(id, issued, "renewalDue", issued.plusYears(2).plusDays(1).toString());
		assertThat(later.getStatus()).isEqualTo(200);
		assertThat(later.getContentAsString()).contains("later dan het vrijwilligersbeleid toestaat");
		assertThat(row(id)).isEqualTo(before);
	}

	@Test
	void aPolicyOutsideOneToTenYearsIsRefused() throws Exception {
		var response = perform(post("/volunteers/policy").param("renewalYears", "11"), coordinator);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("field-error");
		assertThat(policies.policy(organisation).renewalYears()).isEqualTo(3);
	}

	@Test
	void aVogIssuedInTheFutureIsRefusedAndNothingIsSaved() throws Exception {
		var id = register("Dirk", "Dekker");
		var before = row(id);

		var page = vog(id, today.plusDays(1));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("De datum van afgifte ligt in de toekomst")
			.contains("aria-describedby=\"issuedOn-error\"");

		var api = perform(put("/api/v1/volunteers/" + id + "/vog").contentType(MediaType.APPLICATION_JSON)
			.content("{\"issuedOn\":\"" + today.plusDays(1) + "\",\"profile\":\"ASPECT_84\"}"), coordinator);
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString()).contains("issuedOn");
		assertThat(row(id)).isEqualTo(before);
	}

	@Test
	void aRenewalOnOrBeforeTheIssueDateIsRefused() throws Exception {
		var id = register("Els", "Evers");
		var issued = today.minusMonths(1);
		var before = row(id);

		for (var renewal : new LocalDate[] { issued, issued.minusDays(1) }) {
			var page = vog(id, issued, "renewalDue", renewal.toString());
			assertThat(page.getStatus()).isEqualTo(200);
			assertThat(page.getContentAsString()).contains("De vernieuwingsdatum moet na de datum van afgifte liggen");
		}
		var api = perform(put("/api/v1/volunteers/" + id + "/vog").contentType(MediaType.APPLICATION_JSON)
			.content("{\"issuedOn\":\"" + issued + "\",\"profile\":\"ASPECT_84\",\"renewalDue\":\"" + issued + "\"}"),
				coordinator);
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("renewalDue");
		assertThat(row(id)).isEqualTo(before);
	}

	@Test
	void anOtherProfileMustBeNamed() throws Exception {
		var id = register("Fien", "Fokkema");
		var before = row(id);

		var empty = perform(post("/volunteers/" + id + "/vog").param("issuedOn", today.minusDays(3).toString())
			.param("profile", "OTHER").param("otherProfile", " "), coordinator);
		assertThat(empty.getContentAsString()).contains("Vul het screeningsprofiel in");
		assertThat(row(id)).isEqualTo(before);

		perform(post("/volunteers/" + id + "/vog").param("issuedOn", today.minusDays(3).toString())
			.param("profile", "OTHER").param("otherProfile", "45 Gezondheidszorg en welzijn, 12"), coordinator);
		assertThat(volunteer(id).vogProfile()).isEqualTo("45 Gezondheidszorg en welzijn, 12");
	}

	@Test
	void aCodeOfConductSignedInTheFutureIsRefused() throws Exception {
		var id = register("Gijs", "Gerritsen");
		var before = row(id);

		var page = code(id, today.plusDays(1));

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("De datum van tekenen ligt in de toekomst");
		assertThat(row(id)).isEqualTo(before);
	}

	@Test
	void malformedOrMissingContactDetailsAreRefusedAndNothingIsSaved() throws Exception {
		var count = jdbc.sql("select count(*) from volunteer where organisation_id = :org").param("org", organisation)
			.query(Integer.class).single();

		var badEmail = perform(post("/volunteers").param("firstName", "Hans").param("lastName", "Hoek")
			.param("email", "geen-adres").param("ageBand", "FROM_70"), coordinator);
		var emptyName = perform(post("/volunteers").param("firstName", " ").param("lastName", "Hoek")
			.param("ageBand", "FROM_70"), coordinator);
		var longName = perform(post("/volunteers").param("firstName", "H".repeat(101)).param("lastName", "Hoek")
			.param("ageBand", "FROM_70"), coordinator);
		var longSkills = perform(post("/volunteers").param("firstName", "Hans").param("lastName", "Hoek")
			.param("skills", "s".repeat(1001)).param("ageBand", "FROM_70"), coordinator);
		var api = perform(post("/api/v1/volunteers").contentType(MediaType.APPLICATION_JSON)
			.content("{\"firstName\":\"Hans\",\"lastName\":\"\",\"email\":\"geen-adres\",\"ageBand\":\"FROM_70\"}"),
				coordinator);

		assertThat(badEmail.getContentAsString()).contains("id=\"email-error\"");
		assertThat(emptyName.getContentAsString()).contains("id=\"firstName-error\"");
		assertThat(longName.getContentAsString()).contains("id=\"firstName-error\"");
		assertThat(longSkills.getContentAsString()).contains("id=\"skills-error\"");
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("lastName").contains("email");
		assertThat(jdbc.sql("select count(*) from volunteer where organisation_id = :org").param("org", organisation)
			.query(Integer.class).single()).isEqualTo(count);

		var id = register("Ida", "Ipenburg");
		var before = row(id);
		var edit = perform(post("/volunteers/" + id).param("firstName", "Ida").param("lastName", "Ipenburg")
			.param("email", "ida@").param("ageBand", "FROM_70"), coordinator);
		assertThat(edit.getContentAsString()).contains("id=\"email-error\"");
		assertThat(row(id)).isEqualTo(before);
	}

	@Test
	void aDeactivatedVolunteerIsNotActiveFromTodayAndCanBeReactivated() throws Exception {
		var id = register("Jan", "Jansen");
		vog(id, today.minusMonths(1));
		code(id, today.minusMonths(1));

		assertThat(perform(post("/volunteers/" + id + "/deactivate"), coordinator).getStatus()).isEqualTo(302);

		var volunteer = volunteer(id);
		assertThat(volunteer.status()).isEqualTo(VolunteerStatus.INACTIVE);
		assertThat(volunteer.deactivatedOn()).isEqualTo(today);
		assertThat(volunteer.missingOn(today)).containsExactly(Missing.NOT_ACTIVE);
		assertThat(perform(get("/volunteers/" + id), coordinator).getContentAsString())
			.contains("Niet (meer) actief als vrijwilliger");

		perform(post("/volunteers/" + id + "/reactivate"), coordinator);
		assertThat(volunteer(id).missingOn(today)).isEmpty();
		assertThat(volunteer(id).deactivatedOn()).isNull();
	}

	@Test
	void deactivatingTheLinkedAccountDeactivatesTheRecordOnce() throws Exception {
		var id = register("Kees", "Kok");
		var account = fixtures.user(organisation, "vrijwilliger", Role.VOLUNTEER);
		assertThat(perform(post("/volunteers/" + id + "/account").param("accountId", account.id().toString()),
				coordinator).getStatus()).isEqualTo(302);
		assertThat(volunteer(id).userId()).isEqualTo(account.id());
		var admin = fixtures.user(organisation, "admin", Role.ADMIN);

		users.deactivate(admin, account.id());
		delivered();

		var volunteer = volunteer(id);
		assertThat(volunteer.status()).isEqualTo(VolunteerStatus.INACTIVE);
		assertThat(volunteer.deactivatedOn()).isEqualTo(today);
		assertThat(volunteer.missingOn(today)).contains(Missing.NOT_ACTIVE);
		var after = row(id);

		departed.on(new UserDeactivated(organisation, account.id()));
		assertThat(row(id)).as("the second delivery changes nothing").isEqualTo(after);
	}

	@Test
	void anAccountLinksToOneRecordAndOnlyAVolunteerAccount() throws Exception {
		var first = register("Lies", "Lammers");
		var second = register("Mien", "Mulder");
		var account = fixtures.user(organisation, "vrijwilliger", Role.VOLUNTEER);
		var worker = fixtures.user(organisation, "worker", Role.WORKER);
		perform(post("/volunteers/" + first + "/account").param("accountId", account.id().toString()), coordinator);

		var taken = perform(post("/volunteers/" + second + "/account").param("accountId", account.id().toString()),
				coordinator);
		var notAVolunteer = perform(post("/volunteers/" + second + "/account").param("accountId", worker.id().toString()),
				coordinator);

		assertThat(taken.getContentAsString()).contains("al aan een andere vrijwilliger gekoppeld");
		assertThat(notAVolunteer.getContentAsString()).contains("rol Vrijwilliger");
		assertThat(volunteer(second).userId()).isNull();
	}

	@Test
	void theCoordinatorInvitesTheVolunteerToAVolunteerAccountLinkedToTheRecord() throws Exception {
		var id = register("Rik", "Roelofs");
		var username = "rik-" + UUID.randomUUID().toString().substring(0, 8);
		var email = "rik-" + username + "@test.samenspel.example";
		perform(post("/volunteers/" + id).param("firstName", "Rik").param("lastName", "Roelofs").param("email", email)
			.param("ageBand", "UNDER_25"), coordinator);

		var response = perform(post("/volunteers/" + id + "/account/invite").param("username", username)
			.param("preferredLanguage", "nl"), coordinator);

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		var account = volunteer(id).userId();
		assertThat(account).isNotNull();
		assertThat(jdbc.sql("select role from app_user_role where app_user_id = :id").param("id", account)
			.query(String.class).list()).containsExactly("VOLUNTEER");
		assertThat(jdbc.sql("select username from app_user where id = :id").param("id", account).query(String.class)
			.single()).isEqualTo(username);
		var again = perform(post("/volunteers/" + id + "/account/invite").param("username", username + "x")
			.param("preferredLanguage", "nl"), coordinator);
		assertThat(again.getContentAsString()).contains("Er is al een account gekoppeld");

		var without = register("Sam", "Smit");
		jdbc.sql("update volunteer set email = null where id = :id").param("id", without).update();
		var noEmail = perform(post("/volunteers/" + without + "/account/invite").param("username", username + "y")
			.param("preferredLanguage", "nl"), coordinator);
		assertThat(noEmail.getContentAsString()).contains("Vul eerst een e-mailadres van de vrijwilliger in");
		assertThat(volunteer(without).userId()).isNull();
	}

	@Test
	void aVolunteerSeesAndEditsOnlyTheirOwnRecordAndNotTheirScreening() throws Exception {
		var own = register("Nel", "Nijhuis");
		var other = register("Otto", "Olsen");
		var account = fixtures.user(organisation, "vrijwilliger", Role.VOLUNTEER);
		perform(post("/volunteers/" + own + "/account").param("accountId", account.id().toString()), coordinator);

		assertThat(perform(get("/volunteers/me"), account).getContentAsString()).contains("Nel Nijhuis")
			.doesNotContain("Olsen");
		var edit = perform(post("/volunteers/me").param("firstName", "Nel").param("lastName", "Nijhuis")
			.param("phone", "06 11112222").param("skills", "Knutselen").param("vogIssuedOn", today.toString())
			.param("status", "ACTIVE"), account);
		assertThat(edit.getStatus()).isEqualTo(302);
		var after = volunteer(own);
		assertThat(after.phone()).isEqualTo("06 11112222");
		assertThat(after.skills()).isEqualTo("Knutselen");
		assertThat(after.vogIssuedOn()).isNull();

		assertThat(perform(get("/volunteers/" + other), account).getStatus()).isEqualTo(403);
		assertThat(perform(get("/volunteers/" + own), account).getStatus()).isEqualTo(403);
		assertThat(perform(get("/api/v1/volunteers/" + other), account).getStatus()).isEqualTo(403);
		assertThat(perform(post("/volunteers/" + other + "/vog").param("issuedOn", today.toString())
			.param("profile", "ASPECT_84"), account).getStatus()).isEqualTo(403);

		var unlinked = fixtures.user(organisation, "vrijwilliger", Role.VOLUNTEER);
		assertThat(perform(get("/volunteers/me"), unlinked).getContentAsString())
			.contains("nog geen vrijwilligersgegevens").doesNotContain("Nijhuis");
	}

	@Test
	void anotherOrganisationsVolunteerIsNotFound() throws Exception {
		var id = register("Piet", "Peters");
		var before = row(id);
		var elsewhere = fixtures.user(fixtures.organisation(), "coordinator", Role.COORDINATOR);

		assertThat(perform(get("/volunteers/" + id), elsewhere).getStatus()).isEqualTo(404);
		assertThat(perform(get("/api/v1/volunteers/" + id), elsewhere).getStatus()).isEqualTo(404);
		assertThat(perform(put("/api/v1/volunteers/" + id + "/vog").contentType(MediaType.APPLICATION_JSON)
			.content("{\"issuedOn\":\"" + today.minusDays(1) + "\",\"profile\":\"ASPECT_84\"}"), elsewhere).getStatus())
			.isEqualTo(404);
		assertThat(perform(post("/volunteers/" + id + "/deactivate"), elsewhere).getStatus()).isEqualTo(404);
		assertThat(perform(get("/volunteers"), elsewhere).getContentAsString()).doesNotContain("Peters");
		assertThat(row(id)).isEqualTo(before);
	}

	@Test
	void theListFiltersByScreeningState() throws Exception {
		var suffix = UUID.randomUUID().toString().substring(0, 6);
		var cleared = register("Quinten", "Q-" + suffix);
		var soon = register("Roos", "R-" + suffix);
		register("Sara", "S-" + suffix);
		vog(cleared, today.minusYears(1));
		code(cleared, today.minusYears(1));
		vog(soon, today.minusYears(1), "renewalDue", today.plusDays(30).toString());
		code(soon, today.minusYears(1));

		var clearedList = perform(get("/api/v1/volunteers").param("q", suffix).param("screening", "CLEARED"), coordinator)
			.getContentAsString();
		var soonList = perform(get("/api/v1/volunteers").param("q", suffix).param("screening", "RENEWAL_DUE"), coordinator)
			.getContentAsString();
		var missingPage = perform(get("/volunteers").param("q", suffix).param("screening", "MISSING"), coordinator)
			.getContentAsString();

		assertThat(clearedList).contains("Q-" + suffix).contains("R-" + suffix).doesNotContain("S-" + suffix);
		assertThat(soonList).contains("R-" + suffix).doesNotContain("Q-" + suffix).doesNotContain("S-" + suffix);
		assertThat(missingPage).contains("S-" + suffix).doesNotContain("Q-" + suffix).doesNotContain("R-" + suffix);
	}
}
