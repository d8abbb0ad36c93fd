package nl.samenspel.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.samenspel.reporting.Rollups.Period;

/**
 * The distinct figures of {@code report_reach}: children reached and new, and activities held, per organisation and
 * month, quarter or year, with each child's first presence at the organisation ({@code report_child_first}) to tell
 * who is new. {@link Rollups} decides which periods are built; this builds them.
 */
@Component
class ReachRollups {

	private static final int INCREMENTAL_CHILDREN = 20_000;

	private static final String FIRSTS = """
			insert into report_child_first (organisation_id, child_id, first_date)
			select rs.organisation_id, p.child_id, min(rs.session_date)
			from report_presence p join report_session rs on rs.session_id = p.session_id
			where\s""" + Rollups.HELD_HERE;

	private final JdbcClient jdbc;
	private final boolean postgres;

	ReachRollups(JdbcClient jdbc, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = Rollups.postgres(dataSource);
	}

	/**
	 * Each child's first presence at the organisation, for counting new children. After a few stale months (a day's
	 * attendance) only the children present in them, or first present in them, can have another first presence, so
	 * only theirs are worked out again; otherwise (as after the migration that introduced the rollups) everyone's.
	 * Returns the months (yyyyMM) a first presence moved from or to.
	 */
	java.util.Set<Integer> firsts(UUID organisation, TreeSet<Integer> months) {
		var moved = new TreeSet<Integer>();
		var children = new java.util.HashSet<UUID>();
		if (months.size() <= Rollups.INCREMENTAL_MONTHS) {
			for (var month : months) {
				var params = Rollups.inPeriod(organisation, Period.month(YearMonth.of(month / 100, month % 100)));
				children.addAll(jdbc.sql("select distinct p.child_id from report_presence p join report_session rs"
						+ " on rs.session_id = p.session_id where rs.organisation_id = :organisation"
						+ " and rs.session_date between :from and :to").params(params).query(UUID.class).list());
				children.addAll(jdbc.sql("select child_id from report_child_first where organisation_id = :organisation"
						+ " and first_date between :from and :to").params(params).query(UUID.class).list());
			}
		}
		if (months.size() > Rollups.INCREMENTAL_MONTHS || children.size() > INCREMENTAL_CHILDREN) {
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
				moved.add(Rollups.month(date));
			}
		});
		after.forEach((child, date) -> {
			if (!date.equals(before.get(child))) {
				moved.add(Rollups.month(date));
			}
		});
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
	void rebuild(UUID organisation, Period period) {
		jdbc.sql("delete from report_reach where organisation_id = :organisation and period_kind = :kind and period = :period")
			.param("organisation", organisation).param("kind", period.kind()).param("period", period.start()).update();
		var params = Rollups.inPeriod(organisation, period);
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
				where\s""" + Rollups.HELD_IN_PERIOD + """
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
				where\s""" + Rollups.HELD_IN_PERIOD)
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
}
