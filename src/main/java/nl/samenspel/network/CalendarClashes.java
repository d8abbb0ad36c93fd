package nl.samenspel.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.samenspel.kernel.DutchTime;

/**
 * Clashes and gaps on a neighbourhood's shared calendar, worked out in one sweep over its entries of a bounded
 * period sorted by start (no database, no Spring: {@code CalendarClashesTests}).
 * <p>
 * A clash: two entries of different organisations (two partners, or a partner and the organisation itself) for at
 * least one age in common, at times that overlap. A gap: a day on which no entry is on offer for an age band.
 */
public final class CalendarClashes {

	/** An age band of the gaps table. */
	public record Band(int from, int to) {

		boolean overlaps(CalendarEntry entry) {
			return entry.minAge() <= to && from <= entry.maxAge();
		}
	}

	/** The bands the gaps are shown in. */
	public static final List<Band> BANDS = List.of(new Band(4, 6), new Band(7, 9), new Band(10, 12));

	/** Two entries that clash; {@code first} starts no later than {@code second}. */
	public record Clash(CalendarEntry first, CalendarEntry second) {

		public boolean involves(UUID entryId) {
			return first.id().equals(entryId) || second.id().equals(entryId);
		}

		public CalendarEntry other(UUID entryId) {
			return first.id().equals(entryId) ? second : first;
		}
	}

	/** A day with, per band of {@link #BANDS}, how many entries are on offer for it (0: a gap). */
	public record Day(LocalDate day, List<Integer> offered) {

		public boolean anyGap() {
			return offered.contains(0);
		}
	}

	private CalendarClashes() {
	}

	/**
	 * Every clash among the entries, each pair once. The entries need not be sorted; the sweep sorts them by start and
	 * keeps the ones still running, so the work grows with the entries times those running at once, not with the
	 * square of the entries.
	 */
	public static List<Clash> clashes(List<CalendarEntry> entries) {
		var sorted = new ArrayList<>(entries);
		sorted.sort(Comparator.comparing(CalendarEntry::startsAt).thenComparing(CalendarEntry::id));
		var running = new ArrayList<CalendarEntry>();
		var clashes = new ArrayList<Clash>();
		for (var entry : sorted) {
			running.removeIf(earlier -> !earlier.endsAt().isAfter(entry.startsAt()));
			for (var earlier : running) {
				if (earlier.agesOverlap(entry) && earlier.otherOwner(entry)) {
					clashes.add(new Clash(earlier, entry));
				}
			}
			running.add(entry);
		}
		return clashes;
	}

	/** The clashes each entry is in, by the entry's id. */
	public static Map<UUID, List<CalendarEntry>> byEntry(List<Clash> clashes) {
		var byEntry = new HashMap<UUID, List<CalendarEntry>>();
		for (var clash : clashes) {
			byEntry.computeIfAbsent(clash.first().id(), id -> new ArrayList<>()).add(clash.second());
			byEntry.computeIfAbsent(clash.second().id(), id -> new ArrayList<>()).add(clash.first());
		}
		return byEntry;
	}

	/**
	 * The days from {@code from} on ({@code days} of them, Dutch days) with, per band, the number of entries on offer
	 * that day: an entry counts on every day it touches.
	 */
	public static List<Day> offer(List<CalendarEntry> entries, LocalDate from, int days) {
		var counts = new int[days][BANDS.size()];
		for (var entry : entries) {
			var first = entry.localStart().toLocalDate();
			// an entry that ends at midnight does not touch the next day
			var last = entry.endsAt().minusNanos(1).atZone(DutchTime.ZONE).toLocalDate();
			for (var day = first.isBefore(from) ? from : first; !day.isAfter(last); day = day.plusDays(1)) {
				var index = (int) (day.toEpochDay() - from.toEpochDay());
				if (index >= days) {
					break;
				}
				for (var band = 0; band < BANDS.size(); band++) {
					if (BANDS.get(band).overlaps(entry)) {
						counts[index][band]++;
					}
				}
			}
		}
		var result = new ArrayList<Day>(days);
		for (var index = 0; index < days; index++) {
			var offered = new ArrayList<Integer>(BANDS.size());
			for (var count : counts[index]) {
				offered.add(count);
			}
			result.add(new Day(from.plusDays(index), List.copyOf(offered)));
		}
		return result;
	}

	/** The start of a Dutch day, as an instant. */
	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(DutchTime.ZONE).toInstant();
	}
}
