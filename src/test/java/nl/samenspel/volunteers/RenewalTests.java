package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.organisation.UserManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * VOG renewals: the coordinator's list holds the active volunteers whose renewal is due within 60 days or overdue,
 * soonest first, and the daily job mails the volunteer and the coordinators exactly from 60 days ahead (not at 61),
 * once per due date however often it runs, with the clock moved.
 */
class RenewalTests extends IntegrationTest {

	@Autowired
	VolunteerStore volunteers;

	@Autowired
	RenewalStore renewals;

	@Autowired
	UserManagement users;

	@Autowired
	Mailer mailer;

	@Value("${samenspel.base-url:http://localhost:8080}")
	String baseUrl;

	UUID volunteer(UUID organisation, String first, VolunteerStatus status, LocalDate due, String email) {
		var id = UUID.randomUUID();
		volunteers.insert(new Volunteer(id, organisation, null, first, "Verlenging", email, null, null, null,
				AgeBand.FROM_55_TO_69, status, null, due.minusYears(3).minusDays(7), "2026-1", due.minusYears(3),
				Volunteer.DEFAULT_PROFILE, null, due.minusYears(3), due, null, 0), java.time.Instant.now());
		return id;
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.samenspel.example";
	}

	/** The job as it runs on the morning of the day. */
	RenewalMail jobOn(LocalDate day) {
		var clock = Clock.fixed(day.atTime(LocalTime.of(7, 30)).atZone(DutchTime.ZONE).toInstant(), DutchTime.ZONE);
		return new RenewalMail(renewals, users, mailer, clock, baseUrl);
	}

	@Test
	void theListHoldsRenewalsDueWithinSixtyDaysOrOverdueSoonestFirst() throws Exception {
		var organisation = fixtures.organisation();
		var coordinator = fixtures.user(organisation, "vog", Role.COORDINATOR);
		var today = DutchTime.today();
		volunteer(organisation, "Eenenzestig", VolunteerStatus.ACTIVE, today.plusDays(61), null);
		volunteer(organisation, "Zestig", VolunteerStatus.ACTIVE, today.plusDays(60), null);
		volunteer(organisation, "Verlopen", VolunteerStatus.ACTIVE, today.minusDays(3), null);
		volunteer(organisation, "Gestopt", VolunteerStatus.INACTIVE, today.plusDays(10), null);
		volunteer(organisation, "Aanmelder", VolunteerStatus.APPLICANT, today.plusDays(10), null);

		var page = mvc.perform(get("/volunteers/renewals").with(as(coordinator))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();

		assertThat(page).contains("Zestig Verlenging").contains("nog 60 dagen").contains("Verlopen Verlenging")
			.contains("3 dagen te laat").doesNotContain("Eenenzestig").doesNotContain("Gestopt").doesNotContain("Aanmelder");
		assertThat(page.indexOf("Verlopen Verlenging")).isLessThan(page.indexOf("Zestig Verlenging"));

		var home = mvc.perform(get("/").with(as(coordinator))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains("VOG verloopt binnenkort: 2 vrijwilligers").contains("/volunteers/renewals");

		var other = fixtures.user(fixtures.organisation(), "vog-ander", Role.COORDINATOR);
		assertThat(mvc.perform(get("/volunteers/renewals").with(as(other))).andReturn().getResponse().getContentAsString())
			.doesNotContain("Verlenging");
	}

	@Test
	void theVolunteerAndCoordinatorsAreMailedFromSixtyDaysAheadOnce() throws Exception {
		var organisation = fixtures.organisation();
		var coordinator = fixtures.user(organisation, "vog-mail", Role.COORDINATOR);
		var due = DutchTime.today().plusYears(5).plusDays(UUID.randomUUID().hashCode() & 0x3ff);
		var email = unique("verlengen");
		var noAddress = volunteer(organisation, "Zonderadres", VolunteerStatus.ACTIVE, due, null);
		volunteer(organisation, "Henk", VolunteerStatus.ACTIVE, due, email);

		jobOn(due.minusDays(61)).notice();
		assertThat(RecruitmentTests.mailsTo(email)).as("61 days ahead: not yet").isEmpty();
		assertThat(RecruitmentTests.mailsTo(email(coordinator))).isEmpty();

		assertThat(jobOn(due.minusDays(60)).notice()).isGreaterThanOrEqualTo(2);
		var toVolunteer = RecruitmentTests.mailsTo(email);
		assertThat(toVolunteer).hasSize(1);
		assertThat(toVolunteer.get(0)).contains("Henk").contains(String.valueOf(due.getYear()));
		var toCoordinator = RecruitmentTests.mailsTo(email(coordinator));
		assertThat(toCoordinator).as("one mail listing both").hasSize(1);
		assertThat(toCoordinator.get(0)).contains("Henk Verlenging").contains("Zonderadres Verlenging")
			.contains("/volunteers/renewals");

		jobOn(due.minusDays(60)).notice();
		jobOn(due.minusDays(59)).notice();
		jobOn(due.plusDays(1)).notice();
		assertThat(RecruitmentTests.mailsTo(email)).as("once per due date").hasSize(1);
		assertThat(RecruitmentTests.mailsTo(email(coordinator))).hasSize(1);
		assertThat(jdbc.sql("select count(*) from volunteer_renewal_notice where volunteer_id = :id").param("id", noAddress)
			.query(Integer.class).single()).isOne();

		var renewed = due.plusYears(3);
		jdbc.sql("update volunteer set vog_renewal_due = :due where email = :email")
			.param("due", java.sql.Date.valueOf(renewed)).param("email", email).update();
		jobOn(renewed.minusDays(60)).notice();
		assertThat(RecruitmentTests.mailsTo(email)).as("a new due date is noticed afresh").hasSize(2);
	}

	@Test
	void twoNodesRunningAtOnceSendOneNotice() throws Exception {
		var organisation = fixtures.organisation();
		var due = DutchTime.today().plusYears(9).plusDays(UUID.randomUUID().hashCode() & 0x3ff);
		var email = unique("twee-nodes");
		volunteer(organisation, "Parallel", VolunteerStatus.ACTIVE, due, email);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			var first = pool.submit(() -> {
				start.await();
				return jobOn(due.minusDays(30)).notice();
			});
			var second = pool.submit(() -> {
				start.await();
				return jobOn(due.minusDays(30)).notice();
			});
			start.countDown();
			first.get();
			second.get();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(RecruitmentTests.mailsTo(email)).hasSize(1);
	}

	String email(CurrentUser user) {
		return jdbc.sql("select email from app_user where id = :id").param("id", user.id()).query(String.class).single();
	}
}
