package nl.samenspel.volunteers;

/** What a volunteer's hours outside the sessions were for. */
public enum HourKind {
	TRAINING, PREPARATION, OTHER;

	/** The message key that names it: {@code volunteers.hours.kind.<name>}. */
	public String messageKey() {
		return "volunteers.hours.kind." + name();
	}
}
