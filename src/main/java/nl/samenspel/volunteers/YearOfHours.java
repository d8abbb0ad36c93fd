package nl.samenspel.volunteers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A volunteer's hours in one calendar year: the sessions they worked at and the entries typed by hand (all of them, so
 * that a volunteer sees what still waits), with totals per month and per kind that count the sessions and only the
 * APPROVED entries. Minutes throughout, so the totals are exact sums.
 */
public record YearOfHours(Volunteer volunteer, int year, List<SessionHours> sessions, List<HourEntry> entries,
		List<Month> months, Map<HourKind, Integer> kinds, int sessionMinutes) {

	public YearOfHours {
		sessions = List.copyOf(sessions);
		entries = List.copyOf(entries);
		months = List.copyOf(months);
		kinds = Map.copyOf(kinds);
	}

	/** One month (1 to 12): minutes at sessions and approved minutes per kind. */
	public record Month(int month, int sessionMinutes, Map<HourKind, Integer> kinds) {

		public Month {
			kinds = Map.copyOf(kinds);
		}

		public int minutes(HourKind kind) {
			return kinds.getOrDefault(kind, 0);
		}

		/** Approved minutes outside the sessions, all kinds together. */
		public int otherMinutes() {
			return kinds.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int totalMinutes() {
			return sessionMinutes + otherMinutes();
		}
	}

	/** The totals of the year from its sessions and entries; entries not approved are listed but not counted. */
	public static YearOfHours of(Volunteer volunteer, int year, List<SessionHours> sessions, List<HourEntry> entries) {
		var sessionsPerMonth = new int[13];
		sessions.forEach(session -> sessionsPerMonth[session.date().getMonthValue()] += session.minutes());
		var kindsPerMonth = new ArrayList<Map<HourKind, Integer>>();
		for (var month = 0; month <= 12; month++) {
			kindsPerMonth.add(new EnumMap<>(HourKind.class));
		}
		var kinds = new EnumMap<HourKind, Integer>(HourKind.class);
		for (var kind : HourKind.values()) {
			kinds.put(kind, 0);
		}
		entries.stream().filter(HourEntry::counts).forEach(entry -> {
			kindsPerMonth.get(entry.workedOn().getMonthValue()).merge(entry.kind(), entry.minutes(), Integer::sum);
			kinds.merge(entry.kind(), entry.minutes(), Integer::sum);
		});
		var months = new ArrayList<Month>();
		for (var month = 1; month <= 12; month++) {
			months.add(new Month(month, sessionsPerMonth[month], kindsPerMonth.get(month)));
		}
		return new YearOfHours(volunteer, year, sessions, entries, months, kinds,
				sessions.stream().mapToInt(SessionHours::minutes).sum());
	}

	public int minutes(HourKind kind) {
		return kinds.getOrDefault(kind, 0);
	}

	/** Approved minutes outside the sessions. */
	public int otherMinutes() {
		return kinds.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int totalMinutes() {
		return sessionMinutes + otherMinutes();
	}

	/** The approved entries, which the statement lists. */
	public List<HourEntry> approved() {
		return entries.stream().filter(HourEntry::counts).toList();
	}

	/** How many entries still wait for the coordinator. */
	public long waiting() {
		return entries.stream().filter(entry -> entry.status() == HourStatus.SUBMITTED).count();
	}
}
