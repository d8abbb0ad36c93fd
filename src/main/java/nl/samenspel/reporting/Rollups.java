package nl.samenspel.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.samenspel.activities.AttendanceRegistered;
import nl.samenspel.activities.SessionChanged;
import nl.samenspel.activities.SessionHeld;

/**
 * Keeps the pre-aggregated report tables of V10__reporting_rollups.sql (as V15 changed them): additive figures per
 * organisation, month and neighbourhood ({@code report_month}, {@link MonthRollups}), and distinct children and
 * activities per month, quarter and year ({@code report_reach}, {@link ReachRollups}).
 *
 * <p>
 * Attendance events mark the organisation's month stale. They arrive through Spring Modulith's event publication
 * registry: after the publishing transaction has committed, on another thread, in a transaction of their own, and again
 * after a failure once the publication is resubmitted (at a restart, or by an operator). Marking is idempotent, so a
 * second delivery of the same event does no harm. A job rebuilds the stale months from the declared views, a whole
 * month at a time, so a rebuild costs one month of one organisation's rows and a report costs the number of
 * neighbourhoods and months. A mark is claimed (set aside, still counting as stale) before the month is read, so
 * attendance that commits during a rebuild marks the month again. Reports read a month from the rollups only while no
 * mark of any kind is on it.
 */
@Service
public class Rollups {

	private static final Logger log = LoggerFactory.getLogger(Rollups.class);

	/** Up to this many stale months, only the first presences of the children in them are worked out again. */
	static final int INCREMENTAL_MONTHS = 3;

	/** The organisation's sessions that took place (as {@code rs}). */
	static final String HELD_HERE = "rs.organisation_id = :organisation and " + Reports.HELD;

	/** The organisation's sessions that took place in a period: bound by {@link #inPeriod}. */
	static final String HELD_IN_PERIOD = HELD_HERE + " and rs.session_date between :from and :to";

	private final JdbcClient jdbc;
	private final MonthRollups months;
	private final ReachRollups reach;
	private final TransactionTemplate separate;
	private final TransactionTemplate transaction;
	private final boolean postgres;

	Rollups(JdbcClient jdbc, MonthRollups months, ReachRollups reach, PlatformTransactionManager transactions,
			javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		this.months = months;
		this.reach = reach;
		this.postgres = postgres(dataSource);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transaction = new TransactionTemplate(transactions);
	}

	@ApplicationModuleListener
	void on(AttendanceRegistered event) {
		mark(event.organisationId(), month(event.date()));
	}

	@ApplicationModuleListener
	void on(SessionHeld event) {
		mark(event.organisationId(), month(event.date()));
	}

	@ApplicationModuleListener
	void on(SessionChanged event) {
		mark(event.organisationId(), month(event.previousDate()));
		mark(event.organisationId(), month(event.date()));
	}

	/** Marks a month of an organisation stale, unless an unclaimed mark is already there: doing it twice is doing it once. */
	void mark(UUID organisationId, int month) {
		var marked = jdbc.sql("select count(*) from report_stale where organisation_id = :organisation and month_key = :month and claimed = false")
			.param("organisation", organisationId).param("month", month).query(Integer.class).single() > 0;
		if (!marked) {
			jdbc.sql("insert into report_stale (organisation_id, month_key, claimed) values (:organisation, :month, false) on conflict do nothing")
				.param("organisation", organisationId).param("month", month).update();
		}
	}

	/** Marks every month with a session that took place stale, for every organisation: a full rebuild. */
	public void markAll() {
		separate.executeWithoutResult(status -> jdbc.sql("""
				insert into report_stale (organisation_id, month_key, claimed)
				select distinct organisation_id, cast(extract(year from session_date) * 100 + extract(month from session_date) as integer), false
				from report_session s
				where held_at is not null
				  and not exists (select 1 from report_stale r where r.organisation_id = s.organisation_id and r.claimed = false
				    and r.month_key = cast(extract(year from s.session_date) * 100 + extract(month from s.session_date) as integer))""")
			.update());
	}

	@Scheduled(fixedDelayString = "${samenspel.reporting.refresh-delay:PT1M}",
			initialDelayString = "${samenspel.reporting.refresh-initial-delay:PT20S}")
	void scheduledRefresh() {
		var refreshed = refresh();
		if (refreshed.months() > 0) {
			log.info("Report rollups rebuilt: {} months of {} organisations in {} ms", refreshed.months(),
					refreshed.organisations(), refreshed.millis());
		}
	}

	/** What a refresh rebuilt. */
	public record Refreshed(int organisations, int months, long millis) {
	}

	/** Rebuilds every stale month, one organisation at a time; one refresh runs at a time on this node. */
	public synchronized Refreshed refresh() {
		var started = System.nanoTime();
		var stale = new LinkedHashMap<UUID, TreeSet<Integer>>();
		jdbc.sql("select organisation_id, month_key from report_stale order by organisation_id, month_key")
			.query(rs -> {
				stale.computeIfAbsent(rs.getObject(1, UUID.class), it -> new TreeSet<>()).add(rs.getInt(2));
			});
		int rebuilt = 0;
		for (var entry : stale.entrySet()) {
			var organisation = entry.getKey();
			var claimed = entry.getValue();
			separate.executeWithoutResult(status -> claim(organisation, claimed));
			transaction.executeWithoutResult(status -> rebuild(organisation, claimed));
			rebuilt += claimed.size();
		}
		if (postgres && rebuilt > INCREMENTAL_MONTHS * stale.size()) {
			// after a large rebuild (as after a migration) reports should not be planned against an empty table's
			// statistics, should autovacuum be slow or off
			jdbc.sql("analyze report_month").update();
			jdbc.sql("analyze report_reach").update();
		}
		return new Refreshed(stale.size(), rebuilt, (System.nanoTime() - started) / 1_000_000);
	}

	private void claim(UUID organisation, TreeSet<Integer> claimed) {
		for (var month : claimed) {
			jdbc.sql("insert into report_stale (organisation_id, month_key, claimed) values (:organisation, :month, true) on conflict do nothing")
				.param("organisation", organisation).param("month", month).update();
			jdbc.sql("delete from report_stale where organisation_id = :organisation and month_key = :month and claimed = false")
				.param("organisation", organisation).param("month", month).update();
		}
	}

	private void rebuild(UUID organisation, TreeSet<Integer> claimed) {
		var firstsMoved = reach.firsts(organisation, claimed);
		var periods = new LinkedHashSet<Period>();
		for (var month : claimed) {
			months.rebuild(organisation, month);
		}
		// a correction that moves a child's first presence changes who is new in the months it moved from and to,
		// which need not be stale themselves
		var reachMonths = new TreeSet<Integer>(claimed);
		reachMonths.addAll(firstsMoved);
		for (var month : reachMonths) {
			var yearMonth = YearMonth.of(month / 100, month % 100);
			periods.add(Period.month(yearMonth));
			periods.add(Period.quarter(yearMonth));
			periods.add(Period.year(yearMonth.getYear()));
		}
		for (var period : periods) {
			reach.rebuild(organisation, period);
		}
		for (var month : claimed) {
			jdbc.sql("delete from report_stale where organisation_id = :organisation and month_key = :month and claimed = true")
				.param("organisation", organisation).param("month", month).update();
		}
	}

	/** The parameters of {@link #HELD_IN_PERIOD}. */
	static Map<String, Object> inPeriod(UUID organisation, Period period) {
		return Map.of("organisation", organisation, "from", Date.valueOf(period.from()), "to", Date.valueOf(period.to()));
	}

	static boolean postgres(javax.sql.DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		}
		catch (java.sql.SQLException unknown) {
			return false;
		}
	}

	static int month(LocalDate date) {
		return date.getYear() * 100 + date.getMonthValue();
	}
	/** A month, quarter or year: its kind, its first month (yyyyMM) and its first and last day. */
	record Period(String kind, int start, LocalDate from, LocalDate to) {

		static Period month(YearMonth month) {
			return new Period("M", month.getYear() * 100 + month.getMonthValue(), month.atDay(1), month.atEndOfMonth());
		}

		static Period quarter(YearMonth month) {
			var first = YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
			return new Period("Q", first.getYear() * 100 + first.getMonthValue(), first.atDay(1),
					first.plusMonths(2).atEndOfMonth());
		}

		static Period year(int year) {
			return new Period("Y", year * 100 + 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}

		/** The month, quarter or year that is exactly this range of days, if there is one. */
		static @org.jspecify.annotations.Nullable Period exactly(LocalDate from, LocalDate to) {
			var month = YearMonth.from(from);
			for (var period : List.of(month(month), quarter(month), year(from.getYear()))) {
				if (period.from().equals(from) && period.to().equals(to)) {
					return period;
				}
			}
			return null;
		}
	}
}
