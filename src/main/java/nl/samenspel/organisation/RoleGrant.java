package nl.samenspel.organisation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.Role;

/**
 * A request by one ADMIN to give a user roles that open signals or health data ({@link #NEED_TO_KNOW}) or ADMIN
 * ({@link #SECOND_ADMIN}); it takes effect only when another ADMIN of the organisation approves it, never the one who
 * asked nor the user concerned.
 */
public record RoleGrant(UUID id, UUID organisationId, UUID userId, Set<Role> roles, Status status, UUID requestedBy,
		Instant requestedAt, @Nullable UUID decidedBy, @Nullable Instant decidedAt) {

	/**
	 * The roles that open special-category data, so no ADMIN can give them alone (the one place this is decided):
	 * SAFEGUARDING_OFFICER reads every signal; COORDINATOR and WORKER read children's health information
	 * ({@code children.ChildSafety.maySeeHealth}), and a WORKER the signals shared with them. A VOLUNTEER sees health
	 * information only of the sessions a COORDINATOR assigned them to, so that role stays immediate.
	 */
	public static final Set<Role> NEED_TO_KNOW = Collections
		.unmodifiableSet(EnumSet.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER));

	/**
	 * The roles no ADMIN gives alone, to an existing user or in an invitation: need to know, and ADMIN itself (an ADMIN
	 * hands out every role, so one who could make another ADMIN alone could give need to know through them).
	 */
	public static final Set<Role> SECOND_ADMIN = Collections.unmodifiableSet(EnumSet.of(Role.ADMIN, Role.COORDINATOR,
			Role.WORKER, Role.SAFEGUARDING_OFFICER));

	public enum Status {
		PENDING, APPROVED, REJECTED
	}

	public boolean pending() {
		return status == Status.PENDING;
	}

	/** Whether this ADMIN may approve it: anyone but the one who asked and the user it is for. */
	public boolean approvableBy(UUID admin) {
		return pending() && !admin.equals(requestedBy) && !admin.equals(userId);
	}
}
