package nl.samenspel.reporting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Signals, Meldcode cases and referrals in a period, as small tables of counts with their totals. A count is
 * {@code null} where it is suppressed (shown as &lt;5); a MUNICIPALITY user only ever receives suppressed tables.
 * Counts only: no child, no name, nothing a person wrote.
 */
public record CaseFigureTables(LocalDate from, LocalDate to, @Nullable String municipalityCode, boolean suppressed,
		List<Table> tables) {

	/**
	 * One breakdown: a line per code (a category, a step, a decision, a kind of organisation, a status), labelled
	 * with a message key, and the total of its lines.
	 */
	public record Table(CaseFigures.Breakdown breakdown, List<Line> lines, @Nullable Long total) {

		/** The message key of the table's caption. */
		public String caption() {
			return "reports.cases." + breakdown.name();
		}
	}

	/** A line: the code as stored, the message key that names it, and its count. */
	public record Line(String code, String labelKey, @Nullable Long count) {
	}

	public Table table(CaseFigures.Breakdown breakdown) {
		return tables.stream().filter(it -> it.breakdown() == breakdown).findFirst().orElseThrow();
	}
}
