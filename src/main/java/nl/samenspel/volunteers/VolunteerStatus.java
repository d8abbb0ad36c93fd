package nl.samenspel.volunteers;

/** APPLICANT: in recruitment, not yet active; ACTIVE: may be assigned once screened; INACTIVE: stopped. */
public enum VolunteerStatus {
	APPLICANT, ACTIVE, INACTIVE
}
