package nl.samenspel.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** That a case exists, and where it stands: what a COORDINATOR sees of a case they are not on. */
public record CaseSummary(UUID id, CaseStatus status, int step, Instant openedAt, @Nullable LocalDate followUpOn,
		@Nullable ClosedBecause closedBecause) {
}
