package nl.samenspel.reporting.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.reporting.ReportPeriod;
import nl.samenspel.ui.DateParameter;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/**
 * The period of a report as the pages and the API take it: a fixed period's code ({@code period=2025-Q3}) or the
 * first and last day. A municipality user chooses from the fixed periods only (the reports refuse any other range for
 * them); a coordinator types any dates.
 */
final class Periods {

	static final ZoneId AMSTERDAM = DutchTime.ZONE;

	private Periods() {
	}

	/** A range of days, the first and the last. */
	record Range(LocalDate from, LocalDate to) {
	}

	/** The chosen period, else the dates typed, else this calendar year. */
	static Range range(String from, String to, String period) {
		if (!period.isBlank()) {
			var fixed = ReportPeriod.parse(period);
			return new Range(fixed.from(), fixed.to());
		}
		var year = LocalDate.now(AMSTERDAM).getYear();
		var first = DateParameter.parse(from, "from", LocalDate.of(year, 1, 1));
		var last = DateParameter.parse(to, "to", LocalDate.of(year, 12, 31));
		return new Range(first == null ? LocalDate.of(year, 1, 1) : first, last == null ? LocalDate.of(year, 12, 31) : last);
	}

	/** For the API: the chosen period, or both dates; neither is a rejected {@code period}. */
	static Range required(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String period) {
		if (period != null && !period.isBlank()) {
			var fixed = ReportPeriod.parse(period);
			return new Range(fixed.from(), fixed.to());
		}
		if (from == null) {
			throw new FieldRejected("from", "report.error.periodMissing");
		}
		if (to == null) {
			throw new FieldRejected("to", "report.error.periodMissing");
		}
		return new Range(from, to);
	}

	/**
	 * A rejected filter's message next to its field: for a municipality user, who has no date fields, a rejected date
	 * goes next to the period they choose.
	 */
	static nl.samenspel.ui.FieldMessages errors(FieldRejected rejected, Page page) {
		var onDates = rejected.field().equals("from") || rejected.field().equals("to");
		var shown = onDates && CurrentUser.required().hasRole(Role.MUNICIPALITY)
				? new FieldRejected("period", rejected.messageKey()) : rejected;
		return nl.samenspel.ui.FieldMessages.of(shown, page.messages());
	}

	/**
	 * The fixed periods a municipality user chooses from, the one shown selected; none for anyone else, who types
	 * dates.
	 */
	static List<Option> choices(@Nullable LocalDate from, @Nullable LocalDate to, Page page) {
		if (!CurrentUser.required().hasRole(Role.MUNICIPALITY)) {
			return List.of();
		}
		var chosen = from == null || to == null ? null : ReportPeriod.of(from, to);
		return ReportPeriod.choices(LocalDate.now(AMSTERDAM), chosen, page::t, page.messages().locale());
	}
}
