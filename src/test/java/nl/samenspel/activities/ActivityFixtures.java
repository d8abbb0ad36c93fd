package nl.samenspel.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;

import nl.samenspel.children.ChildDetails;
import nl.samenspel.children.ChildGuardians;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildRegistry;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.children.Gender;
import nl.samenspel.children.GuardianDetails;
import nl.samenspel.children.Relation;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationFixtures;
import nl.samenspel.volunteers.VolunteerFixtures;

/**
 * A small world for the programme's tests, made through the modules' own APIs: an organisation (region NORTH) with a
 * location, a coordinator, a worker and a volunteer; children with a guardian who has an e-mail address and, unless
 * asked otherwise, consent to registration; activities and sessions.
 */
@TestComponent
public class ActivityFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final OrganisationFixtures fixtures;
	private final ChildManagement children;
	private final ChildRegistry registry;
	private final ChildGuardians guardianship;
	private final Programme programme;
	private final Schedules schedules;
	private final Enrolments enrolments;
	private final VolunteerFixtures volunteers;

	ActivityFixtures(OrganisationFixtures fixtures, ChildManagement children, ChildRegistry registry,
			ChildGuardians guardianship, Programme programme, Schedules schedules, Enrolments enrolments,
			VolunteerFixtures volunteers) {
		this.fixtures = fixtures;
		this.children = children;
		this.registry = registry;
		this.guardianship = guardianship;
		this.programme = programme;
		this.schedules = schedules;
		this.enrolments = enrolments;
		this.volunteers = volunteers;
	}

	public static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
	}

	/**
	 * An organisation with one location and the staff of a programme: a coordinator, a worker and a volunteer whose
	 * account is linked to a screened volunteer record (issue 19).
	 */
	public record World(UUID organisationId, UUID locationId, CurrentUser coordinator, CurrentUser worker,
			CurrentUser volunteer) {
	}

	public World world() {
		var organisation = fixtures.organisation();
		var location = fixtures.location(organisation);
		var volunteer = fixtures.user(organisation, "vrijw", Role.VOLUNTEER);
		volunteers.screened(organisation, volunteer.id());
		return new World(organisation, location.getId(), fixtures.user(organisation, "coord", Role.COORDINATOR),
				fixtures.user(organisation, "werker", Role.WORKER), volunteer);
	}

	/** A child of this age with a guardian (with e-mail) and, when asked, consent to registration. */
	public UUID child(World world, String firstName, int age, boolean consent) {
		var number = SEQUENCE.incrementAndGet();
		var child = registry.register(world.coordinator(), new ChildDetails(firstName, "Test" + number,
				today().minusYears(age).minusDays(30), Gender.GIRL, null, null, "De School", null));
		var guardian = guardianship.addGuardian(world.coordinator(), child.getId(), new GuardianDetails("Ouder " + number,
				Relation.MOTHER, "0612345678", "ouder" + number + "@test.samenspel.example", "nl"));
		if (consent) {
			children.giveConsent(world.coordinator(), child.getId(), new ConsentRequest(guardian.getId(),
					ConsentPurpose.REGISTRATION, ConsentMethod.PAPER));
		}
		return child.getId();
	}

	public String guardianEmail(World world, UUID childId) {
		var child = children.child(world.coordinator(), childId);
		return children.guardians(child).get(0).getEmail();
	}

	/** Makes the child's guardian a PARENT user and returns that user. */
	public CurrentUser parentOf(World world, UUID childId) {
		var child = children.child(world.coordinator(), childId);
		var guardian = children.guardians(child).get(0);
		var username = "portaalouder-" + SEQUENCE.incrementAndGet();
		guardianship.inviteGuardian(world.coordinator(), childId, guardian.getId(), username);
		var linked = children.guardians(children.child(world.coordinator(), childId)).get(0).getAppUserId();
		return new CurrentUser(linked, world.organisationId(), username, guardian.getName(), EnumSet.of(Role.PARENT), "nl",
				null);
	}

	public Activity activity(World world, Mode mode, Integer capacity, int minAge, int maxAge) {
		return programme.create(world.coordinator(), new ActivityDetails("Activiteit " + SEQUENCE.incrementAndGet(),
				"Samen iets leuks doen.", null, EnumSet.of(Task.PLAY, Task.MEETING), EnumSet.of(Theme.GAMES),
				world.locationId(), minAge, maxAge, capacity, Cost.FREE, null, mode, null, null, null,
				List.of(world.worker().id()), true));
	}

	/**
	 * One session on a day, 15:00-16:30, with the activity's staff (the worker), and the world's volunteer assigned to
	 * it (CONFIRMED, through the volunteers module).
	 */
	public Session session(World world, Activity activity, LocalDate day) {
		schedules.addSchedule(world.coordinator(), activity.id(), new ScheduleDetails(Recurrence.ONCE, day, null,
				LocalTime.of(15, 0), LocalTime.of(16, 30), HolidayRule.INCLUDE));
		var session = programme.sessions(world.organisationId(), activity.id(), day, day).get(0);
		volunteers.placeUser(world.organisationId(), world.volunteer().id(), session.id());
		return session;
	}

	/** Takes the world's volunteer (and any other) off the session. */
	public void withoutVolunteers(Session session) {
		volunteers.clear(session.id());
	}

	public Enrolment enrol(World world, Activity activity, UUID childId, boolean waitingList) {
		return enrolments.enrol(world.coordinator(), activity.id(), new EnrolmentRequest(childId, null, waitingList, null));
	}
}
