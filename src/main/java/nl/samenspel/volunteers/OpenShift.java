package nl.samenspel.volunteers;

import java.util.Set;

import nl.samenspel.activities.Session;

/**
 * A session that still wants volunteers and fits the volunteer's availability: where, how many places are left,
 * whether a sign-up is confirmed at once, and what (if anything) keeps the volunteer from signing up on that day.
 */
public record OpenShift(Session session, String location, int placesLeft, boolean autoConfirm, Set<Missing> missing) {
}
