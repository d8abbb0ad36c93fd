package nl.samenspel.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.samenspel.activities.AttendanceRegistered;
import nl.samenspel.activities.SessionChanged;
import nl.samenspel.activities.SessionHeld;
import nl.samenspel.kernel.AfterCommit;

/**
 * Keeps the pre-aggregated report tables of V10__reporting_rollups.sql (as V15 changed them): additive figures per
 * organisation, month and neighbourhood ({@code report_month}), and distinct children and activities per month,
 * quarter and year ({@code report_reach}).
 *
 * <p>
 * Attendance events mark the organisation's month stale, once their transaction has committed; a job rebuilds the
 * stale months from the declared views, a whole month at a time, so a rebuild costs one month of one organisation's
 * rows and a report costs the number of neighbourhoods and months. A mark is claimed (set aside, still counting as
 * stale) before the month is read, so attendance that commits during a rebuild marks the month again. Reports read a
 * month from the rollups only while no mark of any kind is on it.
 */
@Service
public class Rollups {

	private static final Logger log = LoggerFactory.getLogger(Rollups.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate separate;
	private final TransactionTemplate transaction;
	private final boolean postgres;

	Rollups(JdbcClient jdbc, PlatformTransactionManager transactions, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = postgres(dataSource);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener
	void on(AttendanceRegistered event) {
		markAfterCommit(event.organisationId(), event.date());
	}

	@EventListener
	void on(SessionHeld event) {
		markAfterCommit(event.organisationId(), event.date());
	}

	@EventListener
	void on(SessionChanged event) {
		markAfterCommit(event.organisationId(), event.previousDate());
		markAfterCommit(event.organisationId(), event.date());
	}

	private void markAfterCommit(UUID organisationId, LocalDate date) {
		AfterCommit.run(() -> separate.executeWithoutResult(status -> mark(organisationId, month(date))));
	}

	/** Marks a month of an organisation stale, unless an unclaimed mark is already there. */
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
				from activity_session s
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
		int months = 0;
		for (var entry : stale.entrySet()) {
			var organisation = entry.getKey();
			var claimed = entry.getValue();
			separate.executeWithoutResult(status -> claim(organisation, claimed));
			transaction.executeWithoutResult(status -> rebuild(organisation, claimed));
			months += claimed.size();
		}
		if (postgres && months > INCREMENTAL_MONTHS * stale.size()) {
			// after a large rebuild (as after a migration) reports should not be planned against an empty table's
			// statistics, should autovacuum be slow or off
			jdbc.sql("analyze report_month").update();
			jdbc.sql("analyze report_reach").update();
		}
		return new Refreshed(stale.size(), months, (System.nanoTime() - started) / 1_000_000);
	}

	private void claim(UUID organisation, TreeSet<Integer> months) {
		for (var month : months) {
			jdbc.sql("insert into report_stale (organisation_id, month_key, claimed) values (:organisation, :month, true) on conflict do nothing")
				.param("organisation", organisation).param("month", month).update();
			jdbc.sql("delete from report_stale where organisation_id = :organisation and month_key = :month and claimed = false")
				.param("organisation", organisation).param("month", month).update();
		}
	}

	private void rebuild(UUID organisation, TreeSet<Integer> months) {
		var firstsMoved = firsts(organisation, months);
		var periods = new LinkedHashSet<Period>();
		for (var month : months) {
			monthFigures(organisation, month);
		}
		// a correction that moves a child's first presence changes who is new in the months it moved from and to,
		// which need not be stale themselves
		var reachMonths = new TreeSet<Integer>(months);
		reachMonths.addAll(firstsMoved);
		for (var month : reachMonths) {
			var yearMonth = YearMonth.of(month / 100, month % 100);
			periods.add(Period.month(yearMonth));
			periods.add(Period.quarter(yearMonth));
			periods.add(Period.year(yearMonth.getYear()));
		}
		for (var period : periods) {
			reach(organisation, period);
		}
		for (var month : months) {
			jdbc.sql("delete from report_stale where organisation_id = :organisation and month_key = :month and claimed = true")
				.param("organisation", organisation).param("month", month).update();
		}
	}

	/** Up to this many stale months, only the first presences of the children in them are worked out again. */
	private static final int INCREMENTAL_MONTHS = 3;

	private static final int INCREMENTAL_CHILDREN = 20_000;

	/** The organisation's sessions that took place (as {@code rs}). */
	private static final String HELD_HERE = "rs.organisation_id = :organisation and " + Reports.HELD;

	/** The organisation's sessions that took place in a period: bound by {@link #inPeriod}. */
	private static final String HELD_IN_PERIOD = HELD_HERE + " and rs.session_date between :from and :to";

	private static final String FIRSTS = """
			insert into report_child_first (organisation_id, child_id, first_date)
			select rs.organisation_id, p.child_id, min(rs.session_date)
			from report_presence p join report_session rs on rs.session_id = p.session_id
			where\s""" + HELD_HERE;

	private static Map<String, Object> inPeriod(UUID organisation, Period period) {
		return Map.of("organisation", organisation, "from", Date.valueOf(period.from()), "to", Date.valueOf(period.to()));
	}

	/**
	 * Each child's first presence at the organisation, for counting new children. After a few stale months (a day's
	 * attendance) only the children present in them, or first present in them, can have another first presence, so
	 * only theirs are worked out again; otherwise (as after the migration that introduced the rollups) everyone's.
	 * Returns the months (yyyyMM) a first presence moved from or to.
	 */
	private java.util.Set<Integer> firsts(UUID organisation, TreeSet<Integer> months) {
		var moved = new TreeSet<Integer>();
		var children = new java.util.HashSet<UUID>();
		if (months.size() <= INCREMENTAL_MONTHS) {
			for (var month : months) {
				var params = inPeriod(organisation, Period.month(YearMonth.of(month / 100, month % 100)));
				children.addAll(jdbc.sql("select distinct p.child_id from report_presence p join report_session rs"
						+ " on rs.session_id = p.session_id where rs.organisation_id = :organisation"
						+ " and rs.session_date between :from and :to").params(params).query(UUID.class).list());
				children.addAll(jdbc.sql("select child_id from report_child_first where organisation_id = :organisation"
						+ " and first_date between :from and :to").params(params).query(UUID.class).list());
			}
		}
		if (months.size() > INCREMENTAL_MONTHS || children.size() > INCREMENTAL_CHILDREN) {
			var before = firstDates(organisation, null);
			jdbc.sql("delete from report_child_first where organisation_id = :organisation").param("organisation", organisation)
				.update();
			jdbc.sql(FIRSTS + " group by rs.organisation_id, p.child_id").param("organisation", organisation).update();
			movedMonths(before, firstDates(organisation, null), moved);
			if (postgres) {
				// the reach queries join these firsts: with the statistics of an empty table (as after the migration
				// that introduced the rollups) PostgreSQL would look every child's attendance up one by one
				jdbc.sql("analyze report_child_first").update();
			}
			return moved;
		}
		var list = new ArrayList<>(children);
		for (int i = 0; i < list.size(); i += 1000) {
			var chunk = list.subList(i, Math.min(list.size(), i + 1000));
			var before = firstDates(organisation, chunk);
			jdbc.sql("delete from report_child_first where organisation_id = :organisation and child_id in (:children)")
				.param("organisation", organisation).param("children", chunk).update();
			jdbc.sql(FIRSTS + " and p.child_id in (:children) group by rs.organisation_id, p.child_id")
				.param("organisation", organisation).param("children", chunk).update();
			movedMonths(before, firstDates(organisation, chunk), moved);
		}
		return moved;
	}

	/** The first presences of these children (of all the organisation's when none are given). */
	private Map<UUID, LocalDate> firstDates(UUID organisation, @org.jspecify.annotations.Nullable List<UUID> children) {
		var dates = new java.util.HashMap<UUID, LocalDate>();
		var sql = "select child_id, first_date from report_child_first where organisation_id = :organisation"
				+ (children == null ? "" : " and child_id in (:children)");
		var query = jdbc.sql(sql).param("organisation", organisation);
		if (children != null) {
			query = query.param("children", children);
		}
		query.query(rs -> {
			dates.put(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate());
		});
		return dates;
	}

	private static void movedMonths(Map<UUID, LocalDate> before, Map<UUID, LocalDate> after, java.util.Set<Integer> moved) {
		before.forEach((child, date) -> {
			if (!date.equals(after.get(child))) {
				moved.add(month(date));
			}
		});
		after.forEach((child, date) -> {
			if (!date.equals(before.get(child))) {
				moved.add(month(date));
			}
		});
	}

	private void monthFigures(UUID organisation, int month) {
		var yearMonth = YearMonth.of(month / 100, month % 100);
		jdbc.sql("delete from report_month where organisation_id = :organisation and month_key = :month")
			.param("organisation", organisation).param("month", month).update();
		var rows = new LinkedHashMap<String, long[]>();
		var names = new LinkedHashMap<String, String[]>();
		var group = " group by coalesce(rs.neighbourhood_code, '')";
		var params = inPeriod(organisation, Period.month(yearMonth));
		jdbc.sql("select coalesce(rs.neighbourhood_code, ''), max(coalesce(rs.neighbourhood_name, '')),"
				+ " max(coalesce(rs.municipality_code, '')), count(*), sum(rs.duration_minutes) from report_session rs where "
				+ HELD_IN_PERIOD + group)
			.params(params)
			.query(rs -> {
				names.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
				var row = rows.computeIfAbsent(rs.getString(1), it -> new long[8]);
				row[0] = rs.getLong(4);
				row[1] = rs.getLong(5);
			});
		jdbc.sql("select coalesce(rs.neighbourhood_code, ''), count(*), coalesce(sum(p.record_key), 0) from report_presence p"
				+ " join report_session rs on rs.session_id = p.session_id where " + HELD_IN_PERIOD + group)
			.params(params)
			.query(rs -> {
				var row = rows.computeIfAbsent(rs.getString(1), it -> new long[8]);
				row[2] = rs.getLong(2);
				row[6] = rs.getLong(3);
			});
		jdbc.sql("select coalesce(rs.neighbourhood_code, ''), coalesce(sum(w.visitors), 0), coalesce(sum(w.record_key), 0)"
				+ " from report_walk_in w join report_session rs on rs.session_id = w.session_id where " + HELD_IN_PERIOD + group)
			.params(params)
			.query(rs -> {
				var row = rows.computeIfAbsent(rs.getString(1), it -> new long[8]);
				row[3] = rs.getLong(2);
				row[7] = rs.getLong(3);
			});
		jdbc.sql("select coalesce(rs.neighbourhood_code, ''),"
				+ " coalesce(sum(case when st.volunteer then 0 else rs.duration_minutes end), 0),"
				+ " coalesce(sum(case when st.volunteer then rs.duration_minutes else 0 end), 0) from report_session_staff st"
				+ " join report_session rs on rs.session_id = st.session_id where " + HELD_IN_PERIOD + group)
			.params(params)
			.query(rs -> {
				var row = rows.computeIfAbsent(rs.getString(1), it -> new long[8]);
				row[4] = rs.getLong(2);
				row[5] = rs.getLong(3);
			});
		var batch = new ArrayList<Object[]>();
		rows.forEach((key, row) -> {
			var name = names.getOrDefault(key, new String[] { "", "" });
			batch.add(new Object[] { organisation, month, key, name[0], name[1], row[0], row[1], row[2], row[3], row[4],
					row[5], row[6], row[7] });
		});
		for (var values : batch) {
			jdbc.sql("""
					insert into report_month (organisation_id, month_key, neighbourhood_code, neighbourhood_name,
					  municipality_code, sessions_held, minutes, participations, walk_ins, staff_minutes, volunteer_minutes,
					  participations_key, walk_ins_key)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(values).update();
		}
	}

	/** The children counted in one cell of the reach table, those of them new in it, and the activities held in it. */
	private static final class Reached {

		final String name;
		final java.util.Set<UUID> children = new java.util.HashSet<>();
		final java.util.Set<UUID> fresh = new java.util.HashSet<>();
		final java.util.Set<UUID> activities = new java.util.HashSet<>();
		/** The sums of the record keys of the children and of the new children (each child once). */
		long childrenKey;
		long freshKey;

		Reached(String name) {
			this.name = name;
		}

		void add(UUID child, long key, boolean isNew) {
			if (children.add(child)) {
				childrenKey += key;
			}
			if (isNew && fresh.add(child)) {
				freshKey += key;
			}
		}
	}

	/**
	 * The distinct children reached and new in a period, for the whole organisation, per municipality, per session
	 * neighbourhood and per home neighbourhood: one pass over the period's presence, the distinct counting in memory
	 * (a child appears once per neighbourhood and home, so a year of a large organisation is some ten thousand rows).
	 */
	private void reach(UUID organisation, Period period) {
		jdbc.sql("delete from report_reach where organisation_id = :organisation and period_kind = :kind and period = :period")
			.param("organisation", organisation).param("kind", period.kind()).param("period", period.start()).update();
		var params = inPeriod(organisation, period);
		var cells = new LinkedHashMap<List<String>, Reached>();
		var all = List.of("ALL", "*", "");
		cells.put(all, new Reached(""));
		jdbc.sql("""
				select p.child_id, coalesce(rs.municipality_code, ''), coalesce(rs.neighbourhood_code, ''),
				  max(coalesce(rs.neighbourhood_name, '')), coalesce(p.home_code, ''),
				  max(case when rs.session_date = f.first_date then 1 else 0 end), max(p.child_key)
				from report_presence_home p
				join report_session rs on rs.session_id = p.session_id
				join report_child_first f on f.organisation_id = rs.organisation_id and f.child_id = p.child_id
				where\s""" + HELD_IN_PERIOD + """
				\sgroup by p.child_id, coalesce(rs.municipality_code, ''), coalesce(rs.neighbourhood_code, ''),
				  coalesce(p.home_code, '')""")
			.params(params)
			.query(rs -> {
				var child = rs.getObject(1, UUID.class);
				var municipality = rs.getString(2);
				var home = rs.getString(5);
				var name = rs.getString(4);
				var isNew = rs.getInt(6) == 1;
				var key = rs.getLong(7);
				cells.get(all).add(child, key, isNew);
				cells.computeIfAbsent(List.of("ALL", municipality, ""), it -> new Reached("")).add(child, key, isNew);
				cells.computeIfAbsent(List.of("NEIGHBOURHOOD", municipality, rs.getString(3)), it -> new Reached(name))
					.add(child, key, isNew);
				var homeMunicipality = home.isEmpty() ? "" : "GM" + home.substring(Math.min(2, home.length()), Math.min(6, home.length()));
				cells.computeIfAbsent(List.of("HOME", homeMunicipality, home), it -> new Reached("")).add(child, key, isNew);
			});
		// the activities held: from the sessions, since a session may have had walk-ins only
		jdbc.sql("""
				select distinct rs.activity_id, coalesce(rs.municipality_code, ''), coalesce(rs.neighbourhood_code, ''),
				  coalesce(rs.neighbourhood_name, '')
				from report_session rs
				where\s""" + HELD_IN_PERIOD)
			.params(params)
			.query(rs -> {
				var activity = rs.getObject(1, UUID.class);
				var municipality = rs.getString(2);
				var name = rs.getString(4);
				cells.get(all).activities.add(activity);
				cells.computeIfAbsent(List.of("ALL", municipality, ""), it -> new Reached("")).activities.add(activity);
				cells.computeIfAbsent(List.of("NEIGHBOURHOOD", municipality, rs.getString(3)), it -> new Reached(name))
					.activities.add(activity);
			});
		var rows = new ArrayList<Object[]>();
		cells.forEach((key, cell) -> rows.add(new Object[] { organisation, period.kind(), period.start(), key.get(0), key.get(1),
				key.get(2), cell.name, cell.children.size(), cell.fresh.size(), cell.activities.size(), cell.childrenKey,
				cell.freshKey }));
		for (var values : rows) {
			jdbc.sql("insert into report_reach (organisation_id, period_kind, period, dimension, municipality_code, code, name,"
					+ " unique_children, new_children, activities_held, unique_children_key, new_children_key)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(values).update();
		}
	}

	private static boolean postgres(javax.sql.DataSource dataSource) {
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
