package nl.samenspel.activities;

/** A child's place: enrolled, waiting for a place to free up, or cancelled (by the parent or the organisation). */
public enum EnrolmentStatus {
	ENROLLED, WAITING, CANCELLED
}
