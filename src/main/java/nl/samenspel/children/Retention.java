package nl.samenspel.children;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.FieldRejected;

/**
 * Data are kept no longer than needed (AVG): a child with no activity for the retention period (default 24 months)
 * is listed for review; coordinators see the list and keep a record by touching it. When the review period (default
 * 30 days) has passed without activity, the record is anonymised, unless an {@link ErasureHold} holds it. Runs every
 * night; running it twice, or on two nodes, does no harm.
 */
@Component
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final ChildStore store;
	private final Children children;
	private final ChildPrivacy privacy;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Period retention;
	private final Period review;

	Retention(ChildStore store, Children children, ChildPrivacy privacy, AuditLog audit,
			TransactionTemplate transactions, Clock clock,
			@Value("${samenspel.children.retention:P24M}") Period retention,
			@Value("${samenspel.children.review-period:P30D}") Period review) {
		this.store = store;
		this.children = children;
		this.privacy = privacy;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.retention = retention;
		this.review = review;
	}

	/** The outcome of one run: how many records were newly listed for review, and how many were anonymised. */
	public record Outcome(int listed, int anonymised) {
	}

	@Scheduled(cron = "${samenspel.children.retention-cron:0 30 3 * * *}")
	void nightly() {
		var outcome = run();
		log.info("Retention: {} records listed for review, {} anonymised", outcome.listed(), outcome.anonymised());
	}

	public Outcome run() {
		var now = Instant.now(clock);
		var stale = now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
		var listed = store.listForReview(now, stale);
		var due = store.dueForErasure(stale, now.atOffset(ZoneOffset.UTC).minus(review).toInstant());
		int anonymised = 0;
		for (var id : due) {
			try {
				transactions.executeWithoutResult(status -> children.findById(id).ifPresent(privacy::erase));
				audit.record(AuditLog.Actor.anonymous("retention"), AuditAction.ERASED, "child", id, AuditResult.SUCCESS);
				anonymised++;
			}
			catch (FieldRejected held) {
				log.debug("Retention: child {} is held", id);
			}
		}
		return new Outcome(listed, anonymised);
	}
}
