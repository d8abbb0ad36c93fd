package nl.samenspel.volunteers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.CurrentUser;

/** Volunteer records, slots and assignments for the shift tests, made through the module's stores. */
final class ShiftFixtures {

	private final VolunteerStore volunteers;
	private final JdbcClient jdbc;
	private final Clock clock;

	ShiftFixtures(VolunteerStore volunteers, JdbcClient jdbc, Clock clock) {
		this.volunteers = volunteers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A screened, active volunteer linked to the user: VOG seen a year ago (valid two more years), code signed. */
	Volunteer cleared(CurrentUser user) {
		var issued = ActivityFixtures.today().minusYears(1);
		return record(user, issued, issued.plusYears(3), issued);
	}

	Volunteer record(CurrentUser user, @Nullable LocalDate vogIssuedOn, @Nullable LocalDate renewalDue,
			@Nullable LocalDate codeSignedOn) {
		var volunteer = new Volunteer(UUID.randomUUID(), user.organisationId(), user.id(), "Vera", "Test" + user.id(),
				null, null, null, null, AgeBand.FROM_55_TO_69, VolunteerStatus.ACTIVE, null, codeSignedOn,
				codeSignedOn == null ? null : "2026-1", vogIssuedOn, Volunteer.DEFAULT_PROFILE, null, vogIssuedOn,
				renewalDue, null, 0);
		unlink(user);
		volunteers.insert(volunteer, clock.instant());
		return volunteer;
	}

	/**
	 * The world's users come with a screened record of their own (ActivityFixtures); a test that makes its own record
	 * for the user unlinks that one first (the fixtures keep placing it on their sessions, not this one).
	 */
	void unlink(CurrentUser user) {
		jdbc.sql("update volunteer set app_user_id = null where app_user_id = :user").param("user", user.id()).update();
	}

	void slot(Volunteer volunteer, DayOfWeek day, LocalTime from, LocalTime until) {
		jdbc.sql("""
				insert into volunteer_slot (id, organisation_id, volunteer_id, day_of_week, starts_at, ends_at)
				values (:id, :organisation, :volunteer, :day, :from, :until)""")
			.param("id", UUID.randomUUID()).param("organisation", volunteer.organisationId())
			.param("volunteer", volunteer.id()).param("day", day.getValue())
			.param("from", java.sql.Time.valueOf(from)).param("until", java.sql.Time.valueOf(until)).update();
	}

	/** Every weekday from 9:00 to 21:00. */
	void always(Volunteer volunteer) {
		for (var day : DayOfWeek.values()) {
			slot(volunteer, day, LocalTime.of(9, 0), LocalTime.of(21, 0));
		}
	}

	void autoConfirm(UUID organisationId, UUID activityId) {
		jdbc.sql("""
				insert into volunteer_activity_rule (activity_id, organisation_id, four_eyes, auto_confirm)
				values (:activity, :organisation, false, true)""")
			.param("activity", activityId).param("organisation", organisationId).update();
	}

	UUID assignment(Volunteer volunteer, UUID sessionId, AssignmentStatus status) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into volunteer_assignment (id, organisation_id, volunteer_id, session_id, status, created_at)
				values (:id, :organisation, :volunteer, :session, :status, :at)""")
			.param("id", id).param("organisation", volunteer.organisationId()).param("volunteer", volunteer.id())
			.param("session", sessionId).param("status", status.name()).param("at", Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	String status(UUID assignmentId) {
		return jdbc.sql("select status from volunteer_assignment where id = :id").param("id", assignmentId)
			.query(String.class).single();
	}
}
