package nl.samenspel.volunteers;

/** REQUESTED: signed up for an open shift, waiting for the coordinator; CONFIRMED: works at it; CANCELLED: no longer. */
public enum AssignmentStatus {
	REQUESTED, CONFIRMED, CANCELLED
}
