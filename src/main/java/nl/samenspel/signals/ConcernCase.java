package nl.samenspel.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A Meldcode case, opened, for someone who may read it: its steps so far, its signals and its members. */
public record ConcernCase(UUID id, UUID childId, String childName, CaseStatus status, int step,
		@Nullable Boolean reportRequired, @Nullable Boolean helpPossible, @Nullable LocalDate reportedOn,
		@Nullable LocalDate followUpOn, Instant openedAt, @Nullable Instant closedAt, @Nullable ClosedBecause closedBecause,
		List<Entry> entries, List<Signal> signals, List<Member> members, Weighing.Outcome weighing,
		@Nullable Integer nextQuestion) {

	/** One thing recorded in a step, with who recorded it and when. */
	public record Entry(UUID id, int step, EntryKind kind, @Nullable Integer question, @Nullable Boolean answer,
			@Nullable Hypothesis hypothesis, @Nullable String content, @Nullable String reference, String recordedBy,
			Instant recordedAt) {
	}

	public record Member(UUID userId, String name) {
	}

	public List<Entry> entries(int step) {
		return entries.stream().filter(entry -> entry.step() == step).toList();
	}

	public boolean open() {
		return status == CaseStatus.OPEN;
	}

	public boolean has(EntryKind kind) {
		return entries.stream().anyMatch(entry -> entry.kind() == kind);
	}
}
