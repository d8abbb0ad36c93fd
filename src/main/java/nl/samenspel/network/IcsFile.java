package nl.samenspel.network;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;


/**
 * An uploaded iCalendar file (RFC 5545) read into occurrences within a window, or into the list of what could not be
 * read: all or nothing. Recurring events (RRULE, RDATE) are expanded within the window, EXDATEs left out and
 * RECURRENCE-ID overrides put in their place; times with a TZID (a known zone or the file's own VTIMEZONE), in UTC,
 * floating (taken as Dutch time) and all-day events become instants. Each occurrence has a key, its event's UID and
 * its original start, so that a later upload of the same file finds it again. No Spring here: {@code IcsFileTests}.
 */
public final class IcsFile {

	/** The limits of one upload. */
	public record Limits(int maxBytes, int maxEvents, int maxOccurrences) {

		public static final Limits DEFAULT = new Limits(1024 * 1024, 500, 2000);
	}

	/** Something that could not be read: on which line (0: the file as a whole), what (a message key) and the detail. */
	public record Problem(int line, String messageKey, String detail) {
	}

	/** One occurrence of an event, as it goes on the calendar. */
	public record Occurrence(String key, String title, @Nullable String location, @Nullable String description,
			Instant startsAt, Instant endsAt) {
	}

	/** What the file holds: its occurrences within the window, or the problems (and then no occurrences). */
	public record Result(List<Occurrence> occurrences, List<Problem> problems) {

		public boolean readable() {
			return problems.isEmpty();
		}
	}

	/** The longest an event may last (a week's holiday camp fits). */
	public static final Duration LONGEST = Duration.ofDays(14);

	static final int UID_MAX = 255;

	private IcsFile() {
	}

	/** Reads the file; occurrences that start in [from, to) are kept. */
	public static Result read(byte[] bytes, Instant from, Instant to, Limits limits) {
		if (bytes.length > limits.maxBytes()) {
			return problem(0, "network.calendar.import.problem.tooLarge", String.valueOf(limits.maxBytes() / 1024));
		}
		var text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		net.fortuna.ical4j.model.Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(text));
		}
		catch (ParserException broken) {
			return problem(broken.getLineNo(), "network.calendar.import.problem.syntax", detail(broken));
		}
		catch (IOException | RuntimeException broken) {
			return problem(0, "network.calendar.import.problem.syntax", String.valueOf(broken.getMessage()));
		}
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		if (events.isEmpty()) {
			return problem(0, "network.calendar.import.problem.noEvents", "");
		}
		if (events.size() > limits.maxEvents()) {
			return problem(0, "network.calendar.import.problem.tooManyEvents", String.valueOf(limits.maxEvents()));
		}
		var lines = eventLines(text);
		var problems = new ArrayList<Problem>();
		var occurrences = new LinkedHashMap<String, Occurrence>();
		var overrides = new ArrayList<Map.Entry<Integer, VEvent>>();
		for (var index = 0; index < events.size(); index++) {
			var event = events.get(index);
			var line = index < lines.size() ? lines.get(index) : 0;
			if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
				overrides.add(Map.entry(line, event));
				continue;
			}
			try {
				expand(event, line, from, to, limits, occurrences, problems);
			}
			catch (DateTimeException | IllegalArgumentException unreadable) {
				problems.add(new Problem(line, "network.calendar.import.problem.time", String.valueOf(unreadable.getMessage())));
			}
			if (occurrences.size() > limits.maxOccurrences()) {
				return problem(0, "network.calendar.import.problem.tooManyOccurrences", String.valueOf(limits.maxOccurrences()));
			}
		}
		for (var override : overrides) {
			try {
				override(override.getValue(), override.getKey(), from, to, occurrences, problems);
			}
			catch (DateTimeException | IllegalArgumentException unreadable) {
				problems.add(new Problem(override.getKey(), "network.calendar.import.problem.time",
						String.valueOf(unreadable.getMessage())));
			}
		}
		if (!problems.isEmpty()) {
			return new Result(List.of(), List.copyOf(problems));
		}
		return new Result(List.copyOf(occurrences.values()), List.of());
	}

	private static Result problem(int line, String key, String detail) {
		return new Result(List.of(), List.of(new Problem(line, key, detail)));
	}

	private static String detail(ParserException broken) {
		var message = broken.getCause() != null ? broken.getCause().getMessage() : broken.getMessage();
		return clean(String.valueOf(message).replaceFirst("^Error at line \\d+:", ""), 200, false);
	}

	/** The line each VEVENT begins on, in the order of the file. */
	private static List<Integer> eventLines(String text) {
		var lines = new ArrayList<Integer>();
		var number = 0;
		for (var line : text.split("\r\n|\n|\r", -1)) {
			number++;
			if (line.strip().equalsIgnoreCase("BEGIN:VEVENT")) {
				lines.add(number);
			}
		}
		return lines;
	}

	private record Event(String uid, String title, @Nullable String location, @Nullable String description,
			Temporal start, Instant startsAt, Instant endsAt) {
	}

	/** The event's own fields, or null (with a problem) when it lacks what it needs. */
	private static @Nullable Event event(VEvent event, int line, List<Problem> problems) {
		var uid = text(event, Property.UID);
		if (uid == null || uid.isBlank()) {
			problems.add(new Problem(line, "network.calendar.import.problem.noUid", ""));
			return null;
		}
		if (uid.length() > UID_MAX) {
			problems.add(new Problem(line, "network.calendar.import.problem.uidTooLong", String.valueOf(UID_MAX)));
			return null;
		}
		Optional<DateProperty<Temporal>> dtStart = event.getProperty(Property.DTSTART);
		if (dtStart.isEmpty()) {
			problems.add(new Problem(line, "network.calendar.import.problem.noStart", uid));
			return null;
		}
		var title = text(event, Property.SUMMARY);
		if (title == null || title.isBlank()) {
			problems.add(new Problem(line, "network.calendar.import.problem.noTitle", uid));
			return null;
		}
		var start = IcsTimes.date(dtStart.get());
		var startsAt = IcsTimes.instant(start);
		Optional<DateProperty<Temporal>> dtEnd = event.getProperty(Property.DTEND);
		Instant endsAt;
		if (dtEnd.isPresent()) {
			endsAt = IcsTimes.instant(IcsTimes.date(dtEnd.get()));
		}
		else {
			Optional<net.fortuna.ical4j.model.property.Duration> duration = event.getProperty(Property.DURATION);
			endsAt = duration.isPresent() ? IcsTimes.plus(start, duration.get().getDuration())
					: IcsTimes.plus(start, start instanceof LocalDate ? Period.ofDays(1) : Duration.ofHours(1));
		}
		if (!endsAt.isAfter(startsAt)) {
			problems.add(new Problem(line, "network.calendar.import.problem.endBeforeStart", clean(title, 200, false)));
			return null;
		}
		if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
			problems.add(new Problem(line, "network.calendar.import.problem.tooLong", clean(title, 200, false)));
			return null;
		}
		var location = text(event, Property.LOCATION);
		var description = text(event, Property.DESCRIPTION);
		return new Event(uid.strip(), clean(title, 200, false), location == null ? null : clean(location, 200, false),
				description == null ? null : clean(description, 2000, true), start, startsAt, endsAt);
	}

	private static void expand(VEvent vevent, int line, Instant from, Instant to, Limits limits,
			Map<String, Occurrence> occurrences, List<Problem> problems) {
		var event = event(vevent, line, problems);
		if (event == null || cancelled(vevent)) {
			return;
		}
		var length = Duration.between(event.startsAt(), event.endsAt());
		var starts = new ArrayList<Temporal>();
		Optional<RRule<Temporal>> rule = vevent.getProperty(Property.RRULE);
		if (rule.isPresent()) {
			starts.addAll(rule.get().getRecur().getDates(event.start(), IcsTimes.bound(from, event.start()),
					IcsTimes.bound(to, event.start()), limits.maxOccurrences() + 1));
		}
		else {
			starts.add(event.start());
		}
		for (DateListProperty<Temporal> rdate : vevent.<DateListProperty<Temporal>>getProperties(Property.RDATE)) {
			rdate.getDates().forEach(date -> starts.add(IcsTimes.date(rdate, date)));
		}
		var excluded = new HashSet<Instant>();
		for (DateListProperty<Temporal> exdate : vevent.<DateListProperty<Temporal>>getProperties(Property.EXDATE)) {
			exdate.getDates().forEach(date -> excluded.add(IcsTimes.instant(IcsTimes.date(exdate, date))));
		}
		for (var start : starts) {
			var startsAt = IcsTimes.instant(start);
			if (excluded.contains(startsAt) || startsAt.isBefore(from) || !startsAt.isBefore(to)) {
				continue;
			}
			var endsAt = start instanceof LocalDate day
					? IcsTimes.plus(day, Period.ofDays((int) Math.max(1, length.toDays())))
					: startsAt.plus(length);
			var key = key(event.uid(), startsAt);
			occurrences.put(key, new Occurrence(key, event.title(), event.location(), event.description(), startsAt, endsAt));
		}
	}

	/** A changed occurrence of a recurring event (RECURRENCE-ID) in the place of the one it changes. */
	private static void override(VEvent vevent, int line, Instant from, Instant to, Map<String, Occurrence> occurrences,
			List<Problem> problems) {
		var event = event(vevent, line, problems);
		if (event == null) {
			return;
		}
		Optional<DateProperty<Temporal>> recurrenceId = vevent.getProperty(Property.RECURRENCE_ID);
		var key = key(event.uid(), IcsTimes.instant(IcsTimes.date(recurrenceId.orElseThrow())));
		occurrences.remove(key);
		if (cancelled(vevent) || event.startsAt().isBefore(from) || !event.startsAt().isBefore(to)) {
			return;
		}
		occurrences.put(key, new Occurrence(key, event.title(), event.location(), event.description(), event.startsAt(),
				event.endsAt()));
	}

	private static boolean cancelled(VEvent event) {
		return event.getProperty(Property.STATUS).map(status -> "CANCELLED".equalsIgnoreCase(status.getValue()))
			.orElse(false);
	}

	static String key(String uid, Instant start) {
		return uid + "|" + start;
	}

	private static @Nullable String text(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

	/** What the file says, as plain text the platform stores: no markup brackets, no control characters, not too long. */
	static String clean(String text, int max, boolean multiline) {
		var cleaned = new StringBuilder();
		text.strip().codePoints().forEach(c -> {
			if (c == '<' || c == '>') {
				return;
			}
			if (Character.isISOControl(c)) {
				cleaned.append(multiline && c == '\n' ? "\n" : " ");
				return;
			}
			if (Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE) {
				return;
			}
			cleaned.appendCodePoint(c);
		});
		var result = cleaned.toString().strip();
		return result.length() > max ? result.substring(0, max) : result;
	}

	static Set<String> keys(List<Occurrence> occurrences) {
		var keys = new HashSet<String>();
		occurrences.forEach(occurrence -> keys.add(occurrence.key()));
		return keys;
	}
}
