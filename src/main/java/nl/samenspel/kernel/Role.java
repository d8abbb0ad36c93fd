package nl.samenspel.kernel;

/**
 * The roles of ARCHITECTURE.md. A user has one or more; what each may see is decided per module.
 */
public enum Role {

	ADMIN, COORDINATOR, WORKER, SAFEGUARDING_OFFICER, VOLUNTEER, PARENT, CHILD, PARTNER, MUNICIPALITY;

	/**
	 * The organisation's staff who work with children's files, signals and referrals: coordinators, kinderwerkers and
	 * the aandachtsfunctionaris. The one definition of the group; {@link #STAFF_RULE} is the same as a route rule.
	 */
	public static final java.util.Set<Role> STAFF = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(COORDINATOR, WORKER, SAFEGUARDING_OFFICER));

	/** {@link #STAFF} as the rule of a route ({@code @PreAuthorize}); RoleTests holds the two together. */
	public static final String STAFF_RULE = "hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')";

	/** {@link #STAFF} as an array, for {@code CurrentUser.hasAnyRole}. */
	public static Role[] staff() {
		return STAFF.toArray(Role[]::new);
	}

	/** The authority Spring Security checks, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's name in the interface. */
	public String messageKey() {
		return "role." + name();
	}
}
