package nl.samenspel.reporting;

/**
 * A figure a report can hold, counted over the sessions that took place (attendance or walk-ins were registered) in
 * the period, at the neighbourhood of the session's location. A new figure is a constant here, a column in the
 * rollup (V10__reporting_rollups.sql) if it is additive, its counting in {@link Reports} and {@link Rollups}, two
 * message keys and a line in the hand-worked fixture of FigureTests.
 */
public enum Figure {
	/** Sessions that took place. */
	SESSIONS_HELD(Kind.SUM),
	/** Hours of activity in those sessions. */
	ACTIVITY_HOURS(Kind.HOURS),
	/** Times a registered child was present. */
	PARTICIPATIONS(Kind.SUM),
	/** Registered children present at least once; not the sum of its parts (a child can come in two places). */
	UNIQUE_CHILDREN(Kind.DISTINCT),
	/**
	 * Registered children whose first presence ever at the organisation falls in the period, counted where that first
	 * session was; not the sum of its parts (a first day can have two sessions in two places).
	 */
	NEW_CHILDREN(Kind.DISTINCT),
	/** Children who came without being registered. */
	WALK_INS(Kind.SUM),
	/** Activities with at least one session that took place; not the sum of its parts. */
	ACTIVITIES_HELD(Kind.DISTINCT),
	/** Hours worked at those sessions by staff who are not volunteers: each person the length of the session. */
	STAFF_HOURS(Kind.HOURS),
	/** Hours worked at those sessions by volunteers. */
	VOLUNTEER_HOURS(Kind.HOURS);

	/** How the parts of a figure make its total. */
	public enum Kind {
		/** The total is the sum of the parts. */
		SUM,
		/**
		 * Hours with one decimal, held as tenths of an hour (each cell rounded half up from its minutes); the total is
		 * the sum of the rows as shown, so the rows add up to it.
		 */
		HOURS,
		/** A count of distinct things, counted again for the total. */
		DISTINCT
	}

	private final Kind kind;

	Figure(Kind kind) {
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

	/**
	 * Whether the figure counts persons (children, their presences, walk-ins): a municipality sees it perturbed by the
	 * cell key method. Sessions, hours and activities identify nobody and are shown as they are.
	 */
	public boolean persons() {
		return this == PARTICIPATIONS || this == UNIQUE_CHILDREN || this == NEW_CHILDREN || this == WALK_INS;
	}

	/** Whether the total is the sum of the parts. */
	public boolean additive() {
		return kind != Kind.DISTINCT;
	}
}
