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
 * Generations (task 9): {@link nl.samenspel.volunteers.BuddyPairs} keeps buddy pairs (buurtmaatjes): a volunteer or a
 * resident who is not a volunteer, with a child (only with the guardian's consent {@code BUDDY}, read through
 * {@link nl.samenspel.children.ChildManagement#allows}) or a group, their meetings and how they ended; its SQL is in
 * {@code BuddyPairStore}. Listens to {@link nl.samenspel.children.ConsentWithdrawn}: a withdrawn {@code BUDDY} ends the
 * child's running pairs ({@code BuddyConsent}, idempotent). Publishes the views {@code volunteers_buddy_pair_facts},
 * {@code volunteers_buddy_meeting_facts} and {@code volunteers_group_relation_facts} for reporting's continuity
 * measures (V52__volunteers_buddy_pairs.sql): ids, dates, enums and record keys, never a name or a note.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "children", "activities", "audit",
		"kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.volunteers;
