package nl.samenspel.volunteers;

/** Why a buddy pair ended. CONSENT_WITHDRAWN is set when the guardian withdraws the consent BUDDY. */
public enum BuddyEndReason {
	MOVED, LOST_INTEREST, CHILD_TOO_OLD, VOLUNTEER_STOPPED, CONSENT_WITHDRAWN, GOAL_REACHED, OTHER;

	/** The message key that names it for a person: {@code volunteers.buddies.reason.<name>}. */
	public String messageKey() {
		return "volunteers.buddies.reason." + name();
	}
}
