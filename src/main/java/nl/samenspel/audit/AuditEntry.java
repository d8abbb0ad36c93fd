package nl.samenspel.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log, as it was written. No personal data: only ids, names of types and actions.
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable UUID organisationId, @Nullable UUID userId,
		@Nullable String username, @Nullable String roles, AuditAction action, @Nullable String objectType,
		@Nullable String objectId, AuditResult result, @Nullable String originAddress) {
}
