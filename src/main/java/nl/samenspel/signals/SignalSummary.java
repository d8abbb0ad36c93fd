package nl.samenspel.signals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A line of a list of signals: no facts, no source. */
public record SignalSummary(UUID id, UUID childId, String childName, Instant raisedAt, Category category, Worry worry,
		@Nullable UUID caseId) {
}
