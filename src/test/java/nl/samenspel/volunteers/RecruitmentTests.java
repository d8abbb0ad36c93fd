package nl.samenspel.volunteers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public "become a volunteer" form (an applicant and two mails; each bad input refused next to its field with
 * nothing saved; a robot's form saves nothing; five applications an hour from one address, also in parallel) and
 * the coordinator taking an application through its steps to activation, which the safety rule guards.
 */
class RecruitmentTests extends IntegrationTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@org.springframework.beans.factory.annotation.Autowired
	ApplicationRetention retention;

	record World(UUID organisationId, CurrentUser coordinator) {
	}

	World world() {
		var organisation = fixtures.organisation();
		return new World(organisation, fixtures.user(organisation, "werver", Role.COORDINATOR));
	}

	/** A fresh client address, so that each test meets the throttle on its own. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String freshAddress() {
		var n = ADDRESSES.incrementAndGet();
		return "10.19." + (n / 250) + "." + (n % 250 + 1);
	}

	static Map<String, String> valid(UUID organisation, String email) {
		var form = new LinkedHashMap<String, String>();
		form.put("organisation", organisation.toString());
		form.put("firstName", "Greet");
		form.put("lastName", "Grootmoeder");
		form.put("email", email);
		form.put("phone", "06 12345678");
		form.put("ageBand", "FROM_70");
		form.put("skills", "Voorlezen en breien");
		form.put("languages", "Nederlands, Fries");
		form.put("motivation", "Ik wil de kinderen in de buurt leren breien.");
		form.put("availability", "Woensdagmiddag");
		form.put("consent", "true");
		return form;
	}

	MockHttpServletRequestBuilder apply(Map<String, String> form, String address) {
		var request = post("/vrijwilliger-worden").with(csrf()).with(from(address));
		form.forEach(request::param);
		return request;
	}

	int volunteersWith(String email) {
		return jdbc.sql("select count(*) from volunteer where email = :email").param("email", email).query(Integer.class)
			.single();
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.samenspel.example";
	}

	@Test
	void anApplicationMakesAnApplicantAndMailsTheApplicantAndTheCoordinators() throws Exception {
		var world = world();
		var email = unique("greet");

		var form = mvc.perform(get("/vrijwilliger-worden").param("organisatie", world.organisationId().toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Vrijwilliger worden").contains("name=\"consent\"").contains("Privacy")
			.contains("value=\"" + world.organisationId() + "\" selected");

		mvc.perform(apply(valid(world.organisationId(), email), freshAddress()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/vrijwilliger-worden/bedankt"));
		mvc.perform(get("/vrijwilliger-worden/bedankt")).andExpect(status().isOk());

		var volunteer = jdbc.sql("select id, status, age_band, organisation_id from volunteer where email = :email")
			.param("email", email).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
		assertThat(volunteer.subList(1, 4)).containsExactly("APPLICANT", "FROM_70", world.organisationId().toString());
		var application = jdbc.sql("""
				select id, motivation, availability from volunteer_application
				where volunteer_id = :volunteer and consent_at is not null and outcome is null""")
			.param("volunteer", UUID.fromString(volunteer.get(0)))
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
		assertThat(application.subList(1, 3)).containsExactly("Ik wil de kinderen in de buurt leren breien.", "Woensdagmiddag");

		delivered();
		var applicant = mailsTo(email);
		assertThat(applicant).hasSize(1);
		assertThat(applicant.get(0)).contains("Greet").contains("kennismakingsgesprek");
		var coordinator = mailsTo(email(world.coordinator()));
		assertThat(coordinator).hasSize(1);
		assertThat(coordinator.get(0)).contains("/volunteers/applications/" + application.get(0));

		var list = mvc.perform(get("/volunteers/applications").with(as(world.coordinator()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Greet Grootmoeder").contains("Kennismakingsgesprek");
		var home = mvc.perform(get("/").with(as(world.coordinator()))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains("Aanmeldingen vrijwilligers").contains("Alle aanmeldingen (1)");
	}

	static List<Object[]> badInputs() {
		var bad = new ArrayList<Object[]>();
		bad.add(new Object[] { "firstName", "" });
		bad.add(new Object[] { "lastName", "<script>alert(1)</script>" });
		bad.add(new Object[] { "email", "geen-adres" });
		bad.add(new Object[] { "phone", "bel me maar" });
		bad.add(new Object[] { "ageBand", "HONDERD" });
		bad.add(new Object[] { "motivation", "" });
		bad.add(new Object[] { "motivation", "x".repeat(1001) });
		bad.add(new Object[] { "availability", " " });
		bad.add(new Object[] { "consent", null });
		bad.add(new Object[] { "organisation", UUID.randomUUID().toString() });
		bad.add(new Object[] { "organisation", "geen-id" });
		return bad;
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("badInputs")
	void eachBadInputIsShownNextToItsFieldAndNothingIsSaved(String field, String value) throws Exception {
		var world = world();
		var email = unique("fout");
		var form = valid(world.organisationId(), email);
		if (value == null) {
			form.remove(field);
		}
		else {
			form.put(field, value);
		}

		var page = mvc.perform(apply(form, freshAddress())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"" + field + "-error\"").contains("aria-describedby=\"" + field + "-error");
		assertThat(volunteersWith(email)).isZero();
		assertThat(jdbc.sql("select count(*) from volunteer where organisation_id = :o").param("o", world.organisationId())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aRobotThatFillsTheHiddenFieldIsThankedAndNothingIsSaved() throws Exception {
		var world = world();
		var email = unique("robot");
		var form = valid(world.organisationId(), email);
		form.put("website", "https://spam.example");

		mvc.perform(apply(form, freshAddress())).andExpect(redirectedUrl("/vrijwilliger-worden/bedankt"));

		assertThat(volunteersWith(email)).isZero();
	}

	@Test
	void oneAddressMayApplyFiveTimesAnHourAlsoInParallel() throws Exception {
		var world = world();
		var address = freshAddress();
		var marker = UUID.randomUUID().toString().substring(0, 8);
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(12);
		try {
			var answers = new ArrayList<Future<Integer>>();
			for (int i = 0; i < 12; i++) {
				var email = "parallel-" + marker + "-" + i + "@test.samenspel.example";
				answers.add(pool.submit(() -> {
					start.await();
					return mvc.perform(apply(valid(world.organisationId(), email), address)).andReturn().getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			var statuses = new ArrayList<Integer>();
			for (var answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).filteredOn(it -> it == 302).hasSize(5);
			assertThat(statuses).filteredOn(it -> it == 429).hasSize(7);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from volunteer where email like :marker").param("marker", "parallel-" + marker + "-%")
			.query(Integer.class).single()).isEqualTo(5);

		var refused = mvc.perform(apply(valid(world.organisationId(), unique("zesde")), address))
			.andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Probeer het over een uur opnieuw");
		mvc.perform(apply(valid(world.organisationId(), unique("ander-adres")), freshAddress()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void stepsGoInOrderAndActivationNamesWhatIsMissingUntilTheVogAndCodeAreRecorded() throws Exception {
		var world = world();
		var email = unique("stap");
		mvc.perform(apply(valid(world.organisationId(), email), freshAddress())).andExpect(status().is3xxRedirection());
		var id = jdbc.sql("select a.id from volunteer_application a join volunteer v on v.id = a.volunteer_id where v.email = :email")
			.param("email", email).query(UUID.class).single();
		var volunteer = jdbc.sql("select volunteer_id from volunteer_application where id = :id").param("id", id)
			.query(UUID.class).single();
		var today = DutchTime.today();
		var base = "/volunteers/applications/" + id;

		var early = step(world, id, "REFERENCES", today.toString());
		assertThat(early).contains("Leg eerst deze stap vast: Kennismakingsgesprek");
		assertThat(step(world, id, "INTAKE", today.plusDays(1).toString())).contains("id=\"doneOn-error\"")
			.contains("niet in de toekomst");
		assertThat(step(world, id, "INTAKE", today.minusYears(1).toString())).contains("id=\"doneOn-error\"");
		assertThat(step(world, id, "INTAKE", "gisteren")).contains("id=\"doneOn-error\"");
		assertThat(steps(id)).isZero();

		mvc.perform(post(base + "/steps").param("step", "INTAKE").param("doneOn", today.toString())
			.param("notes", "Fijn gesprek, houdt van breien.").with(as(world.coordinator())).with(csrf()))
			.andExpect(redirectedUrl(base));
		assertThat(jdbc.sql("select intake_on from volunteer where id = :id").param("id", volunteer)
			.query(java.sql.Date.class).single().toLocalDate()).isEqualTo(today);
		assertThat(step(world, id, "INTAKE", today.toString())).contains("al vastgelegd");
		mvc.perform(post(base + "/steps").param("step", "REFERENCES").param("doneOn", today.toString())
			.with(as(world.coordinator())).with(csrf())).andExpect(redirectedUrl(base));

		var vogStep = mvc.perform(get(base).with(as(world.coordinator()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(vogStep).contains("Volgende stap: VOG aangevraagd").contains("doet niet mee aan de Regeling Gratis VOG").contains("justis.nl")
			.contains("Fijn gesprek, houdt van breien.").contains("door Test werver");
		mvc.perform(post(base + "/steps").param("step", "VOG_REQUESTED").param("doneOn", today.toString())
			.with(as(world.coordinator())).with(csrf())).andExpect(redirectedUrl(base));
		assertThat(steps(id)).isEqualTo(3);

		var refused = activate(world, id);
		assertThat(refused).contains("Activeren kan nog niet").contains("er is geen VOG vastgelegd")
			.contains("de gedragscode is niet getekend");
		assertThat(statusOf(volunteer)).isEqualTo("APPLICANT");

		jdbc.sql("update volunteer set vog_issued_on = :issued, vog_profile = '84', vog_renewal_due = :due where id = :id")
			.param("issued", java.sql.Date.valueOf(today.minusDays(10)))
			.param("due", java.sql.Date.valueOf(today.minusDays(10).plusYears(3))).param("id", volunteer).update();
		var stillRefused = activate(world, id);
		assertThat(stillRefused).contains("de gedragscode is niet getekend").doesNotContain("er is geen VOG vastgelegd");
		assertThat(statusOf(volunteer)).isEqualTo("APPLICANT");

		jdbc.sql("update volunteer set code_signed_on = :signed, code_version = '2026-1' where id = :id")
			.param("signed", java.sql.Date.valueOf(today.minusDays(2))).param("id", volunteer).update();
		mvc.perform(post(base + "/activate").with(as(world.coordinator())).with(csrf())).andExpect(redirectedUrl(base));
		assertThat(statusOf(volunteer)).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select outcome from volunteer_application where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("ACTIVATED");
		assertThat(activate(world, id)).contains("al afgesloten");
		assertThat(mvc.perform(get("/volunteers/applications").with(as(world.coordinator()))).andReturn().getResponse()
			.getContentAsString()).doesNotContain(base);

		var other = world();
		mvc.perform(get(base).with(as(other.coordinator()))).andExpect(status().isNotFound());
		mvc.perform(post(base + "/steps").param("step", "INTAKE").param("doneOn", today.toString())
			.with(as(other.coordinator())).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void anExpiredVogIsNamedAtActivation() throws Exception {
		var world = world();
		var email = unique("verlopen");
		mvc.perform(apply(valid(world.organisationId(), email), freshAddress())).andExpect(status().is3xxRedirection());
		var id = jdbc.sql("select a.id from volunteer_application a join volunteer v on v.id = a.volunteer_id where v.email = :email")
			.param("email", email).query(UUID.class).single();
		var today = DutchTime.today();
		for (var step : List.of("INTAKE", "REFERENCES", "VOG_REQUESTED")) {
			step(world, id, step, today.toString());
		}
		jdbc.sql("""
				update volunteer set vog_issued_on = :issued, vog_renewal_due = :due, code_signed_on = :issued
				where email = :email""")
			.param("issued", java.sql.Date.valueOf(today.minusYears(4)))
			.param("due", java.sql.Date.valueOf(today.minusYears(1))).param("email", email).update();

		assertThat(activate(world, id)).contains("de VOG is niet geldig").doesNotContain("gedragscode is niet getekend");
	}

	@Test
	void aRejectedApplicationNeedsAReasonAndLeavesTheList() throws Exception {
		var world = world();
		var email = unique("afgewezen");
		mvc.perform(apply(valid(world.organisationId(), email), freshAddress())).andExpect(status().is3xxRedirection());
		var id = jdbc.sql("select a.id from volunteer_application a join volunteer v on v.id = a.volunteer_id where v.email = :email")
			.param("email", email).query(UUID.class).single();
		var base = "/volunteers/applications/" + id;

		var noReason = mvc.perform(post(base + "/close").param("outcome", "REJECTED").param("reason", " ")
			.with(as(world.coordinator())).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(noReason).contains("id=\"reason-error\"");
		assertThat(mvc.perform(post(base + "/close").param("outcome", "ACTIVATED").param("reason", "Zomaar")
			.with(as(world.coordinator())).with(csrf())).andReturn().getResponse().getContentAsString())
			.contains("id=\"outcome-error\"");
		assertThat(jdbc.sql("select count(*) from volunteer_application where id = :id and outcome is null").param("id", id)
			.query(Integer.class).single()).isOne();

		mvc.perform(post(base + "/close").param("outcome", "REJECTED").param("reason", "Referenties niet goed.")
			.with(as(world.coordinator())).with(csrf())).andExpect(redirectedUrl("/volunteers/applications"));
		assertThat(jdbc.sql("select status from volunteer where email = :email").param("email", email).query(String.class)
			.single()).isEqualTo("INACTIVE");
		assertThat(jdbc.sql("select outcome || ':' || outcome_reason from volunteer_application where id = :id")
			.param("id", id).query(String.class).single()).isEqualTo("REJECTED:Referenties niet goed.");
		assertThat(step(world, id, "INTAKE", DutchTime.today().toString())).contains("al afgesloten");

		retention.forgetClosedBefore(DutchTime.today());
		assertThat(volunteersWith(email)).as("kept four weeks after closing").isOne();
		retention.forgetClosedBefore(DutchTime.today().plusDays(1));
		assertThat(volunteersWith(email)).as("then the applicant's data go").isZero();
		assertThat(jdbc.sql("select count(*) from volunteer_application where id = :id").param("id", id)
			.query(Integer.class).single()).isZero();
	}

	private String step(World world, UUID id, String step, String day) throws Exception {
		return mvc.perform(post("/volunteers/applications/" + id + "/steps").param("step", step).param("doneOn", day)
			.with(as(world.coordinator())).with(csrf())).andReturn().getResponse().getContentAsString();
	}

	private String activate(World world, UUID id) throws Exception {
		return mvc.perform(post("/volunteers/applications/" + id + "/activate").with(as(world.coordinator())).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private int steps(UUID id) {
		return jdbc.sql("select count(*) from volunteer_application_step where application_id = :id").param("id", id)
			.query(Integer.class).single();
	}

	private String statusOf(UUID volunteer) {
		return jdbc.sql("select status from volunteer where id = :id").param("id", volunteer).query(String.class).single();
	}

	String email(CurrentUser user) {
		return jdbc.sql("select email from app_user where id = :id").param("id", user.id()).query(String.class).single();
	}

	static List<String> mailsTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> to(message).equalsIgnoreCase(address))
			.map(message -> {
				try {
					return message.getSubject() + "\n" + message.getContent();
				}
				catch (Exception unreadable) {
					throw new IllegalStateException(unreadable);
				}
			}).toList();
	}

	static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception none) {
			return "";
		}
	}
}
