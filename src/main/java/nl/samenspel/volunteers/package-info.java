/**
 * Volunteers (issue 19, task 9): the screened adults who work at sessions, and the lasting bonds between generations.
 * <p>
 * A {@link nl.samenspel.volunteers.Volunteer} is a person of the organisation with contact details, what they bring,
 * an age band (never a birth date), the code of conduct they signed and the VOG that was seen (issue date, screening
 * profile, who checked it and when, the renewal date; never a scan). {@link nl.samenspel.volunteers.Volunteer#missingOn}
 * is the safety rule every assignment passes: active, a valid VOG and a signed code of conduct on the day. A VOLUNTEER
 * user account is linked to at most one volunteer record. The SQL is in {@code VolunteerStore}.
 * <p>
 * Assignments ({@code volunteer_assignment}) put a volunteer on a session of the activities module: REQUESTED (signed
 * up for an open shift), CONFIRMED or CANCELLED. Per activity ({@code volunteer_activity_rule}) the four-eyes rule
 * (at least two screened adults per session) and whether sign-ups confirm themselves.
 * <p>
 * Availability, open shifts and the calendar feed: {@link nl.samenspel.volunteers.Availabilities} (weekly slots and
 * periods away), {@link nl.samenspel.volunteers.OpenShifts} (sessions of activities with volunteers wanted, sign-up),
 * {@link nl.samenspel.volunteers.MyShifts} (a volunteer's shifts, cancelling) and
 * {@link nl.samenspel.volunteers.VolunteerFeeds} (a secret iCalendar feed per volunteer); SQL in
 * {@code AvailabilityStore}, {@code ShiftStore} and {@code FeedStore}, which read sessions through activities' published
 * view {@code activities_session_facts} and its Java API. Publishes
 * {@link nl.samenspel.volunteers.VolunteerCancelled} (ids and dates); its own {@code CoordinatorMail} listens and
 * mails the coordinators.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "children", "activities", "audit",
		"kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.volunteers;
