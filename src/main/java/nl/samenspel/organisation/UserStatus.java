package nl.samenspel.organisation;

/** Where a user account stands: invited (no password yet), active, or deactivated by an ADMIN. */
public enum UserStatus {
	INVITED, ACTIVE, DEACTIVATED
}
