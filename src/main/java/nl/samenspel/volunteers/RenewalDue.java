package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An active volunteer whose VOG renewal is due soon or overdue, with the days left (negative: overdue). */
public record RenewalDue(Volunteer volunteer, long daysLeft) {

	static RenewalDue of(Volunteer volunteer, LocalDate today) {
		return new RenewalDue(volunteer, ChronoUnit.DAYS.between(today, volunteer.vogRenewalDue()));
	}

	public boolean overdue() {
		return daysLeft < 0;
	}
}
