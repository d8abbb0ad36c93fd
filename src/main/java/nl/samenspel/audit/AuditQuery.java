package nl.samenspel.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A search of one organisation's audit log: by user name, object type and id, action and a period of days (UTC).
 */
public record AuditQuery(@Nullable String username, @Nullable String objectType, @Nullable String objectId,
		@Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}
}
