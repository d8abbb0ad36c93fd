package nl.samenspel.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * A child's signals and Meldcode cases as the child's page shows them, to the SAFEGUARDING_OFFICER only: the one role
 * that sees every signal and case of the organisation. Nobody else gets them here, so the page says nothing about
 * signals a reader may not see: a signal's raiser and the colleagues on a case find theirs under /signals, and a
 * COORDINATOR sees that cases exist, not whose ({@link Meldcode#overview}). The lines carry no content (no facts, no
 * source, no entries); every signal and case shown is an audited read, as opening it is, under its own id, so that
 * it shows in its access history and not in the parents' read log of the child.
 */
@Service
@Transactional
public class ChildConcerns {

	/** How many signals, and how many cases, the page shows at most. */
	public static final int LIMIT = 10;

	private final SignalStore signals;
	private final CaseStore cases;
	private final AuditLog audit;

	ChildConcerns(SignalStore signals, CaseStore cases, AuditLog audit) {
		this.signals = signals;
		this.cases = cases;
		this.audit = audit;
	}

	/** A signal of the child, without its content. */
	public record SignalLine(UUID id, Instant raisedAt, Category category, Worry worry, @Nullable UUID caseId) {
	}

	/** A case of the child: where it stands and what comes next. */
	public record CaseLine(UUID id, CaseStatus status, int step, Instant openedAt, @Nullable LocalDate followUpOn,
			@Nullable Instant closedAt) {
	}

	/**
	 * The child's newest signals and cases, at most {@link #LIMIT} of each; {@code moreSignals} and {@code moreCases}
	 * say that there are older ones.
	 */
	public record Concerns(List<SignalLine> signals, boolean moreSignals, List<CaseLine> cases, boolean moreCases) {
	}

	/**
	 * The child's signals and cases for a SAFEGUARDING_OFFICER of the organisation; empty for anyone else. A child of
	 * another organisation has none.
	 */
	public Optional<Concerns> of(CurrentUser user, UUID childId) {
		if (!user.hasRole(Role.SAFEGUARDING_OFFICER)) {
			return Optional.empty();
		}
		var signalLines = signals.ofChild(user.organisationId(), childId, LIMIT + 1);
		var caseLines = cases.ofChild(user.organisationId(), childId, LIMIT + 1);
		var shownSignals = signalLines.stream().limit(LIMIT).toList();
		var shownCases = caseLines.stream().limit(LIMIT).toList();
		shownSignals.forEach(line -> audit.record(AuditAction.READ, "signal", line.id(), AuditResult.SUCCESS));
		shownCases.forEach(line -> audit.record(AuditAction.READ, "case", line.id(), AuditResult.SUCCESS));
		return Optional.of(new Concerns(shownSignals, signalLines.size() > LIMIT, shownCases, caseLines.size() > LIMIT));
	}
}
