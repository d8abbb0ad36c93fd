package nl.samenspel.activities.web;

/** The route rules the programme's JSON controllers share. */
final class ApiAccess {

	/** Who plans the programme and enrols children. */
	static final String PLANNERS = "hasAnyRole('COORDINATOR', 'WORKER')";

	/** Who takes attendance at the door; a VOLUNTEER only at the sessions they work at (the services check that). */
	static final String AT_THE_DOOR = "hasAnyRole('COORDINATOR', 'WORKER', 'VOLUNTEER')";

	private ApiAccess() {
	}
}
