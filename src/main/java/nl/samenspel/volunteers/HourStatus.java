package nl.samenspel.volunteers;

/**
 * SUBMITTED: typed by the volunteer, waiting for the coordinator; APPROVED: counts in the hours and the statement;
 * REJECTED: does not count, with the coordinator's reason (the volunteer may correct it, which submits it again).
 */
public enum HourStatus {
	SUBMITTED, APPROVED, REJECTED;

	/** The message key that names it: {@code volunteers.hours.status.<name>}. */
	public String messageKey() {
		return "volunteers.hours.status." + name();
	}
}
