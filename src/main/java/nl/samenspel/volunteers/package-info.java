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
 * {@code Assignments} assigns, confirms, cancels and marks absent, refusing a volunteer who is not cleared on the
 * session's date ({@link nl.samenspel.volunteers.Assignments#refusal}). {@code Roster} implements the activities
 * module's {@link nl.samenspel.activities.SessionVolunteers}: what a VOLUNTEER sees in the programme follows their
 * confirmed assignments, and only while they are cleared today. {@code FourEyes} implements
 * {@link nl.samenspel.activities.SessionNotices}: the four-eyes warning on activities' session pages. Sessions are read
 * through the Programme's Java API or activities' published view {@code activities_session_facts}. Publishes the view
 * {@code volunteers_assignment_facts} (V47__volunteers_staff_links.sql): who is assigned to which session, its state and
 * the absent flag, ids only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "children", "activities", "audit",
		"kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.volunteers;
