package nl.samenspel.volunteers;

import nl.samenspel.activities.Session;

/** One of the volunteer's own shifts to come: the session, where it is, and whether it is confirmed yet. */
public record MyShift(Shift shift, Session session, String location) {

	public boolean confirmed() {
		return shift.status() == AssignmentStatus.CONFIRMED;
	}
}
