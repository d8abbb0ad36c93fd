package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import nl.samenspel.kernel.FieldRejected;

/**
 * When a volunteer can work: weekly time slots and periods away. Holds the rules of what may be added (no slot that
 * overlaps another on the same weekday, until after from, a sane number) and whether a session fits.
 */
public record Availability(List<WeeklySlot> slots, List<AwayPeriod> away) {

	/** More weekly slots than anyone works is a mistake (or a script), not availability. */
	public static final int MAX_SLOTS = 21;

	/** Periods away kept at once; old ones can be removed. */
	public static final int MAX_AWAY = 50;

	public Availability {
		slots = slots.stream().sorted(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::from)).toList();
		away = away.stream().sorted(Comparator.comparing(AwayPeriod::from)).toList();
	}

	/** Whether a session on the day from start to end lies within a weekly slot and not in a period away. */
	public boolean fits(LocalDate day, LocalTime start, LocalTime end) {
		return slots.stream().anyMatch(slot -> slot.covers(day.getDayOfWeek(), start, end))
				&& away.stream().noneMatch(period -> period.covers(day));
	}

	/** Whether the volunteer is away on the day. */
	public boolean awayOn(LocalDate day) {
		return away.stream().anyMatch(period -> period.covers(day));
	}

	/** Refuses a slot that ends before it starts, overlaps one already there, or is one too many. */
	void checkNew(WeeklySlot slot) {
		if (!slot.until().isAfter(slot.from())) {
			throw new FieldRejected("until", "volunteers.availability.error.untilNotAfterFrom");
		}
		if (slots.size() >= MAX_SLOTS) {
			throw new FieldRejected("day", "volunteers.availability.error.tooManySlots", MAX_SLOTS);
		}
		for (var other : slots) {
			if (slot.overlaps(other)) {
				throw new FieldRejected("from", "volunteers.availability.error.overlap", other.from().toString(),
						other.until().toString());
			}
		}
	}

	/** Refuses a period away that ends before it starts, or one too many. */
	void checkNew(AwayPeriod period) {
		if (period.until().isBefore(period.from())) {
			throw new FieldRejected("awayUntil", "volunteers.availability.error.awayEndsBeforeStart");
		}
		if (away.size() >= MAX_AWAY) {
			throw new FieldRejected("awayFrom", "volunteers.availability.error.tooManyAway", MAX_AWAY);
		}
	}
}
