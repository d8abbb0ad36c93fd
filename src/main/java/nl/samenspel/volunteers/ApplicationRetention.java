package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.samenspel.kernel.DutchTime;

/**
 * What the public form promises: the data of someone who did not become a volunteer (an application closed as
 * REJECTED or WITHDRAWN) are deleted {@link #KEPT_DAYS} days after it was closed: its steps, the application, and the
 * applicant's record when it is still the INACTIVE applicant's own (no account, nothing else refers to it). Each
 * application in its own transaction; one that cannot go (a row elsewhere still refers to the record) is logged and
 * tried again the next night.
 */
@Component
class ApplicationRetention {

	private static final Logger log = LoggerFactory.getLogger(ApplicationRetention.class);

	/** Four weeks, as for the data of rejected job applicants. */
	static final int KEPT_DAYS = 28;

	private final RecruitmentStore store;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ApplicationRetention(RecruitmentStore store, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Deletes the applications closed without activation before the day {@link #KEPT_DAYS} ago; returns how many. */
	@Scheduled(cron = "${samenspel.volunteers.retention-cron:0 50 3 * * *}")
	public int forgetClosedApplications() {
		return forgetClosedBefore(DutchTime.today(clock).minusDays(KEPT_DAYS));
	}

	int forgetClosedBefore(LocalDate day) {
		int forgotten = 0;
		for (UUID id : store.closedWithoutActivationBefore(day)) {
			try {
				transactions.executeWithoutResult(status -> store.forget(id));
				forgotten++;
			}
			catch (DataAccessException stillReferred) {
				log.warn("Application {} could not be deleted yet: {}", id, stillReferred.getClass().getSimpleName());
			}
		}
		return forgotten;
	}
}
