package nl.samenspel.reporting;

/**
 * A figure a report can hold, counted over the sessions that took place (attendance or walk-ins were registered) in
 * the period, at the neighbourhood of the session's location. More figures follow (issue 6).
 */
public enum Figure {
	/** Sessions that took place. */
	SESSIONS_HELD(true),
	/** Hours of activity in those sessions. */
	ACTIVITY_HOURS(true),
	/** Times a registered child was present. */
	PARTICIPATIONS(true),
	/** Registered children present at least once; not the sum of its parts (a child can come in two places). */
	UNIQUE_CHILDREN(false),
	/**
	 * Registered children whose first presence ever (in the report's scope) falls in the period, counted where that
	 * first session was; not the sum of its parts (a first day can have two sessions in two places).
	 */
	NEW_CHILDREN(false),
	/** Children who came without being registered. */
	WALK_INS(true);

	private final boolean additive;

	Figure(boolean additive) {
		this.additive = additive;
	}

	/** Whether the total is the sum of the parts. */
	public boolean additive() {
		return additive;
	}
}
