package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * VOG renewals: the organisation's active volunteers whose renewal is due within {@link #AHEAD_DAYS} days or overdue,
 * soonest first (the coordinator's list and home), and the daily notices ({@link RenewalMail}).
 */
@Service
@Transactional(readOnly = true)
public class Renewals {

	/** How many days ahead a renewal is listed and noticed. */
	public static final int AHEAD_DAYS = 60;

	/** The most renewals a list shows. */
	public static final int LIST_LIMIT = 500;

	private final RenewalStore store;
	private final Clock clock;

	Renewals(RenewalStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public List<RenewalDue> due(CurrentUser user) {
		return due(user, LIST_LIMIT);
	}

	public List<RenewalDue> due(CurrentUser user, int limit) {
		var today = DutchTime.today(clock);
		return store.due(coordinator(user), today, until(today), limit).stream().map(it -> RenewalDue.of(it, today))
			.toList();
	}

	public int dueCount(CurrentUser user) {
		var today = DutchTime.today(clock);
		return store.dueCount(coordinator(user), today, until(today));
	}

	/** The last renewal due date that is listed on the day: 60 days ahead. */
	static LocalDate until(LocalDate today) {
		return today.plusDays(AHEAD_DAYS);
	}

	private static java.util.UUID coordinator(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new NotFound();
		}
		return user.organisationId();
	}
}
