package nl.samenspel.signals;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ErasureHold;
import nl.samenspel.kernel.DutchTime;

/**
 * How long signals and cases are kept, and the follow-up reminders. A closed case is kept for the retention period
 * (twenty years by default, the youth-care norm) and holds its child's record against the children module's erasure
 * until then; an open case always does, and so does a signal not yet in a case, for the same period from the day it was
 * raised. After it, the daily job removes the case with its entries, members and signals. The reminder job mails the
 * safeguarding officers on a case's follow-up day: that a case needs follow-up, with a link,
 * never what it is about. Each case is claimed with an update first, so with several nodes one sends it.
 */
@Component
class CaseKeeping implements ErasureHold {

	private static final Logger log = LoggerFactory.getLogger(CaseKeeping.class);

	private final CaseStore cases;
	private final CaseEntries entries;
	private final SignalStore signals;
	private final OfficerMail mail;
	private final AuditLog audit;
	private final Clock clock;
	private final Period retention;

	CaseKeeping(CaseStore cases, CaseEntries entries, SignalStore signals, OfficerMail mail, AuditLog audit, Clock clock,
			@Value("${samenspel.signals.retention:P20Y}") Period retention) {
		this.cases = cases;
		this.entries = entries;
		this.signals = signals;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.retention = retention;
	}

	private Instant keptSince() {
		return clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
	}

	@Override
	public boolean holds(UUID childId) {
		var kept = keptSince();
		return cases.anyOpenOrClosedSince(childId, kept) || signals.anyOutsideACase(childId, kept);
	}

	/** Removes what has been kept long enough; returns how many cases and loose signals went. */
	@Scheduled(cron = "${samenspel.signals.retention-cron:0 45 3 * * *}")
	@Transactional
	public int[] removeExpired() {
		var kept = keptSince();
		var expired = cases.closedBefore(kept);
		for (var id : expired) {
			entries.deleteOf(id);
			signals.deleteInCase(id);
			cases.delete(id);
			audit.record(AuditLog.Actor.anonymous("retention"), AuditAction.ERASED, "case", id, AuditResult.SUCCESS);
		}
		var loose = signals.deleteOutsideACaseRaisedBefore(kept);
		if (!expired.isEmpty() || loose > 0) {
			log.info("Retention: removed {} closed cases and {} signals outside a case", expired.size(), loose);
		}
		return new int[] { expired.size(), loose };
	}

	/** Sends today's follow-up reminders; returns how many cases were reminded. */
	@Scheduled(cron = "${samenspel.signals.reminder-cron:0 0 7 * * *}")
	public int remind() {
		var today = DutchTime.today(clock);
		int sent = 0;
		for (var due : cases.dueForReminder(today)) {
			if (cases.claimReminder(due.id(), today)) {
				mail.tell(due.organisationId(), "mail.caseFollowUp", "/cases/" + due.id());
				sent++;
			}
		}
		return sent;
	}
}
