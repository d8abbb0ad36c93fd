package nl.samenspel.audit;

/**
 * What happened. Security events first, then reads and changes of data; modules add their own as they need them.
 */
public enum AuditAction {

	LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT,
	PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET,
	USER_INVITED, USER_ACTIVATED, USER_DEACTIVATED, USER_REACTIVATED, ROLES_CHANGED,
	/** A role that opens signals or health data, asked by one ADMIN and decided by another. */
	ROLE_GRANT_REQUESTED, ROLE_GRANT_APPROVED, ROLE_GRANT_REJECTED,
	TOKEN_CREATED, TOKEN_REVOKED,
	SESSION_ENDED,
	ACCESS_REVIEWED,
	/** Two-factor login: enrolment, each code checked at login, recovery codes, removal and an ADMIN's reset. */
	SECOND_FACTOR_ENROLLED, SECOND_FACTOR_PASSED, SECOND_FACTOR_FAILED, SECOND_FACTOR_REMOVED, SECOND_FACTOR_RESET,
	/** An ADMIN changed whether every staff member of the organisation must have a second factor. */
	SECOND_FACTOR_POLICY_CHANGED,
	RECOVERY_CODE_USED, RECOVERY_CODES_RENEWED,
	/** A request the security filter chain refused a signed-in user (the route, never its content). */
	REQUEST,
	/** A read of personal or sensitive data: the modules that hold children's records and signals write these. */
	READ,
	CREATED, UPDATED, DEACTIVATED, IMPORTED,
	/** A record handed out whole, for an access request. */
	EXPORTED,
	/** Two records of the same person made one. */
	MERGED,
	/** Personal data removed on request or after the retention period; anonymous statistics kept. */
	ERASED;

	public String messageKey() {
		return "audit.action." + name();
	}
}
