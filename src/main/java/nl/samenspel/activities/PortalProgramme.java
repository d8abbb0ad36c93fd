package nl.samenspel.activities;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.children.Child;
import nl.samenspel.kernel.CurrentUser;

/**
 * The programme as a parent enrols from it: the activities of the parent's organisation that take enrolments, each
 * with its next meeting and how many places are left (or that it is full and a child would wait), and which of the
 * parent's children fit an activity's age range. The places of the whole list come from one query.
 */
@Service
@Transactional(readOnly = true)
public class PortalProgramme {

	/** How many activities the portal lists at most. */
	static final int LIMIT = 100;

	private final PublicProgramme programme;
	private final EnrolmentStore enrolments;
	private final ProgrammeClock clock;

	PortalProgramme(PublicProgramme programme, EnrolmentStore enrolments, ProgrammeClock clock) {
		this.programme = programme;
		this.enrolments = enrolments;
		this.clock = clock;
	}

	/**
	 * An activity a parent can enrol a child in, with its next meeting and its places: for a series the places of the
	 * whole series, for registration per session those of the next meeting. {@code placesLeft} is null when the
	 * activity has no capacity; {@code full} when every place is taken or children already wait.
	 */
	public record OpenActivity(Activity activity, String place, PublicProgramme.Meeting next, @Nullable Integer placesLeft,
			boolean full) {
	}

	/** The parent's children split by whether they are of age for an activity on the day it counts. */
	public record AgeFit(List<Child> fitting, List<Child> outside) {
	}

	public List<OpenActivity> open(CurrentUser parent) {
		var filter = new PublicProgramme.Filter(parent.organisationId(), null, null, null, null, null, false);
		var listings = programme.upcoming(filter, PageRequest.of(0, LIMIT)).getContent().stream()
			.filter(listing -> listing.activity().mode().takesEnrolments())
			.toList();
		var taken = new HashMap<String, EnrolmentStore.Taken>();
		enrolments.taken(parent.organisationId(), listings.stream().map(it -> it.activity().id()).toList())
			.forEach(it -> taken.put(key(it.activityId(), it.sessionId()), it));
		return listings.stream().map(listing -> {
			var activity = listing.activity();
			var sessionId = activity.mode() == Mode.PER_SESSION ? listing.next().id() : null;
			var places = taken.get(key(activity.id(), sessionId));
			int enrolled = places == null ? 0 : places.enrolled();
			int waiting = places == null ? 0 : places.waiting();
			var capacity = activity.capacity();
			var left = capacity == null ? null : Math.max(0, capacity - enrolled);
			var full = capacity != null && (enrolled >= capacity || waiting > 0);
			return new OpenActivity(activity, listing.place().name(), listing.next(), left, full);
		}).toList();
	}

	/**
	 * Which children fit the age range on the day it counts when enrolling: the first coming meeting's (as
	 * {@link Enrolments} checks it), or today when none is planned. The enrolment itself checks again.
	 */
	public AgeFit ageFit(PublicProgramme.Details details, List<Child> children) {
		var day = details.meetings().stream().filter(meeting -> !meeting.cancelled()).map(PublicProgramme.Meeting::date)
			.findFirst().orElse(clock.today());
		var activity = details.activity();
		var fitting = children.stream().filter(child -> fits(activity, child, day)).toList();
		var outside = children.stream().filter(child -> !fits(activity, child, day)).toList();
		return new AgeFit(fitting, outside);
	}

	private static boolean fits(Activity activity, Child child, LocalDate day) {
		var age = child.ageOn(day);
		return age >= activity.minAge() && age <= activity.maxAge();
	}

	private static String key(UUID activityId, @Nullable UUID sessionId) {
		return activityId + "/" + Objects.toString(sessionId, "");
	}
}
