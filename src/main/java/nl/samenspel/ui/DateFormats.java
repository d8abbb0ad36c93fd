package nl.samenspel.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.samenspel.kernel.DutchTime;

/**
 * The one way Samenspel writes a date, in pages and in mails: the day, the month abbreviated as the language
 * abbreviates it and the year, such as 6 dec. 2026 in Dutch and 6 Dec 2026 in English (never Dec 6, 2026); with the
 * weekday in front where a session's day is meant (zo 6 dec. 2026), and a 24-hour clock behind a moment. Moments are
 * shown on the Dutch clock, whatever the server's zone.
 */
public final class DateFormats {

	private static final String DATE = "d MMM yyyy";

	private DateFormats() {
	}

	/** A calendar day, such as 6 dec. 2026. */
	public static String date(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofPattern(DATE, locale).format(day);
	}

	/** A calendar day with its weekday, such as zo 6 dec. 2026. */
	public static String day(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofPattern("EEE " + DATE, locale).format(day);
	}

	/** A moment's day on the Dutch calendar, such as 6 dec. 2026. */
	public static String date(Instant instant, Locale locale) {
		return DateTimeFormatter.ofPattern(DATE, locale).withZone(DutchTime.ZONE).format(instant);
	}

	/** A moment on the Dutch clock, such as 6 dec. 2026 15:30. */
	public static String dateTime(Instant instant, Locale locale) {
		return DateTimeFormatter.ofPattern(DATE + " HH:mm", locale).withZone(DutchTime.ZONE).format(instant);
	}
}
