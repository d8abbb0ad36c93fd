package nl.samenspel.activities;

/**
 * Where a session stands, as the pages and the API show it: still planned, held (attendance or walk-ins registered),
 * or cancelled. {@link SessionStatus} is only the plan (planned or cancelled); whether it took place is its own fact.
 */
public enum SessionState {
	PLANNED, HELD, CANCELLED
}
