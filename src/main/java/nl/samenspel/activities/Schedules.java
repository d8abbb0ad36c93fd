package nl.samenspel.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * The schedules that make an activity's sessions around the school holidays of the organisation's region. Scoped to
 * the user's organisation; COORDINATOR and WORKER plan (the controllers check the roles).
 */
@Service
@Transactional
public class Schedules {

	/** A schedule runs for at most two school years. */
	static final int MAX_SCHEDULE_DAYS = 2 * 366;

	private final ActivityStore activities;
	private final ScheduleStore schedules;
	private final SessionStore sessions;
	private final Holidays holidays;
	private final OrganisationManagement organisations;
	private final AuditLog audit;
	private final Clock clock;

	Schedules(ActivityStore activities, ScheduleStore schedules, SessionStore sessions, Holidays holidays,
			OrganisationManagement organisations, AuditLog audit, Clock clock) {
		this.activities = activities;
		this.schedules = schedules;
		this.sessions = sessions;
		this.holidays = holidays;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Adds a schedule and makes its sessions, with the activity's staff on each. Refused when the times or dates are
	 * the wrong way round, or when no session would come of it; sessions that overlap another at the same location
	 * are made, and returned so the planner sees them.
	 */
	public ScheduleResult addSchedule(CurrentUser user, UUID activityId, ScheduleDetails details) {
		var activity = activities.activity(user.organisationId(), activityId);
		if (!activity.active()) {
			throw new FieldRejected("recurrence", "schedule.error.inactive");
		}
		if (!details.endsAt().isAfter(details.startsAt())) {
			throw new FieldRejected("endsAt", "schedule.error.endBeforeStart");
		}
		if (details.recurrence() != Recurrence.ONCE && details.lastDate() == null) {
			throw new FieldRejected("lastDate", "schedule.error.lastDateRequired");
		}
		if (details.until().isBefore(details.firstDate())) {
			throw new FieldRejected("lastDate", "schedule.error.lastBeforeFirst");
		}
		if (details.firstDate().plusDays(MAX_SCHEDULE_DAYS).isBefore(details.until())) {
			throw new FieldRejected("lastDate", "schedule.error.tooLong");
		}
		var region = organisations.organisation(user.organisationId()).getRegion();
		var dates = dates(details.recurrence(), details.firstDate(), details.until(), details.holidayRule(),
				holidays.holidays(user.organisationId()).stream().filter(it -> it.region() == region).toList());
		if (dates.isEmpty()) {
			throw new FieldRejected("holidays", "schedule.error.noSessions");
		}
		var scheduleId = UUID.randomUUID();
		schedules.insert(scheduleId, user.organisationId(), activityId, details, clock.instant());
		var created = new ArrayList<UUID>();
		for (var date : dates) {
			var sessionId = UUID.randomUUID();
			sessions.insertSession(sessionId, user.organisationId(), activity.id(), scheduleId, date, details.startsAt(),
					details.endsAt(), activity.locationId(), activity.staff(), null);
			created.add(sessionId);
		}
		audit.record(AuditAction.CREATED, "schedule", scheduleId, AuditResult.SUCCESS);
		return new ScheduleResult(created.size(), sessions.overlaps(user.organisationId(), created));
	}

	/**
	 * The dates a schedule meets on: the first date, then every week or every other week up to the last date; in the
	 * school holidays only when the rule says so.
	 */
	static List<LocalDate> dates(Recurrence recurrence, LocalDate first, LocalDate last, HolidayRule rule,
			List<Holiday> holidays) {
		var step = switch (recurrence) {
			case ONCE -> 0;
			case WEEKLY -> 7;
			case FORTNIGHTLY -> 14;
		};
		var dates = new ArrayList<LocalDate>();
		for (var next = first; !next.isAfter(last); next = next.plusDays(step)) {
			var day = next;
			var inHoliday = holidays.stream().anyMatch(holiday -> holiday.contains(day));
			if (rule == HolidayRule.INCLUDE || (rule == HolidayRule.SKIP) != inHoliday) {
				dates.add(day);
			}
			if (step == 0) {
				break;
			}
		}
		return dates;
	}
}
