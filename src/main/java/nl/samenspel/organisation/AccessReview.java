package nl.samenspel.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;

/**
 * A yearly access review an ADMIN signed off: who reviewed, when, their note, and every user of the organisation with
 * their roles, status and last login as they were at that moment ({@link Entry}, empty in a list of past reviews).
 */
public record AccessReview(UUID id, UUID organisationId, UUID reviewerId, String reviewerName, Instant reviewedAt,
		String note, List<Entry> entries) {

	/** How often the review is due: a year after the last one. */
	public LocalDate nextDue() {
		return reviewedAt.atZone(DutchTime.ZONE).toLocalDate().plusYears(1);
	}

	/** One user as the review saw them. */
	public record Entry(UUID userId, String username, String displayName, Set<Role> roles, UserStatus status,
			@Nullable Instant lastLoginAt) {
	}
}
