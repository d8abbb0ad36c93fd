package nl.samenspel.volunteers;

/** A submitted entry waiting for the coordinator, with the name of the volunteer it is of. */
public record PendingEntry(HourEntry entry, String volunteerName) {
}
