package nl.samenspel.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.ui.Option;

/**
 * A fixed calendar period a report can be asked for, written as a code: a year ({@code 2025}), a quarter
 * ({@code 2025-Q3}) or a month ({@code 2025-07}). A municipality user can only ask for these: fixed periods nest, so
 * no two of them differ by a few days, and the cell key method gives the figures of each its own noise.
 */
public record ReportPeriod(String code, LocalDate from, LocalDate to) {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

	/** How many years back the choices go, this one included. */
	static final int YEARS = 5;

	public static ReportPeriod year(int year) {
		return of(Rollups.Period.year(year));
	}

	public static ReportPeriod quarter(int year, int quarter) {
		return of(Rollups.Period.quarter(YearMonth.of(year, (quarter - 1) * 3 + 1)));
	}

	public static ReportPeriod month(YearMonth month) {
		return of(Rollups.Period.month(month));
	}

	/** The rollups' month, quarter or year with its code. */
	private static ReportPeriod of(Rollups.Period period) {
		var year = period.start() / 100;
		var code = switch (period.kind()) {
			case "Y" -> String.valueOf(year);
			case "Q" -> year + "-Q" + ((period.start() % 100 - 1) / 3 + 1);
			default -> YearMonth.of(year, period.start() % 100).toString();
		};
		return new ReportPeriod(code, period.from(), period.to());
	}

	/** A period from its code; anything else is a rejected {@code period} field. */
	public static ReportPeriod parse(String code) {
		var text = code.strip();
		try {
			var matcher = YEAR.matcher(text);
			if (matcher.matches()) {
				return year(checked(Integer.parseInt(matcher.group(1))));
			}
			matcher = QUARTER.matcher(text);
			if (matcher.matches()) {
				return quarter(checked(Integer.parseInt(matcher.group(1))), Integer.parseInt(matcher.group(2)));
			}
			matcher = MONTH.matcher(text);
			if (matcher.matches()) {
				return month(YearMonth.of(checked(Integer.parseInt(matcher.group(1))), Integer.parseInt(matcher.group(2))));
			}
		}
		catch (IllegalArgumentException notAPeriod) {
			// falls through to the rejection
		}
		throw new FieldRejected("period", "report.error.periodCode");
	}

	private static int checked(int year) {
		if (year < 2000 || year > 2100) {
			throw new IllegalArgumentException("year out of range");
		}
		return year;
	}

	/** The fixed period that is exactly this range of days, if there is one. */
	public static @Nullable ReportPeriod of(LocalDate from, LocalDate to) {
		var period = Rollups.Period.exactly(from, to);
		return period == null ? null : of(period);
	}

	/**
	 * The periods to choose from, this year's and the four before, newest first: each year, then its quarters, then
	 * its months; {@code chosen} is selected. Months and quarters after {@code today} are left out.
	 */
	public static List<Option> choices(LocalDate today, @Nullable ReportPeriod chosen, Function<String, String> label,
			Locale locale) {
		var options = new ArrayList<Option>();
		var monthName = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
		for (int year = today.getYear(); year > today.getYear() - YEARS; year--) {
			var periods = new ArrayList<ReportPeriod>();
			periods.add(year(year));
			for (int quarter = 1; quarter <= 4; quarter++) {
				periods.add(quarter(year, quarter));
			}
			for (int month = 1; month <= 12; month++) {
				periods.add(month(YearMonth.of(year, month)));
			}
			for (var period : periods) {
				if (period.from().isAfter(today)) {
					continue;
				}
				var text = switch (period.kind()) {
					case 'Y' -> period.code();
					case 'Q' -> label.apply("report.period.quarterOf").replace("{0}", period.code().substring(6))
						.replace("{1}", period.code().substring(0, 4));
					default -> monthName.format(YearMonth.from(period.from()));
				};
				options.add(new Option(period.code(), text, chosen != null && chosen.code().equals(period.code())));
			}
		}
		return options;
	}

	/** Y, Q or M. */
	char kind() {
		return code.length() == 4 ? 'Y' : code.charAt(5) == 'Q' ? 'Q' : 'M';
	}
}
