package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Session;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class ShiftTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	OpenShifts openShifts;

	@Autowired
	MyShifts myShifts;

	@Autowired
	Availabilities availabilities;

	@Autowired
	VolunteerStore volunteers;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	ShiftFixtures shifts;

	@BeforeEach
	void setUp() {
		shifts = new ShiftFixtures(volunteers, jdbc, clock);
	}

	private Activity activityWanting(ActivityFixtures.World world, int wanted) {
		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		openShifts.setWanted(world.coordinator(), activity.id(), wanted);
		return activity;
	}

	/** The first day after today+offset that falls on the weekday. */
	private static LocalDate next(DayOfWeek day, int offset) {
		var date = ActivityFixtures.today().plusDays(offset);
		while (date.getDayOfWeek() != day) {
			date = date.plusDays(1);
		}
		return date;
	}

	@Test
	void openShiftsAreTheSessionsWantingVolunteersWithinAWeeklySlotAndOutsideAPeriodAway() throws Exception {
		var world = programme.world();
		var volunteer = shifts.cleared(world.volunteer());
		var activity = activityWanting(world, 2);
		var notWanting = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var tuesday = next(DayOfWeek.TUESDAY, 1);
		var fits = programme.session(world, activity, tuesday);
		var wrongDay = programme.session(world, activity, tuesday.plusDays(1));
		var away = programme.session(world, activity, tuesday.plusWeeks(1));
		var tooLate = programme.session(world, activity, tuesday.plusWeeks(2));
		programme.session(world, notWanting, tuesday);
		// sessions run 15:00-16:30; the slot covers them, but not one that was moved to the evening
		availabilities.addSlot(world.volunteer(), null, DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(17, 0));
		availabilities.addAway(world.volunteer(), null, tuesday.plusWeeks(1).minusDays(2), tuesday.plusWeeks(1), "Weg");
		jdbc.sql("update activity_session set starts_at = :s, ends_at = :e where id = :id")
			.param("s", java.sql.Time.valueOf(LocalTime.of(18, 0))).param("e", java.sql.Time.valueOf(LocalTime.of(19, 0)))
			.param("id", tooLate.id()).update();

		var open = openShifts.open(world.volunteer());

		assertThat(open).extracting(shift -> shift.session().id()).containsExactly(fits.id());
		assertThat(open.get(0).placesLeft()).isEqualTo(2);
		assertThat(open.get(0).missing()).isEmpty();
		assertThat(List.of(wrongDay.id(), away.id())).doesNotContain(open.get(0).session().id());

		var home = mvc.perform(get("/").with(as(world.volunteer()))).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("Open diensten voor jou").contains("Alle open diensten (1)");

		openShifts.signUp(world.volunteer(), fits.id());
		assertThat(openShifts.open(world.volunteer())).as("not offered what they are on").isEmpty();
		assertThat(volunteer.id()).isNotNull();
	}

	@Test
	void aSignUpIsRequestedUnlessTheActivityConfirmsItselfAndNeverTwice() throws Exception {
		var world = programme.world();
		var volunteer = shifts.cleared(world.volunteer());
		shifts.always(volunteer);
		var requested = activityWanting(world, 3);
		var confirmed = activityWanting(world, 3);
		shifts.autoConfirm(world.organisationId(), confirmed.id());
		var day = ActivityFixtures.today().plusDays(3);
		var first = programme.session(world, requested, day);
		var second = programme.session(world, confirmed, day.plusDays(1));

		var response = mvc.perform(post("/volunteers/open-shifts/" + first.id() + "/sign-up").with(as(world.volunteer()))
			.with(csrf())).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/volunteers/my-shifts");
		var shift = openShifts.signUp(world.volunteer(), second.id());

		assertThat(shift.status()).isEqualTo(AssignmentStatus.CONFIRMED);
		var mine = myShifts.upcoming(world.volunteer());
		assertThat(mine).extracting(it -> it.session().id(), it -> it.shift().status()).containsExactly(
				org.assertj.core.groups.Tuple.tuple(first.id(), AssignmentStatus.REQUESTED),
				org.assertj.core.groups.Tuple.tuple(second.id(), AssignmentStatus.CONFIRMED));
		assertThatThrownBy(() -> openShifts.signUp(world.volunteer(), first.id())).isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.shifts.error.already");
		assertThat(jdbc.sql("select count(*) from volunteer_assignment where volunteer_id = :v").param("v", volunteer.id())
			.query(Integer.class).single()).isEqualTo(2);

		// a session of another organisation is not found, and one of an activity wanting nobody is refused
		var other = programme.world();
		var elsewhere = programme.session(other, activityWanting(other, 1), day);
		assertThat(mvc.perform(post("/volunteers/open-shifts/" + elsewhere.id() + "/sign-up").with(as(world.volunteer()))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
		var nobody = programme.session(world, programme.activity(world, Mode.DROP_IN, null, 4, 12), day);
		assertThatThrownBy(() -> openShifts.signUp(world.volunteer(), nobody.id()))
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.shifts.error.notOpen");
	}

	@Test
	void aSignUpIsRefusedNamingWhatIsMissingWhenTheVogIsNotValidOnTheSessionDayOrTheCodeIsMissing() throws Exception {
		var world = programme.world();
		var today = ActivityFixtures.today();
		var issued = today.minusYears(3).plusDays(10);
		// the VOG's renewal is due in ten days: valid now, not on the session two weeks from now
		var volunteer = shifts.record(world.volunteer(), issued, issued.plusYears(3), issued);
		shifts.always(volunteer);
		var activity = activityWanting(world, 2);
		var soon = programme.session(world, activity, today.plusDays(3));
		var later = programme.session(world, activity, today.plusDays(14));

		assertThat(openShifts.open(world.volunteer())).filteredOn(it -> it.session().id().equals(later.id()))
			.singleElement().extracting(OpenShift::missing).isEqualTo(java.util.Set.of(Missing.VOG_NOT_VALID));
		var page = mvc.perform(post("/volunteers/open-shifts/" + later.id() + "/sign-up").with(as(world.volunteer()))
			.with(csrf())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Aanmelden kan niet: je VOG is op die dag niet geldig.");
		assertThat(openShifts.signUp(world.volunteer(), soon.id()).status()).isEqualTo(AssignmentStatus.REQUESTED);

		var noCode = programme.world();
		var unsigned = shifts.record(noCode.volunteer(), today.minusYears(1), today.plusYears(2), null);
		shifts.always(unsigned);
		var session = programme.session(noCode, activityWanting(noCode, 2), today.plusDays(3));
		var refused = org.assertj.core.api.Assertions.catchThrowableOfType(FieldRejected.class,
				() -> openShifts.signUp(noCode.volunteer(), session.id()));
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.forLanguageTag("nl")))
			.isEqualTo("Aanmelden kan niet: je hebt de gedragscode nog niet ondertekend. Neem contact op met de coördinator.");
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH))
			.contains("you have not signed the code of conduct yet");
		assertThat(jdbc.sql("select count(*) from volunteer_assignment where volunteer_id = :v")
			.param("v", unsigned.id()).query(Integer.class).single()).isZero();
	}

	@Test
	void twoSignUpsAtOnceForTheLastPlaceDoNotBothSucceed() throws Exception {
		var world = programme.world();
		var first = world.volunteer();
		var second = fixtures.user(world.organisationId(), "vrijw", Role.VOLUNTEER);
		shifts.always(shifts.cleared(first));
		shifts.always(shifts.cleared(second));
		var session = programme.session(world, activityWanting(world, 1), ActivityFixtures.today().plusDays(4));

		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		var outcomes = new ArrayList<Future<String>>();
		try {
			for (var user : List.of(first, second)) {
				Callable<String> signUp = () -> {
					start.await();
					try {
						return openShifts.signUp(user, session.id()).status().name();
					}
					catch (FieldRejected refused) {
						return refused.messageKey();
					}
				};
				outcomes.add(pool.submit(signUp));
			}
			start.countDown();
			var results = new ArrayList<String>();
			for (var outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).containsExactlyInAnyOrder("REQUESTED", "volunteers.shifts.error.full");
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from volunteer_assignment where session_id = :s and status <> 'CANCELLED'")
			.param("s", session.id()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void cancellingMailsTheCoordinatorsAndASessionThatTookPlaceCannotBeCancelled() throws Exception {
		var world = programme.world();
		var volunteer = shifts.cleared(world.volunteer());
		shifts.always(volunteer);
		var activity = activityWanting(world, 1);
		var session = programme.session(world, activity, ActivityFixtures.today().plusDays(5));
		var shift = openShifts.signUp(world.volunteer(), session.id());

		var response = mvc.perform(post("/volunteers/my-shifts/" + shift.assignmentId() + "/cancel")
			.param("reason", "Mijn kleinkind is jarig").with(as(world.volunteer())).with(csrf())).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/volunteers/my-shifts");
		assertThat(shifts.status(shift.assignmentId())).isEqualTo("CANCELLED");
		delivered();

		var coordinatorAddress = fixtures.account(world.coordinator().id()).getEmail();
		var mails = Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(coordinatorAddress);
			}
			catch (jakarta.mail.MessagingException e) {
				return false;
			}
		}).toList();
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).contains(volunteer.name()).contains(session.title());
		var body = String.valueOf(mails.get(0).getContent());
		assertThat(body).contains("Mijn kleinkind is jarig").contains("/sessions/" + session.id());

		// signed up again on the same row, and a session that already took place cannot be cancelled
		assertThat(openShifts.signUp(world.volunteer(), session.id()).assignmentId()).isEqualTo(shift.assignmentId());
		Session past = programme.session(world, activity, ActivityFixtures.today().minusDays(2));
		var held = shifts.assignment(volunteer, past.id(), AssignmentStatus.CONFIRMED);
		var refused = mvc.perform(post("/volunteers/my-shifts/" + held + "/cancel").with(as(world.volunteer()))
			.with(csrf())).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Afmelden kan niet meer");
		assertThat(shifts.status(held)).isEqualTo("CONFIRMED");
		// someone else's shift is not found
		var other = fixtures.user(world.organisationId(), "vrijw", Role.VOLUNTEER);
		shifts.cleared(other);
		assertThat(mvc.perform(post("/volunteers/my-shifts/" + shift.assignmentId() + "/cancel").with(as(other))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
	}
}
