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
 * The record (docs/volunteers.md, "Volunteer record and VOG"): {@link nl.samenspel.volunteers.Volunteers} registers,
 * edits, searches and deactivates ({@code find}, {@code ofUser}, {@code all} for other modules);
 * {@link nl.samenspel.volunteers.VolunteerAccounts} links or invites the VOLUNTEER account;
 * {@link nl.samenspel.volunteers.VolunteerScreening} records the VOG seen and the code of conduct signed;
 * {@link nl.samenspel.volunteers.VolunteerPolicies} keeps the organisation's policy ({@code volunteer_policy}: renewal
 * years, code version, Regeling Gratis VOG, confidential contact). Listens to {@code organisation.UserDeactivated}
 * ({@code DepartedVolunteers}: the linked record becomes inactive).
 * <p>
 * Recruitment ({@link nl.samenspel.volunteers.Recruitment}): the public form's applications
 * ({@code volunteer_application}, with their dated steps) take an applicant to ACTIVE; publishes
 * {@link nl.samenspel.volunteers.VolunteerApplied}, which its own {@code RecruitmentMail} hears. VOG renewals
 * ({@link nl.samenspel.volunteers.Renewals}) are listed 60 days ahead and noticed once per due date by the daily
 * {@code RenewalMail}. Whether the organisation has the free VOG is its volunteer policy's answer.
 * <p>
 * Hours ({@link nl.samenspel.volunteers.VolunteerHours}, {@link nl.samenspel.volunteers.HourEntries}): the sessions a
 * volunteer worked at (a CONFIRMED assignment, not absent, at a session that took place), read through the activities
 * module's published views {@code activities_session_facts} and {@code activities_activity_facts}, and hours typed by
 * hand ({@code volunteer_hour_entry}: training, preparation, other) that count once a coordinator approved them; the
 * yearly statement is a PDF. The SQL is in {@code HoursStore}.
 * <p>
 * Availability, open shifts and the calendar feed: {@link nl.samenspel.volunteers.Availabilities} (weekly slots and
 * periods away), {@link nl.samenspel.volunteers.OpenShifts} (sessions of activities with volunteers wanted, sign-up),
 * {@link nl.samenspel.volunteers.MyShifts} (a volunteer's shifts, cancelling) and
 * {@link nl.samenspel.volunteers.VolunteerFeeds} (a secret iCalendar feed per volunteer); SQL in
 * {@code AvailabilityStore}, {@code ShiftStore} and {@code FeedStore}, which read sessions through activities' published
 * view {@code activities_session_facts} and its Java API. Publishes
 * {@link nl.samenspel.volunteers.VolunteerCancelled} (ids and dates); its own {@code CoordinatorMail} listens and
 * mails the coordinators.
 * <p>
 * Generations (task 9): {@link nl.samenspel.volunteers.BuddyPairs} keeps buddy pairs (buurtmaatjes): a volunteer or a
 * resident who is not a volunteer, with a child (only with the guardian's consent {@code BUDDY}, read through
 * {@link nl.samenspel.children.ChildManagement#allows}) or a group, their meetings and how they ended; its SQL is in
 * {@code BuddyPairStore}. Listens to {@link nl.samenspel.children.ConsentWithdrawn}: a withdrawn {@code BUDDY} ends the
 * child's running pairs ({@code BuddyConsent}, idempotent). Publishes the views {@code volunteers_buddy_pair_facts},
 * {@code volunteers_buddy_meeting_facts} and {@code volunteers_group_relation_facts} for reporting's continuity
 * measures (V52__volunteers_buddy_pairs.sql): ids, dates, enums and record keys, never a name or a note.
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
