package nl.samenspel.activities;

import java.time.LocalDate;
import java.util.UUID;

/** Attendance of a session was registered or corrected: the session's totals as they stand now. */
public record AttendanceRegistered(UUID organisationId, UUID activityId, UUID sessionId, LocalDate date, int present,
		int absent, int walkIns) {
}
