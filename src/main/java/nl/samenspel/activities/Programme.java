package nl.samenspel.activities;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SearchTerm;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.Region;
import nl.samenspel.organisation.UserManagement;

/**
 * Planning the programme: activities, the schedules that make their sessions around the school holidays, single
 * sessions moved, cancelled or given other staff, and the organisation's list of school holidays. Everything is
 * scoped to the user's organisation; COORDINATOR and WORKER plan (the controllers check the roles).
 */
@Service
@Transactional
public class Programme {

	/** Who can be put on a session. */
	public static final Set<Role> SESSION_STAFF = EnumSet.of(Role.WORKER, Role.VOLUNTEER);

	/** A schedule runs for at most two school years. */
	static final int MAX_SCHEDULE_DAYS = 2 * 366;

	private final ProgrammeStore store;
	private final OrganisationManagement organisations;
	private final UserManagement users;
	private final AuditLog audit;
	private final GuardianMail mail;
	private final Enrolments enrolments;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	Programme(ProgrammeStore store, OrganisationManagement organisations, UserManagement users, AuditLog audit,
			GuardianMail mail, Enrolments enrolments, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.store = store;
		this.organisations = organisations;
		this.users = users;
		this.audit = audit;
		this.mail = mail;
		this.enrolments = enrolments;
		this.clock = clock;
		this.events = events;
	}

	// activities

	/** The organisation's activities, active ones unless asked otherwise, by title. */
	@Transactional(readOnly = true)
	public Page<Activity> activities(UUID organisationId, String query, boolean inactiveToo, Pageable pageable) {
		var condition = new StringBuilder("organisation_id = :organisation");
		var params = new HashMap<String, Object>();
		params.put("organisation", organisationId);
		var term = SearchTerm.of(query).toLowerCase(java.util.Locale.ROOT);
		if (!term.isEmpty()) {
			condition.append(" and lower(title) like :title");
			params.put("title", "%" + term.replace("%", "").replace("_", "") + "%");
		}
		if (!inactiveToo) {
			condition.append(" and active = true");
		}
		var jdbc = store.jdbc();
		long total = jdbc.sql("select count(*) from activity where " + condition).params(params).query(Long.class).single();
		var ids = jdbc.sql("select id from activity where " + condition + " order by active desc, lower(title), id limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(UUID.class)
			.list();
		return new PageImpl<>(store.activities(ids), pageable, total);
	}

	@Transactional(readOnly = true)
	public Activity activity(UUID organisationId, UUID id) {
		return store.activity(organisationId, id);
	}

	public Activity create(CurrentUser user, ActivityDetails details) {
		check(user.organisationId(), details);
		var id = UUID.randomUUID();
		store.jdbc().sql("""
				insert into activity (id, version, organisation_id, title, description, description_en, location_id, min_age,
				  max_age, capacity, cost, price_cents, mode, accessibility, languages, intervention, published, active, created_at)
				values (:id, 0, :organisation, :title, :description, :descriptionEn, :location, :minAge, :maxAge, :capacity,
				  :cost, :price, :mode, :accessibility, :languages, :intervention, :published, true, :now)""")
			.params(columns(details))
			.param("id", id)
			.param("organisation", user.organisationId())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		writeSets(id, details);
		audit.record(AuditAction.CREATED, "activity", id, AuditResult.SUCCESS);
		return store.activity(user.organisationId(), id);
	}

	public Activity update(CurrentUser user, UUID id, ActivityDetails details) {
		var before = store.activity(user.organisationId(), id);
		check(user.organisationId(), details);
		store.lock(id);
		store.jdbc().sql("""
				update activity set version = version + 1, title = :title, description = :description,
				  description_en = :descriptionEn, location_id = :location, min_age = :minAge, max_age = :maxAge,
				  capacity = :capacity, cost = :cost, price_cents = :price, mode = :mode, accessibility = :accessibility,
				  languages = :languages, intervention = :intervention, published = :published
				where id = :id and organisation_id = :organisation""")
			.params(columns(details))
			.param("id", id)
			.param("organisation", user.organisationId())
			.update();
		store.jdbc().sql("delete from activity_task where activity_id = :id").param("id", id).update();
		store.jdbc().sql("delete from activity_theme where activity_id = :id").param("id", id).update();
		store.jdbc().sql("delete from activity_staff where activity_id = :id").param("id", id).update();
		writeSets(id, details);
		audit.record(AuditAction.UPDATED, "activity", id, AuditResult.SUCCESS);
		var after = store.activity(user.organisationId(), id);
		if (after.capacity() != null && (before.capacity() == null || after.capacity() > before.capacity())) {
			enrolments.fillFreePlaces(after);
		}
		return after;
	}

	/** Takes the activity off the programme; its history (sessions, attendance) stays. */
	public void deactivate(CurrentUser user, UUID id) {
		store.activity(user.organisationId(), id);
		store.jdbc().sql("update activity set active = false, published = false, version = version + 1 where id = :id")
			.param("id", id).update();
		audit.record(AuditAction.DEACTIVATED, "activity", id, AuditResult.SUCCESS);
	}

	private void check(UUID organisationId, ActivityDetails details) {
		if (details.minAge() != null && details.maxAge() != null && details.maxAge() < details.minAge()) {
			throw new FieldRejected("maxAge", "activity.error.agesInverted");
		}
		if (details.mode() != null && details.mode().takesEnrolments() && details.capacity() == null) {
			throw new FieldRejected("capacity", "activity.error.capacityRequired");
		}
		if (details.cost() == Cost.PAID && details.price() == null) {
			throw new FieldRejected("price", "activity.error.priceRequired");
		}
		var location = details.locationId() == null ? null
				: organisations.allLocations(organisationId).stream()
					.filter(it -> it.getId().equals(details.locationId())).findFirst().orElse(null);
		if (location == null || !location.isActive()) {
			throw new FieldRejected("locationId", "activity.error.location");
		}
		checkStaff(organisationId, details.staffList(), "staff");
	}

	private void checkStaff(UUID organisationId, List<UUID> staff, String field) {
		if (staff.isEmpty()) {
			return;
		}
		var allowed = users.activeUsersWithAnyRole(organisationId, SESSION_STAFF).stream().map(it -> it.getId()).toList();
		if (!allowed.containsAll(staff)) {
			throw new FieldRejected(field, "activity.error.staff");
		}
	}

	private static Map<String, Object> columns(ActivityDetails details) {
		var columns = new HashMap<String, Object>();
		columns.put("title", details.title().strip());
		columns.put("description", details.description().strip());
		columns.put("descriptionEn", blankToNull(details.descriptionEn()));
		columns.put("location", details.locationId());
		columns.put("minAge", details.minAge());
		columns.put("maxAge", details.maxAge());
		columns.put("capacity", details.mode() == Mode.DROP_IN ? null : details.capacity());
		columns.put("cost", details.cost().name());
		columns.put("price", details.cost() == Cost.PAID && details.price() != null
				? details.price().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact() : null);
		columns.put("mode", details.mode().name());
		columns.put("accessibility", blankToNull(details.accessibility()));
		columns.put("languages", blankToNull(details.languages()));
		columns.put("intervention", blankToNull(details.intervention()));
		columns.put("published", !Boolean.FALSE.equals(details.published()));
		return columns;
	}

	private void writeSets(UUID id, ActivityDetails details) {
		var jdbc = store.jdbc();
		for (var task : details.taskSet()) {
			jdbc.sql("insert into activity_task (activity_id, task) values (:id, :task)").param("id", id)
				.param("task", task.name()).update();
		}
		for (var theme : details.themeSet()) {
			jdbc.sql("insert into activity_theme (activity_id, theme) values (:id, :theme)").param("id", id)
				.param("theme", theme.name()).update();
		}
		for (var staff : details.staffList()) {
			jdbc.sql("insert into activity_staff (activity_id, app_user_id) values (:id, :user)").param("id", id)
				.param("user", staff).update();
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// schedules and sessions

	/**
	 * Adds a schedule and makes its sessions, with the activity's staff on each. Refused when the times or dates are
	 * the wrong way round, or when no session would come of it; sessions that overlap another at the same location
	 * are made, and returned so the planner sees them.
	 */
	public ScheduleResult addSchedule(CurrentUser user, UUID activityId, ScheduleDetails details) {
		var activity = store.activity(user.organisationId(), activityId);
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
				holidays(user.organisationId()).stream().filter(it -> it.region() == region).toList());
		if (dates.isEmpty()) {
			throw new FieldRejected("holidays", "schedule.error.noSessions");
		}
		var scheduleId = UUID.randomUUID();
		var jdbc = store.jdbc();
		jdbc.sql("""
				insert into activity_schedule (id, organisation_id, activity_id, recurrence, first_date, last_date, starts_at,
				  ends_at, holidays, created_at)
				values (:id, :organisation, :activity, :recurrence, :first, :last, :start, :end, :holidays, :now)""")
			.param("id", scheduleId)
			.param("organisation", user.organisationId())
			.param("activity", activityId)
			.param("recurrence", details.recurrence().name())
			.param("first", ProgrammeStore.date(details.firstDate()))
			.param("last", ProgrammeStore.date(details.until()))
			.param("start", ProgrammeStore.time(details.startsAt()))
			.param("end", ProgrammeStore.time(details.endsAt()))
			.param("holidays", details.holidayRule().name())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		var created = new ArrayList<UUID>();
		for (var date : dates) {
			var sessionId = UUID.randomUUID();
			insertSession(sessionId, user.organisationId(), activity, scheduleId, date, details);
			created.add(sessionId);
		}
		audit.record(AuditAction.CREATED, "schedule", scheduleId, AuditResult.SUCCESS);
		return new ScheduleResult(created.size(), store.overlaps(user.organisationId(), created));
	}

	private void insertSession(UUID sessionId, UUID organisationId, Activity activity, UUID scheduleId, LocalDate date,
			ScheduleDetails details) {
		var jdbc = store.jdbc();
		jdbc.sql("""
				insert into activity_session (id, version, organisation_id, activity_id, schedule_id, session_date, weekday,
				  starts_at, ends_at, duration_minutes, location_id, status)
				values (:id, 0, :organisation, :activity, :schedule, :date, :weekday, :start, :end, :minutes, :location, 'PLANNED')""")
			.param("id", sessionId)
			.param("organisation", organisationId)
			.param("activity", activity.id())
			.param("schedule", scheduleId)
			.param("date", ProgrammeStore.date(date))
			.param("weekday", date.getDayOfWeek().getValue())
			.param("start", ProgrammeStore.time(details.startsAt()))
			.param("end", ProgrammeStore.time(details.endsAt()))
			.param("minutes", (int) java.time.Duration.between(details.startsAt(), details.endsAt()).toMinutes())
			.param("location", activity.locationId())
			.update();
		for (var staff : activity.staff()) {
			jdbc.sql("insert into session_staff (session_id, app_user_id) values (:session, :user)")
				.param("session", sessionId).param("user", staff).update();
		}
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

	/** The activity's sessions in a period. */
	@Transactional(readOnly = true)
	public List<Session> sessions(UUID organisationId, UUID activityId, LocalDate from, LocalDate to) {
		store.activity(organisationId, activityId);
		return store.sessions("s.activity_id = :activity and s.session_date between :from and :to",
				Map.of("activity", activityId, "from", ProgrammeStore.date(from), "to", ProgrammeStore.date(to)));
	}

	/** One session, for staff of the organisation, or a VOLUNTEER who works at it. */
	@Transactional(readOnly = true)
	public Session session(CurrentUser user, UUID id) {
		var session = store.session(user.organisationId(), id);
		if (!user.hasAnyRole(Role.COORDINATOR, Role.WORKER) && !session.staff().contains(user.id())) {
			throw new NotFound();
		}
		return session;
	}

	/** The sessions in a period: all of the organisation's for staff, a volunteer's own for a VOLUNTEER. */
	@Transactional(readOnly = true)
	public List<Session> sessionsBetween(CurrentUser user, LocalDate from, LocalDate to) {
		var params = new HashMap<String, Object>();
		params.put("organisation", user.organisationId());
		params.put("from", ProgrammeStore.date(from));
		params.put("to", ProgrammeStore.date(to));
		var condition = "s.organisation_id = :organisation and s.session_date between :from and :to";
		if (!user.hasAnyRole(Role.COORDINATOR, Role.WORKER)) {
			condition += " and s.id in (select session_id from session_staff where app_user_id = :user)";
			params.put("user", user.id());
		}
		return store.sessions(condition, params);
	}

	@Transactional(readOnly = true)
	public List<Overlap> overlaps(UUID organisationId, List<Session> sessions) {
		return store.overlaps(organisationId, sessions.stream().map(Session::id).toList());
	}

	/** Moves one session or changes its staff; a new date remembers the one it was moved from. */
	public Session updateSession(CurrentUser user, UUID id, SessionDetails details) {
		var session = store.session(user.organisationId(), id);
		if (!details.endsAt().isAfter(details.startsAt())) {
			throw new FieldRejected("endsAt", "schedule.error.endBeforeStart");
		}
		var location = organisations.allLocations(user.organisationId()).stream()
			.filter(it -> it.getId().equals(details.locationId())).findFirst().orElse(null);
		if (location == null || !location.isActive()) {
			throw new FieldRejected("locationId", "activity.error.location");
		}
		checkStaff(user.organisationId(), details.staffList().stream()
			.filter(staff -> !session.staff().contains(staff)).toList(), "staff");
		var movedFrom = session.movedFrom() != null ? session.movedFrom()
				: details.date().equals(session.date()) ? null : session.date();
		var jdbc = store.jdbc();
		jdbc.sql("""
				update activity_session set version = version + 1, session_date = :date, weekday = :weekday, starts_at = :start,
				  ends_at = :end, duration_minutes = :minutes, location_id = :location, moved_from = :movedFrom
				where id = :id""")
			.param("date", ProgrammeStore.date(details.date()))
			.param("weekday", details.date().getDayOfWeek().getValue())
			.param("start", ProgrammeStore.time(details.startsAt()))
			.param("end", ProgrammeStore.time(details.endsAt()))
			.param("minutes", (int) java.time.Duration.between(details.startsAt(), details.endsAt()).toMinutes())
			.param("location", details.locationId())
			.param("movedFrom", movedFrom == null ? null : ProgrammeStore.date(movedFrom))
			.param("id", id)
			.update();
		jdbc.sql("delete from session_staff where session_id = :id").param("id", id).update();
		for (var staff : details.staffList()) {
			jdbc.sql("insert into session_staff (session_id, app_user_id) values (:session, :user)")
				.param("session", id).param("user", staff).update();
		}
		audit.record(AuditAction.UPDATED, "session", id, AuditResult.SUCCESS);
		if (session.heldAt() != null) {
			events.publishEvent(new SessionChanged(user.organisationId(), session.activityId(), id, session.date(),
					details.date()));
		}
		return store.session(user.organisationId(), id);
	}

	/** Cancels one session; the guardians of the children with a place in it get an e-mail with the reason. */
	public Session cancelSession(CurrentUser user, UUID id, Cancellation cancellation) {
		var session = store.session(user.organisationId(), id);
		if (session.cancelled()) {
			throw new FieldRejected("reason", "session.error.alreadyCancelled");
		}
		if (session.heldAt() != null) {
			throw new FieldRejected("reason", "session.error.alreadyHeld");
		}
		var reason = cancellation.reason().strip();
		store.jdbc().sql("update activity_session set status = 'CANCELLED', cancel_reason = :reason, version = version + 1 where id = :id")
			.param("reason", reason).param("id", id).update();
		audit.record(AuditAction.UPDATED, "session", id, AuditResult.SUCCESS);
		for (var child : store.enrolledIn(session)) {
			mail.tell(user.organisationId(), child, "mail.sessionCancelled", session.title(), session.date(),
					session.startsAt().toString(), reason);
		}
		return store.session(user.organisationId(), id);
	}

	// school holidays

	/** The organisation's school holidays (all regions), copied from the published list the first time. */
	public List<Holiday> holidays(UUID organisationId) {
		var jdbc = store.jdbc();
		var seeded = jdbc.sql("select count(*) from school_holiday where organisation_id = :organisation")
			.param("organisation", organisationId).query(Integer.class).single() > 0;
		if (!seeded) {
			jdbc.sql("select region, name, starts_on, ends_on from school_holiday_seed").query(rs -> {
				jdbc.sql("""
						insert into school_holiday (id, organisation_id, region, name, starts_on, ends_on)
						values (:id, :organisation, :region, :name, :starts, :ends)""")
					.param("id", UUID.randomUUID())
					.param("organisation", organisationId)
					.param("region", rs.getString("region"))
					.param("name", rs.getString("name"))
					.param("starts", rs.getDate("starts_on"))
					.param("ends", rs.getDate("ends_on"))
					.update();
			});
		}
		return jdbc.sql("select id, region, name, starts_on, ends_on from school_holiday where organisation_id = :organisation order by starts_on, region")
			.param("organisation", organisationId)
			.query((rs, n) -> new Holiday(rs.getObject("id", UUID.class), Region.valueOf(rs.getString("region")),
					rs.getString("name"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate()))
			.list();
	}

	public Holiday addHoliday(CurrentUser user, HolidayDetails details) {
		if (details.endsOn().isBefore(details.startsOn())) {
			throw new FieldRejected("endsOn", "holiday.error.endBeforeStart");
		}
		if (details.startsOn().plusDays(92).isBefore(details.endsOn())) {
			throw new FieldRejected("endsOn", "holiday.error.tooLong");
		}
		holidays(user.organisationId());
		var id = UUID.randomUUID();
		store.jdbc().sql("""
				insert into school_holiday (id, organisation_id, region, name, starts_on, ends_on)
				values (:id, :organisation, :region, :name, :starts, :ends)""")
			.param("id", id)
			.param("organisation", user.organisationId())
			.param("region", details.region().name())
			.param("name", details.name().strip())
			.param("starts", ProgrammeStore.date(details.startsOn()))
			.param("ends", ProgrammeStore.date(details.endsOn()))
			.update();
		audit.record(AuditAction.CREATED, "holiday", id, AuditResult.SUCCESS);
		return new Holiday(id, details.region(), details.name().strip(), details.startsOn(), details.endsOn());
	}

	/** Removes a holiday from the organisation's list; sessions already made stay as they are. */
	public void removeHoliday(CurrentUser user, UUID id) {
		var removed = store.jdbc().sql("delete from school_holiday where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", user.organisationId()).update();
		if (removed == 0) {
			throw new NotFound();
		}
		audit.record(AuditAction.DEACTIVATED, "holiday", id, AuditResult.SUCCESS);
	}

	/** The weekdays, Monday first, for filters. */
	public static List<DayOfWeek> weekdays() {
		return List.of(DayOfWeek.values());
	}
}
