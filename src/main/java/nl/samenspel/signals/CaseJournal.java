package nl.samenspel.signals;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;

/**
 * What is written into a case, for every step alike: each entry with who and when, its text sealed with the entry's
 * id and the change audited; the case moved on to the step just recorded; and the case closed.
 */
@Component
class CaseJournal {

	private final CaseStore cases;
	private final CaseEntries entries;
	private final Encryption encryption;
	private final AuditLog audit;
	private final Clock clock;

	CaseJournal(CaseStore cases, CaseEntries entries, Encryption encryption, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.entries = entries;
		this.encryption = encryption;
		this.audit = audit;
		this.clock = clock;
	}

	void record(CurrentUser user, UUID caseId, EntryKind kind, @Nullable String content) {
		record(user, caseId, kind, null, null, null, content, null);
	}

	void record(CurrentUser user, UUID caseId, EntryKind kind, @Nullable Integer question, @Nullable Boolean answer,
			@Nullable Hypothesis hypothesis, @Nullable String content, @Nullable String reference) {
		var id = UUID.randomUUID();
		entries.insert(new CaseEntries.Row(id, caseId, kind, question, answer, hypothesis, encryption.seal(content, id),
				encryption.seal(reference, id), user.id(), clock.instant()));
		audit.record(AuditAction.UPDATED, "case", caseId, AuditResult.SUCCESS);
	}

	/** The afwegingskader's answers so far, question 1 first. */
	List<Boolean> answers(UUID caseId) {
		return entries.answers(caseId);
	}

	/** Refuses a step while the step before it ({@code done}) has nothing recorded. */
	void requireStep(UUID caseId, int done, String field) {
		if (entries.kinds(caseId).stream().noneMatch(kind -> kind.step() == done)) {
			throw new FieldRejected(field, "meldcode.error.step" + done + "First");
		}
	}

	void advance(CaseState state, int step) {
		if (state.movesOnTo(step)) {
			cases.moveTo(state.id(), step);
		}
	}

	void close(CaseState state, ClosedBecause because) {
		cases.closed(state.id(), clock.instant(), because);
	}
}
