package nl.samenspel.activities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.FieldRejected;

/**
 * The places of an activity, or of one session of an activity with registration per session: who may take one (the
 * age range, which staff may step outside with a reason), how many there are, the children who have one and the
 * children waiting, first come first served. A full activity, or one with children already waiting, puts a new child
 * on the waiting list, so nobody jumps the queue; a freed place goes to the first child waiting. The service loads
 * this under the activity's row lock and saves what changed.
 */
class Places {

	/** A child's place, or spot on the waiting list. */
	record Place(UUID enrolmentId, UUID childId) {
	}

	private final @Nullable Integer capacity;
	private final int minAge;
	private final int maxAge;
	private final List<Place> enrolled;
	private final List<Place> waiting;
	private final List<UUID> elsewhere;

	/**
	 * @param enrolled the children with a place, in the order they asked
	 * @param waiting the children waiting, in the order they asked
	 * @param elsewhere children with a place or waiting for the whole series, when these are one session's places:
	 *     they cannot ask again, and take none of the session's places
	 */
	Places(@Nullable Integer capacity, int minAge, int maxAge, List<Place> enrolled, List<Place> waiting,
			List<UUID> elsewhere) {
		this.capacity = capacity;
		this.minAge = minAge;
		this.maxAge = maxAge;
		this.enrolled = new ArrayList<>(enrolled);
		this.waiting = new ArrayList<>(waiting);
		this.elsewhere = List.copyOf(elsewhere);
	}

	int enrolled() {
		return enrolled.size();
	}

	int waiting() {
		return waiting.size();
	}

	/** The children waiting, first in line first. */
	List<Place> waitingList() {
		return List.copyOf(waiting);
	}

	/** Full: every place taken, or children already waiting for one. */
	boolean full() {
		var places = Objects.requireNonNull(capacity, "an activity that takes enrolments has a capacity");
		return enrolled.size() >= places || !waiting.isEmpty();
	}

	/**
	 * A child outside the age range comes in only when staff give a reason; a parent cannot make the exception.
	 */
	void admit(int age, boolean byStaff, @Nullable String overrideReason) {
		if (age >= minAge && age <= maxAge) {
			return;
		}
		if (!byStaff) {
			throw new FieldRejected("childId", "enrolment.error.age");
		}
		if (overrideReason == null || overrideReason.isBlank()) {
			throw new FieldRejected("overrideReason", "enrolment.error.ageOverride");
		}
	}

	/**
	 * Gives the child a place, or a spot at the end of the waiting list when full and the request accepts that;
	 * refused for a child who has a place or waits already, and for a full activity otherwise.
	 */
	EnrolmentStatus enrol(UUID enrolmentId, UUID childId, boolean acceptsWaitingList) {
		if (elsewhere.contains(childId) || has(enrolled, childId) || has(waiting, childId)) {
			throw new FieldRejected("childId", "enrolment.error.double");
		}
		if (full()) {
			if (!acceptsWaitingList) {
				throw new FieldRejected("childId", "enrolment.error.full");
			}
			waiting.add(new Place(enrolmentId, childId));
			return EnrolmentStatus.WAITING;
		}
		enrolled.add(new Place(enrolmentId, childId));
		return EnrolmentStatus.ENROLLED;
	}

	/** Gives up a place or a spot on the waiting list; the freed place stays free until {@link #moveUp()}. */
	void cancel(UUID enrolmentId) {
		enrolled.removeIf(it -> it.enrolmentId().equals(enrolmentId));
		waiting.removeIf(it -> it.enrolmentId().equals(enrolmentId));
	}

	/**
	 * While a place is free, the first child waiting takes it; empty when no place is free or nobody waits (and
	 * always without a capacity: a drop-in has no places to give).
	 */
	Optional<Place> moveUp() {
		if (capacity == null || enrolled.size() >= capacity || waiting.isEmpty()) {
			return Optional.empty();
		}
		var next = waiting.remove(0);
		enrolled.add(next);
		return Optional.of(next);
	}

	private static boolean has(List<Place> places, UUID childId) {
		return places.stream().anyMatch(it -> it.childId().equals(childId));
	}
}
