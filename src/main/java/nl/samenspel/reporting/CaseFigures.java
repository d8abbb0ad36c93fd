package nl.samenspel.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;

/**
 * Signals raised, Meldcode cases opened and referrals made in a period, counted from the declared views of
 * V11__reporting_cases.sql, by the municipality of the child's home neighbourhood. A COORDINATOR sees their own
 * organisation's counts as they are (children without a home neighbourhood included, unless they narrow the report to
 * a municipality); a MUNICIPALITY user sees their own municipality's, across organisations, every count (lines and
 * totals) perturbed by its cell key ({@link CellKey}), for a fixed calendar period only. Another municipality is not found. Counts only: nothing
 * about a single child ever leaves this class.
 */
@Service
@Transactional(readOnly = true)
public class CaseFigures {

	/** The tables, in the order the page shows them. */
	public enum Breakdown {
		/** Signals raised in the period, by category. */
		SIGNALS_BY_CATEGORY,
		/** Meldcode cases opened in the period, by the step they are at now (a closed case: the step it closed at). */
		CASES_BY_STEP,
		/**
		 * The same cases, by the two decisions of step 5 together (a report to Veilig Thuis required, help possible):
		 * both, only the report, only help, neither, or not decided yet. One table, not one per decision: the two are
		 * taken at once, so two tables would show the same undecided count twice and undo a suppressed cell.
		 */
		CASES_BY_DECISION,
		/** The same cases, by why they were closed, or still open. */
		CASES_BY_CLOSURE,
		/** Referrals made in the period, by the kind of organisation referred to; kinds without referrals are left out. */
		REFERRALS_BY_DESTINATION,
		/** The same referrals, by where they stand now. */
		REFERRALS_BY_OUTCOME
	}

	// The codes as the signals and network modules store them (their enums Category, ReferralStatus, ServiceKind),
	// in the order to show them. Reporting reads those modules only through its views, so it keeps the list itself;
	// CaseFigureTests checks it against the enums, and a code not listed here still shows, at the end.
	static final List<String> CATEGORIES = List.of("SAFETY_AT_HOME", "NEGLECT", "POVERTY", "BULLYING", "HEALTH",
			"DEVELOPMENT", "OTHER");
	static final List<String> STEPS = List.of("1", "2", "3", "4", "5");
	static final List<String> DECISIONS = List.of("REPORT_AND_HELP", "REPORT_ONLY", "HELP_ONLY", "NEITHER", "UNDECIDED");
	static final List<String> CLOSURES = List.of("NO_SUSPICION", "DECIDED", "OPEN");
	static final List<String> DESTINATIONS = List.of("SCHOOL", "OUT_OF_SCHOOL_CARE", "NEIGHBOURHOOD_TEAM", "YOUTH_CARE",
			"CJG", "SPORTS_CLUB", "CULTURE_CLUB", "GGD", "VEILIG_THUIS", "KINDERTELEFOON", "JEUGDFONDS", "LEERGELD",
			"KINDERHULP", "KINDPAKKET", "FOOD_BANK", "OTHER");
	static final List<String> OUTCOMES = List.of("PROPOSED", "SENT", "ACCEPTED", "DECLINED", "IN_PROGRESS", "COMPLETED",
			"NO_LONGER_NEEDED");

	private final JdbcClient jdbc;
	private final ReportScope scopes;

	CaseFigures(JdbcClient jdbc, ReportScope scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	/**
	 * The tables for a period (whole Dutch days, from the first to the last). The same checks as
	 * {@link Reports#figures}: an end before the start, a period over five years, or a coordinator naming a
	 * municipality the organisation does not work in is a rejected field; a municipality user naming another
	 * municipality is not found.
	 */
	public CaseFigureTables figures(CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipalityCode) {
		var scope = scopes.of(user, from, to, municipalityCode);
		var decision = "case when v.report_required is null or v.help_possible is null then 'UNDECIDED'"
				+ " when v.report_required and v.help_possible then 'REPORT_AND_HELP' when v.report_required then 'REPORT_ONLY'"
				+ " when v.help_possible then 'HELP_ONLY' else 'NEITHER' end";
		var tables = new ArrayList<CaseFigureTables.Table>();
		tables.add(table(scope, Breakdown.SIGNALS_BY_CATEGORY, "report_signal", "raised_at", "v.category", CATEGORIES,
				"signal.category.", true));
		tables.add(table(scope, Breakdown.CASES_BY_STEP, "report_case", "opened_at", "v.step", STEPS, "case.step", true));
		tables.add(table(scope, Breakdown.CASES_BY_DECISION, "report_case", "opened_at", decision, DECISIONS,
				"reports.cases.decision.", true));
		tables.add(table(scope, Breakdown.CASES_BY_CLOSURE, "report_case", "opened_at",
				"coalesce(v.closed_because, 'OPEN')", CLOSURES, "reports.cases.closure.", true));
		tables.add(table(scope, Breakdown.REFERRALS_BY_DESTINATION, "report_referral", "created_at", "v.destination_kind",
				DESTINATIONS, "network.kind.", false));
		tables.add(table(scope, Breakdown.REFERRALS_BY_OUTCOME, "report_referral", "created_at", "v.status", OUTCOMES,
				"referral.status.", true));
		return new CaseFigureTables(from, to, scope.municipalityCode(), scope.suppressed(), List.copyOf(tables));
	}

	/**
	 * Counts the rows of a view in the scope, grouped by a code: a line per known code (with zeros, unless
	 * {@code zeros} is false), then any code the list does not know yet. For a municipality every line and the total is perturbed.
	 */
	private CaseFigureTables.Table table(ReportScope.Scope scope, Breakdown breakdown, String view, String moment,
			String code, List<String> known, String labelPrefix, boolean zeros) {
		var counted = new LinkedHashMap<String, CellKey.Cell>();
		jdbc.sql("select " + code + ", count(*), coalesce(sum(v.record_key), 0) from " + view + " v where "
				+ scope.where("v", moment) + " group by " + code)
			.params(scope.params())
			.query(rs -> {
				counted.put(rs.getString(1), new CellKey.Cell(rs.getLong(2), rs.getLong(3)));
			});
		var codes = new ArrayList<String>();
		for (var it : known) {
			if (zeros || counted.containsKey(it)) {
				codes.add(it);
			}
		}
		counted.keySet().stream().filter(it -> !known.contains(it)).sorted().forEach(codes::add);
		var lines = new ArrayList<CaseFigureTables.Line>();
		var all = CellKey.Cell.EMPTY;
		for (var it : codes) {
			var cell = counted.getOrDefault(it, CellKey.Cell.EMPTY);
			all = all.plus(cell);
			lines.add(new CaseFigureTables.Line(it, labelPrefix + it,
					scope.suppressed() ? CellKey.publish(cell) : Long.valueOf(cell.count())));
		}
		// a total is a cell of its own: perturbed with its own key, not the sum of the perturbed lines
		@Nullable Long total = scope.suppressed() ? CellKey.publish(all) : Long.valueOf(all.count());
		return new CaseFigureTables.Table(breakdown, List.copyOf(lines), total);
	}

}
