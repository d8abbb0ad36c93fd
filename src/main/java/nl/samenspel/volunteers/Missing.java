package nl.samenspel.volunteers;

/** What keeps a volunteer from working at a session with children on a given day. */
public enum Missing {
	/** Not (or no longer) an active volunteer. */
	NOT_ACTIVE,
	/** No VOG was recorded. */
	NO_VOG,
	/** The VOG recorded is issued after the day (recorded ahead) or its renewal was due on or before the day. */
	VOG_NOT_VALID,
	/** No code of conduct signed on or before the day. */
	NO_CODE_OF_CONDUCT;

	/** The message key that names it for a person: {@code volunteers.missing.<name>}. */
	public String messageKey() {
		return "volunteers.missing." + name();
	}
}
