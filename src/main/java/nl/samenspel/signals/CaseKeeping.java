package nl.samenspel.signals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ErasureHold;

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

	private final JdbcClient jdbc;
	private final OfficerMail mail;
	private final AuditLog audit;
	private final Clock clock;
	private final Period retention;

	CaseKeeping(JdbcClient jdbc, OfficerMail mail, AuditLog audit, Clock clock,
			@Value("${samenspel.signals.retention:P20Y}") Period retention) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.retention = retention;
	}

	private Timestamp keptSince() {
		return Timestamp.from(clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant());
	}

	@Override
	public boolean holds(UUID childId) {
		var kept = keptSince();
		return jdbc.sql("""
				select count(*) from concern_case where child_id = :child and (status = 'OPEN' or closed_at >= :kept)""")
			.param("child", childId).param("kept", kept).query(Integer.class).single() > 0
				|| jdbc.sql("select count(*) from signal where child_id = :child and case_id is null and raised_at >= :kept")
					.param("child", childId).param("kept", kept).query(Integer.class).single() > 0;
	}

	/** Removes what has been kept long enough; returns how many cases and loose signals went. */
	@Scheduled(cron = "${samenspel.signals.retention-cron:0 45 3 * * *}")
	@Transactional
	public int[] removeExpired() {
		var kept = keptSince();
		var cases = jdbc.sql("select id from concern_case where status = 'CLOSED' and closed_at < :kept").param("kept", kept)
			.query(UUID.class).list();
		for (var id : cases) {
			jdbc.sql("delete from case_entry where case_id = :id").param("id", id).update();
			jdbc.sql("delete from case_member where case_id = :id").param("id", id).update();
			jdbc.sql("delete from signal where case_id = :id").param("id", id).update();
			jdbc.sql("delete from concern_case where id = :id").param("id", id).update();
			audit.record(AuditLog.Actor.anonymous("retention"), AuditAction.ERASED, "case", id, AuditResult.SUCCESS);
		}
		var loose = jdbc.sql("delete from signal where case_id is null and raised_at < :kept").param("kept", kept).update();
		if (!cases.isEmpty() || loose > 0) {
			log.info("Retention: removed {} closed cases and {} signals outside a case", cases.size(), loose);
		}
		return new int[] { cases.size(), loose };
	}

	/** Sends today's follow-up reminders; returns how many cases were reminded. */
	@Scheduled(cron = "${samenspel.signals.reminder-cron:0 0 7 * * *}")
	public int remind() {
		var today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
		var due = jdbc.sql("""
				select id, organisation_id from concern_case where status = 'OPEN' and follow_up_on <= :today
				and (reminded_on is null or reminded_on < follow_up_on)""")
			.param("today", java.sql.Date.valueOf(today))
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.list();
		int sent = 0;
		for (var row : due) {
			var claimed = jdbc.sql("""
					update concern_case set reminded_on = :today where id = :id
					and (reminded_on is null or reminded_on < follow_up_on)""")
				.param("today", java.sql.Date.valueOf(today)).param("id", row[0]).update();
			if (claimed == 1) {
				mail.tell(row[1], "mail.caseFollowUp", "/cases/" + row[0]);
				sent++;
			}
		}
		return sent;
	}
}
