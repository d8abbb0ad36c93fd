/**
 * The programme: activities (what, for whom, where, which of the ten tasks), their schedules around the school
 * holidays, the sessions they produce and who works at them; enrolment with a waiting list; attendance at the door,
 * including anonymous walk-in counts; the public programme with its iCalendar feeds; and the coverage matrix that
 * shows whether every neighbourhood gets the same offer. Serves tasks 2, 4, 5 and 8.
 * The services are the API: {@link nl.samenspel.activities.Programme} (activities and their sessions),
 * {@link nl.samenspel.activities.Schedules}, {@link nl.samenspel.activities.SessionChanges},
 * {@link nl.samenspel.activities.Holidays}, {@link nl.samenspel.activities.Enrolments} (who gets a place and who waits
 * is decided by the package-private aggregate {@code Places}), {@link nl.samenspel.activities.Attendance},
 * {@link nl.samenspel.activities.WalkIns}, {@link nl.samenspel.activities.Coverage} and
 * {@link nl.samenspel.activities.PublicProgramme}; they hold the rules, role checks, audit and events, and reach the
 * database only through the package-private stores ({@code ActivityStore}, {@code SessionStore},
 * {@code ScheduleStore}, {@code EnrolmentStore}, {@code AttendanceStore}, {@code HolidayStore}). Implements the
 * children module's {@link nl.samenspel.children.SessionAssignments}: a volunteer sees the safety information of the
 * children of the sessions they work at, and no others. Declares two SPIs for the volunteers module:
 * {@link nl.samenspel.activities.SessionVolunteers} (the sessions a VOLUNTEER user works at, asked wherever the
 * programme decides a volunteer's own sessions; none without a provider) and
 * {@link nl.samenspel.activities.SessionNotices} (warnings for a session's staff pages, the four-eyes rule). Session
 * staff are COORDINATOR and WORKER users only ({@link nl.samenspel.activities.Programme#SESSION_STAFF}). Publishes {@link nl.samenspel.activities.AttendanceRegistered},
 * {@link nl.samenspel.activities.SessionHeld}, {@link nl.samenspel.activities.SessionChanged},
 * {@link nl.samenspel.activities.SessionCancelled} and {@link nl.samenspel.activities.EnrolmentChanged}, which carry
 * ids, dates and counts only; its own {@code GuardianMail} listens to the last two and mails the guardians. Listens
 * to {@link nl.samenspel.children.ConsentWithdrawn} (withdrawn consent to registration gives up the child's places to
 * come), {@link nl.samenspel.children.ChildErased} (the name of whoever collected the child goes, {@code ErasedChildren}) and {@link nl.samenspel.organisation.UserDeactivated} (the user leaves the staff of sessions to come,
 * {@code DepartedStaff}). Publishes the views {@code activities_session_facts}, {@code activities_presence_facts},
 * {@code activities_walk_in_facts}, {@code activities_session_staff_facts}, {@code activities_activity_facts},
 * {@code activities_activity_task_facts} and {@code activities_activity_theme_facts} for reporting
 * (V19__activities_published_views.sql), and {@code activities_intergenerational_facts}, the activities marked
 * intergenerational for task 9 (V51__activities_intergenerational.sql): the only way another module's SQL reads this
 * module's tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "children", "audit", "kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.activities;
