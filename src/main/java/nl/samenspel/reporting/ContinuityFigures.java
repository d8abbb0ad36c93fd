package nl.samenspel.reporting;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;

/**
 * Continuity for task 9 (issue 19): how long buddy pairs and volunteers' relations with groups last, how many meetings
 * the pairs logged, which pairs ended and why, and what the intergenerational activities reached. Read from
 * reporting's declared views over what volunteers and activities publish ({@code V53__reporting_continuity.sql}: ids,
 * dates, enums and record keys), with the arithmetic in {@link Continuity}.
 *
 * <p>Who sees what is {@link ReportScope}'s, as for {@link ParticipationFigures}: a COORDINATOR their own organisation's
 * figures as they are; a MUNICIPALITY user their own municipality's, across organisations, for a fixed calendar period
 * only, every count of persons (pairs, relations, children, presences, meetings) perturbed by its own cell key
 * ({@link CellKey}). A median is shown to a municipality only when the count it is taken over is shown as
 * {@link ParticipationFigures#MEDIAN_FROM} or more and the count that lasted a year is shown too (see {@link #medianShown}), and a share
 * or a per-pair figure is worked out from the published counts, so it tells nothing they do not.
 */
@Service
@Transactional(readOnly = true)
public class ContinuityFigures {

	/** The reasons a pair can end with (volunteers' BuddyEndReason, read as text), in the order they are listed. */
	static final List<String> REASONS = List.of("MOVED", "LOST_INTEREST", "CHILD_TOO_OLD", "VOLUNTEER_STOPPED",
			"CONSENT_WITHDRAWN", "GOAL_REACHED", "OTHER");

	private final JdbcClient jdbc;
	private final ReportScope scopes;
	private final Clock clock;

	ContinuityFigures(JdbcClient jdbc, ReportScope scopes, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.clock = clock;
	}

	/**
	 * The figures for a period (whole Dutch days), with the same checks as {@link ParticipationFigures#figures}: an end
	 * before the start or a period over five years is a rejected field, a municipality user only gets a fixed period.
	 */
	public ContinuityTables figures(CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipalityCode) {
		var scope = scopes.of(user, from, to, municipalityCode);
		var today = DutchTime.today(clock);
		var measuredOn = to.isAfter(today) ? today : to;
		var params = new HashMap<>(scope.params());
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		params.put("measured", Date.valueOf(measuredOn));
		var future = from.isAfter(measuredOn);
		return new ContinuityTables(from, to, measuredOn, scope.municipalityCode(), scope.suppressed(),
				pairs(scope, params, from, measuredOn, future), relations(scope, params, from, measuredOn, future),
				intergenerational(scope, params));
	}

	/** The condition on a view's organisation and municipality columns. */
	private static String whose(ReportScope.Scope scope, String alias) {
		var where = new StringBuilder("1 = 1");
		if (scope.organisationId() != null) {
			where.append(" and ").append(alias).append(".organisation_id = :organisation");
		}
		if (scope.municipalityCode() != null) {
			where.append(" and ").append(alias).append(".municipality_code = :municipality");
		}
		return where.toString();
	}

	private ContinuityTables.Pairs pairs(ReportScope.Scope scope, Map<String, Object> params, LocalDate from,
			LocalDate measuredOn, boolean future) {
		var running = CellKey.Cell.EMPTY;
		var withChild = CellKey.Cell.EMPTY;
		var started = CellKey.Cell.EMPTY;
		var ended = CellKey.Cell.EMPTY;
		var lasted = CellKey.Cell.EMPTY;
		var reasons = new HashMap<String, CellKey.Cell>();
		var durations = new ArrayList<Long>();
		var ran = "p.started_on <= :measured and (p.ended_on is null or p.ended_on >= :from) and " + whose(scope, "p");
		if (!future) {
			var rows = jdbc.sql("select p.started_on, p.ended_on, p.end_reason, p.record_key, p.with_child"
					+ " from report_buddy_pair p where " + ran)
				.params(params)
				.query((rs, n) -> new PairRow(rs.getDate(1).toLocalDate(),
						rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getString(3), rs.getLong(4),
						rs.getInt(5) == 1))
				.list();
			for (var row : rows) {
				var cell = new CellKey.Cell(1, row.key());
				running = running.plus(cell);
				if (row.withChild()) {
					withChild = withChild.plus(cell);
				}
				if (!row.startedOn().isBefore(from)) {
					started = started.plus(cell);
				}
				var endedInPeriod = row.endedOn() != null && !row.endedOn().isAfter(measuredOn);
				var last = endedInPeriod ? row.endedOn() : measuredOn;
				if (endedInPeriod) {
					ended = ended.plus(cell);
					reasons.merge(String.valueOf(row.reason()), cell, CellKey.Cell::plus);
				}
				durations.add(Continuity.days(row.startedOn(), last));
				if (Continuity.lastedAYear(row.startedOn(), last)) {
					lasted = lasted.plus(cell);
				}
			}
		}
		var meetings = CellKey.Cell.EMPTY;
		if (!future) {
			var counted = jdbc.sql("select count(*), coalesce(sum(m.record_key), 0) from report_buddy_meeting m"
					+ " join report_buddy_pair p on p.pair_id = m.pair_id where m.met_on <= :measured and " + ran)
				.params(params)
				.query((rs, n) -> new CellKey.Cell(rs.getLong(1), rs.getLong(2)))
				.single();
			meetings = counted;
		}
		var suppressed = scope.suppressed();
		var shownRunning = shown(running, suppressed);
		var shownLasted = shown(lasted, suppressed);
		var shownMeetings = shown(meetings, suppressed);
		var endReasons = new ArrayList<ContinuityTables.Reason>();
		for (var reason : REASONS) {
			endReasons.add(new ContinuityTables.Reason(reason, shown(reasons.getOrDefault(reason, CellKey.Cell.EMPTY), suppressed)));
		}
		return new ContinuityTables.Pairs(shownRunning, shown(withChild, suppressed), shown(started, suppressed),
				shown(ended, suppressed), List.copyOf(endReasons),
				durations.isEmpty() || !medianShown(shownRunning, shownLasted, suppressed) ? null
						: Continuity.medianMonths(durations),
				shownLasted,
				Continuity.percent(shownLasted, shownRunning), shownMeetings, Continuity.per(shownMeetings, shownRunning));
	}

	private record PairRow(LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable String reason, long key,
			boolean withChild) {
	}

	private ContinuityTables.Relations relations(ReportScope.Scope scope, Map<String, Object> params, LocalDate from,
			LocalDate measuredOn, boolean future) {
		var relations = CellKey.Cell.EMPTY;
		var lasted = CellKey.Cell.EMPTY;
		var durations = new ArrayList<Long>();
		if (!future) {
			var rows = jdbc.sql("select min(g.session_date), max(g.session_date), g.record_key from report_group_relation g"
					+ " where g.session_date <= :measured and " + whose(scope, "g")
					+ " group by g.organisation_id, g.volunteer_id, g.activity_id, g.record_key"
					+ " having max(g.session_date) >= :from")
				.params(params)
				.query((rs, n) -> new RelationRow(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getLong(3)))
				.list();
			for (var row : rows) {
				var cell = new CellKey.Cell(1, row.key());
				relations = relations.plus(cell);
				durations.add(Continuity.days(row.first(), row.last()));
				if (Continuity.lastedAYear(row.first(), row.last())) {
					lasted = lasted.plus(cell);
				}
			}
		}
		var suppressed = scope.suppressed();
		var shownRelations = shown(relations, suppressed);
		var shownLasted = shown(lasted, suppressed);
		return new ContinuityTables.Relations(shownRelations,
				durations.isEmpty() || !medianShown(shownRelations, shownLasted, suppressed) ? null
						: Continuity.medianMonths(durations),
				shownLasted,
				Continuity.percent(shownLasted, shownRelations));
	}

	/** A volunteer's relation with a group: the first and the last session, and the volunteer's record key. */
	private record RelationRow(LocalDate first, LocalDate last, long key) {
	}

	private ContinuityTables.Intergenerational intergenerational(ReportScope.Scope scope, Map<String, Object> params) {
		var held = " from report_session rs join report_intergenerational_activity i on i.activity_id = rs.activity_id"
				+ " where rs.held_at is not null and rs.status = 'PLANNED' and rs.session_date >= :from"
				+ " and rs.session_date <= :to and " + whose(scope, "rs");
		var sessions = jdbc.sql("select count(*), count(distinct rs.activity_id)" + held)
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		var presences = jdbc.sql("select count(*), coalesce(sum(p.record_key), 0) from report_presence p"
				+ " join report_session rs on rs.session_id = p.session_id"
				+ " join report_intergenerational_activity i on i.activity_id = rs.activity_id"
				+ " where rs.held_at is not null and rs.status = 'PLANNED' and rs.session_date >= :from"
				+ " and rs.session_date <= :to and " + whose(scope, "rs"))
			.params(params)
			.query((rs, n) -> new CellKey.Cell(rs.getLong(1), rs.getLong(2)))
			.single();
		var children = jdbc.sql("select count(*), coalesce(sum(x.child_key), 0) from (select distinct p.child_id, p.child_key"
				+ " from report_presence p join report_session rs on rs.session_id = p.session_id"
				+ " join report_intergenerational_activity i on i.activity_id = rs.activity_id"
				+ " where rs.held_at is not null and rs.status = 'PLANNED' and rs.session_date >= :from"
				+ " and rs.session_date <= :to and " + whose(scope, "rs") + ") x")
			.params(params)
			.query((rs, n) -> new CellKey.Cell(rs.getLong(1), rs.getLong(2)))
			.single();
		return new ContinuityTables.Intergenerational(sessions[1], sessions[0], shown(children, scope.suppressed()),
				shown(presences, scope.suppressed()));
	}

	/**
	 * Whether a median goes with the counts as shown: the participation figures' rule ({@link
	 * ParticipationFigures#medianShown}). A median of a year or more (366 days and up always reach the anniversary) says
	 * that at least half of the pairs or relations lasted a year, one below 365 days that at most half did. Beside
	 * perturbed counts that can give a hidden one back: 6 pairs shown, so at most 9, and a median of 7.1 months leave at
	 * most 4 that lasted a year, and a shown 5 is at least 4 (1 to 3 are never moved), so the 5 was a 4
	 * (ContinuityDifferencingTests). So a municipality sees a median only when the count under it is shown as
	 * {@link ParticipationFigures#MEDIAN_FROM} or more and the count that lasted a year is shown too.
	 */
	private static boolean medianShown(@Nullable Long count, @Nullable Long lasted, boolean suppressed) {
		return ParticipationFigures.medianShown(count, lasted, suppressed);
	}

	/** A count as the reader gets it: as it is, or for a municipality perturbed by its cell key (null: "<5"). */
	private static @Nullable Long shown(CellKey.Cell cell, boolean suppressed) {
		return suppressed ? CellKey.publish(cell) : Long.valueOf(cell.count());
	}
}
