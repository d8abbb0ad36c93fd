package nl.samenspel.volunteers;

/**
 * Where a volunteer stands with the safety rule today, for the list's filter: CLEARED may work at sessions with
 * children ({@link Volunteer#clearedOn}); RENEWAL_DUE is cleared but the VOG is due for renewal within
 * {@link #RENEWAL_NOTICE_DAYS} days; MISSING lacks something ({@link Volunteer#missingOn}).
 */
public enum ScreeningState {
	CLEARED, RENEWAL_DUE, MISSING;

	/** How many days before its renewal date a VOG shows as due (the 60 days). */
	public static final int RENEWAL_NOTICE_DAYS = 60;
}
