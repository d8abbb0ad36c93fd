/**
 * Children's participation (tasks 6 and 7, the Lundy model's space, voice, audience and influence). This slice:
 * ideas in rounds, votes (APPROVAL or DOTS, one ballot per child per round) and 'you said, we did' (every idea's
 * status with its history, and the activity it became). {@link nl.samenspel.participation.Rounds},
 * {@link nl.samenspel.participation.Ideas} and {@link nl.samenspel.participation.Ballots} are the API, for the staff
 * pages now and for the kiosk and the child pages later; the SQL is in {@code IdeaStore}. Reads children through
 * {@link nl.samenspel.children.ChildManagement} and activities through {@link nl.samenspel.activities.Programme}.
 * Publishes no events and no views yet; listens to none.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "children", "activities", "audit",
		"kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.participation;
