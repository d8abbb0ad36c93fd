package nl.samenspel.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A signal, opened, for someone who may read it. */
public record Signal(UUID id, UUID childId, String childName, UUID raisedBy, String raisedByName, Instant raisedAt,
		LocalDate observedOn, Category category, Worry worry, String facts, @Nullable String source,
		@Nullable UUID caseId) {
}
