package nl.samenspel.ui;

/**
 * The roles of ARCHITECTURE.md. A user has one or more; what each may see is decided per module.
 */
public enum Role {

	ADMIN, COORDINATOR, WORKER, SAFEGUARDING_OFFICER, VOLUNTEER, PARENT, CHILD, PARTNER, MUNICIPALITY;

	/** The authority Spring Security checks, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's name in the interface. */
	public String messageKey() {
		return "role." + name();
	}
}
