package nl.samenspel.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.ui.CurrentUser;
import nl.samenspel.ui.FieldRejected;
import nl.samenspel.ui.NotFound;
import nl.samenspel.ui.Role;

/**
 * Figures per neighbourhood for a period, computed from the declared report views (V9__reporting.sql). A COORDINATOR
 * sees their own organisation's figures as they are; a MUNICIPALITY user sees their own municipality's, across every
 * organisation working there, and only after small-cell suppression. Another municipality is not found.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	static final int MAX_YEARS = 5;

	private final JdbcClient jdbc;

	Reports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The municipality a MUNICIPALITY user reports on, if an ADMIN set one. */
	public @Nullable String municipalityOf(CurrentUser user) {
		return jdbc.sql("select municipality_code from municipality_account where app_user_id = :user").param("user", user.id())
			.query(String.class).optional().orElse(null);
	}

	/** Rows per neighbourhood of the session's location, or per calendar month. */
	public enum Breakdown {
		NEIGHBOURHOOD, MONTH
	}

	public FigureTable figures(CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipalityCode) {
		return figures(user, from, to, municipalityCode, Breakdown.NEIGHBOURHOOD);
	}

	/**
	 * The figures for a period, per neighbourhood or per month. A month row's key is its year and month as yyyyMM, and
	 * its name is empty: the page writes it in the reader's language.
	 */
	public FigureTable figures(CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipalityCode,
			Breakdown breakdown) {
		if (to.isBefore(from)) {
			throw new FieldRejected("to", "report.error.endBeforeStart");
		}
		if (from.plusYears(MAX_YEARS).isBefore(to)) {
			throw new FieldRejected("to", "report.error.tooLong");
		}
		var scope = new StringBuilder("rs.held_at is not null and rs.status = 'PLANNED'");
		var params = new HashMap<String, Object>();
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		boolean suppressed;
		String code = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.strip();
		if (user.hasRole(Role.COORDINATOR)) {
			scope.append(" and rs.organisation_id = :organisation");
			params.put("organisation", user.organisationId());
			if (code != null) {
				var own = jdbc.sql("select count(*) from municipality where organisation_id = :organisation and code = :code")
					.param("organisation", user.organisationId()).param("code", code).query(Integer.class).single() > 0;
				if (!own) {
					throw new FieldRejected("municipality", "report.error.municipality");
				}
			}
			suppressed = false;
		}
		else if (user.hasRole(Role.MUNICIPALITY)) {
			var own = municipalityOf(user);
			if (own == null || (code != null && !code.equals(own))) {
				throw new NotFound();
			}
			code = own;
			suppressed = true;
		}
		else {
			throw new AccessDeniedException("coordinators and municipalities");
		}
		if (code != null) {
			scope.append(" and rs.municipality_code = :municipality");
			params.put("municipality", code);
		}
		var everWhere = scope.toString();
		var where = everWhere + " and rs.session_date between :from and :to";

		var key = breakdown == Breakdown.MONTH
				? "cast(extract(year from rs.session_date) * 100 + extract(month from rs.session_date) as integer)"
				: "coalesce(rs.neighbourhood_code, '')";
		var name = breakdown == Breakdown.MONTH ? "''" : "max(coalesce(rs.neighbourhood_name, ''))";
		var names = new LinkedHashMap<String, String>();
		var values = new HashMap<String, Map<Figure, Long>>();
		jdbc.sql("select " + key + " as code, " + name + " as name, count(*),"
				+ " coalesce(sum(rs.duration_minutes), 0) from report_session rs where " + where
				+ " group by " + key + " order by 1")
			.params(params)
			.query(rs -> {
				var neighbourhood = rs.getString(1);
				names.put(neighbourhood, rs.getString(2));
				var row = values.computeIfAbsent(neighbourhood, it -> new EnumMap<>(Figure.class));
				row.put(Figure.SESSIONS_HELD, rs.getLong(3));
				row.put(Figure.ACTIVITY_HOURS, Math.round(rs.getLong(4) / 60.0));
			});
		jdbc.sql("select " + key + ", count(*), count(distinct p.child_id) from report_presence p"
				+ " join report_session rs on rs.session_id = p.session_id where " + where
				+ " group by " + key)
			.params(params)
			.query(rs -> {
				var row = values.computeIfAbsent(rs.getString(1), it -> new EnumMap<>(Figure.class));
				row.put(Figure.PARTICIPATIONS, rs.getLong(2));
				row.put(Figure.UNIQUE_CHILDREN, rs.getLong(3));
			});
		jdbc.sql("select " + key + ", coalesce(sum(w.visitors), 0) from report_walk_in w"
				+ " join report_session rs on rs.session_id = w.session_id where " + where
				+ " group by " + key)
			.params(params)
			.query(rs -> {
				values.computeIfAbsent(rs.getString(1), it -> new EnumMap<>(Figure.class)).put(Figure.WALK_INS, rs.getLong(2));
			});
		// new children: their first presence ever, in this scope, falls in the period; counted where it was
		var firsts = "with firsts as (select p.child_id, min(rs.session_date) as first_date from report_presence p"
				+ " join report_session rs on rs.session_id = p.session_id where " + everWhere
				+ " group by p.child_id) ";
		jdbc.sql(firsts + "select " + key + ", count(distinct p.child_id) from report_presence p"
				+ " join report_session rs on rs.session_id = p.session_id"
				+ " join firsts f on f.child_id = p.child_id and f.first_date = rs.session_date where " + where
				+ " group by " + key)
			.params(params)
			.query(rs -> {
				values.computeIfAbsent(rs.getString(1), it -> new EnumMap<>(Figure.class)).put(Figure.NEW_CHILDREN, rs.getLong(2));
			});
		var newChildren = jdbc.sql(firsts + "select count(*) from firsts where first_date between :from and :to")
			.params(params).query(Long.class).single();
		var minutes = jdbc.sql("select coalesce(sum(rs.duration_minutes), 0) from report_session rs where " + where)
			.params(params).query(Long.class).single();
		var uniqueChildren = jdbc.sql("select count(distinct p.child_id) from report_presence p join report_session rs"
				+ " on rs.session_id = p.session_id where " + where)
			.params(params).query(Long.class).single();

		var codes = new ArrayList<>(names.keySet());
		var figures = List.of(Figure.values());
		var cells = new HashMap<String, Map<Figure, @Nullable Long>>();
		codes.forEach(it -> cells.put(it, new EnumMap<>(Figure.class)));
		var totals = new EnumMap<Figure, @Nullable Long>(Figure.class);
		for (var figure : figures) {
			var column = codes.stream().mapToLong(it -> values.getOrDefault(it, Map.of()).getOrDefault(figure, 0L)).toArray();
			long total = switch (figure) {
				case UNIQUE_CHILDREN -> uniqueChildren;
				case NEW_CHILDREN -> newChildren;
				case ACTIVITY_HOURS -> Math.round(minutes / 60.0);
				default -> java.util.Arrays.stream(column).sum();
			};
			if (suppressed) {
				var table = Suppression.list(column);
				for (int i = 0; i < codes.size(); i++) {
					cells.get(codes.get(i)).put(figure, table.cell(0, i));
				}
				totals.put(figure, figure.additive() && figure != Figure.ACTIVITY_HOURS ? table.total()
						: Suppression.small(total) ? null : total);
			}
			else {
				for (int i = 0; i < codes.size(); i++) {
					cells.get(codes.get(i)).put(figure, column[i]);
				}
				totals.put(figure, total);
			}
		}
		var rows = codes.stream().map(it -> new FigureTable.Row(it, names.get(it), cells.get(it))).toList();
		return new FigureTable(from, to, code, suppressed, figures, rows, totals, breakdown == Breakdown.MONTH);
	}

}
