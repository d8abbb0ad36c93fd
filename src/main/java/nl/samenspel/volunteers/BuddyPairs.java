package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Buddy pairs (buurtmaatjes, task 9), kept by the COORDINATOR: starting a pair, logging its meetings, ending it. A pair
 * with a child needs the guardian's consent {@link ConsentPurpose#BUDDY} in force (the children module's
 * {@link ChildManagement#allows}), and a volunteer matched with a child must be cleared on the day it starts
 * ({@link Volunteer#missingOn}); a withdrawn consent ends the pair ({@code BuddyConsent}). Reading a pair with a child
 * is written to the audit log. Bad input is a {@link FieldRejected}; nothing is saved.
 */
@Service
@Transactional
public class BuddyPairs {

	private final BuddyPairStore store;
	private final VolunteerStore volunteers;
	private final ChildManagement children;
	private final Programme programme;
	private final AuditLog audit;
	private final Clock clock;

	BuddyPairs(BuddyPairStore store, VolunteerStore volunteers, ChildManagement children, Programme programme,
			AuditLog audit, Clock clock) {
		this.store = store;
		this.volunteers = volunteers;
		this.children = children;
		this.programme = programme;
		this.audit = audit;
		this.clock = clock;
	}

	/** A pair with its meetings (latest first), as its page shows it. */
	public record Overview(BuddyPair pair, List<BuddyMeeting> meetings, LocalDate today) {
	}

	/** A line of the list: the pair and how many meetings it logged. */
	public record Line(BuddyPair pair, int meetings) {
	}

	static void requireCoordinator(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("coordinators only");
		}
	}

	/** The organisation's running pairs, or the ended ones, latest started first, with their meeting counts. */
	@Transactional(readOnly = true)
	public List<Line> pairs(CurrentUser user, boolean ended) {
		requireCoordinator(user);
		var counts = store.meetingCounts(user.organisationId());
		return store.list(user.organisationId(), ended).stream()
			.map(pair -> new Line(pair, counts.getOrDefault(pair.id(), 0)))
			.toList();
	}

	/** A pair of the organisation with its meetings; the read of a pair with a child is logged. */
	public Overview pair(CurrentUser user, UUID id) {
		requireCoordinator(user);
		var pair = store.find(user.organisationId(), id).orElseThrow(NotFound::new);
		if (pair.withChild()) {
			audit.record(AuditAction.READ, "volunteer_buddy_pair", id, AuditResult.SUCCESS);
		}
		return new Overview(pair, store.meetings(user.organisationId(), id), today());
	}

	/** The organisation's volunteers by name, for the form and the pages' names. */
	@Transactional(readOnly = true)
	public List<Volunteer> volunteers(CurrentUser user) {
		requireCoordinator(user);
		return volunteers.all(user.organisationId());
	}

	/** Starts a pair: one buddy, one partner, a start not in the future; with a child only with the consent BUDDY. */
	public BuddyPair start(CurrentUser user, BuddyPairDetails details) {
		requireCoordinator(user);
		var organisation = user.organisationId();
		var today = today();
		var startedOn = details.startedOn();
		if (startedOn == null) {
			throw new FieldRejected("startedOn", "volunteers.buddies.error.startRequired");
		}
		if (startedOn.isAfter(today)) {
			throw new FieldRejected("startedOn", "volunteers.buddies.error.startInFuture");
		}
		var residentName = details.residentName() == null || details.residentName().isBlank() ? null
				: details.residentName().strip();
		if ((details.volunteerId() == null) == (residentName == null)) {
			throw new FieldRejected("volunteerId", "volunteers.buddies.error.oneBuddy");
		}
		if ((details.childId() == null) == (details.activityId() == null)) {
			throw new FieldRejected("childId", "volunteers.buddies.error.onePartner");
		}
		Volunteer volunteer = null;
		if (details.volunteerId() != null) {
			volunteer = volunteers.find(organisation, details.volunteerId())
				.orElseThrow(() -> new FieldRejected("volunteerId", "volunteers.buddies.error.unknownVolunteer"));
		}
		else if (details.residentAgeBand() == null) {
			throw new FieldRejected("residentAgeBand", "volunteers.buddies.error.ageBandRequired");
		}
		if (details.childId() != null) {
			if (children.cards(user, List.of(details.childId())).isEmpty()) {
				throw new FieldRejected("childId", "volunteers.buddies.error.unknownChild");
			}
			if (!children.allows(organisation, details.childId(), ConsentPurpose.BUDDY)) {
				throw new FieldRejected("childId", "volunteers.buddies.error.noConsent");
			}
			if (volunteer != null && !volunteer.clearedOn(startedOn)) {
				throw new FieldRejected("volunteerId", "volunteers.buddies.error.notCleared");
			}
		}
		else {
			try {
				programme.activity(organisation, details.activityId());
			}
			catch (NotFound unknown) {
				throw new FieldRejected("activityId", "volunteers.buddies.error.unknownActivity");
			}
		}
		var pair = new BuddyPair(UUID.randomUUID(), organisation, details.volunteerId(),
				volunteer == null ? residentName : null, volunteer == null ? details.residentAgeBand() : null,
				details.childId(), details.activityId(), startedOn, null, null, 0);
		store.insert(pair, user.id(), clock.instant());
		audit.record(AuditAction.CREATED, "volunteer_buddy_pair", pair.id(), AuditResult.SUCCESS);
		return pair;
	}

	/** Logs a meeting of a pair of the organisation: a day within the pair's time and not in the future. */
	public BuddyMeeting logMeeting(CurrentUser user, UUID pairId, BuddyMeetingDetails details) {
		requireCoordinator(user);
		var pair = store.find(user.organisationId(), pairId).orElseThrow(NotFound::new);
		if (details.metOn() == null) {
			throw new FieldRejected("metOn", "volunteers.buddies.error.meetingRequired");
		}
		pair.checkMeetingDay(details.metOn(), today());
		var note = details.note() == null || details.note().isBlank() ? null : details.note().strip();
		var meeting = new BuddyMeeting(UUID.randomUUID(), pairId, details.metOn(), details.durationMinutes(), note);
		store.insertMeeting(user.organisationId(), meeting, user.id(), clock.instant());
		return meeting;
	}

	/** Ends a pair of the organisation on a day for a reason. */
	public BuddyPair end(CurrentUser user, UUID pairId, BuddyPairEnd details) {
		requireCoordinator(user);
		var pair = store.find(user.organisationId(), pairId).orElseThrow(NotFound::new);
		if (details.endedOn() == null) {
			throw new FieldRejected("endedOn", "volunteers.buddies.error.endRequired");
		}
		if (details.reason() == null) {
			throw new FieldRejected("reason", "volunteers.buddies.error.reasonRequired");
		}
		var ended = pair.end(details.endedOn(), details.reason(), today());
		if (!store.end(ended, user.id())) {
			throw new FieldRejected("endedOn", "volunteers.buddies.error.alreadyEnded");
		}
		audit.record(AuditAction.UPDATED, "volunteer_buddy_pair", pairId, AuditResult.SUCCESS);
		return ended;
	}

	/**
	 * The guardian withdrew the consent BUDDY for a child: every running pair with the child ends on that day with
	 * CONSENT_WITHDRAWN. A pair already ended stays as it is, so a second delivery does nothing.
	 */
	void consentWithdrawn(UUID organisationId, UUID childId, LocalDate day) {
		for (var pair : store.runningWithChild(organisationId, childId)) {
			pair.endForWithdrawnConsent(day).ifPresent(ended -> store.end(ended, null));
		}
	}

	/** The names of the volunteers of the organisation by id. */
	@Transactional(readOnly = true)
	public Map<UUID, String> volunteerNames(CurrentUser user) {
		var names = new java.util.HashMap<UUID, String>();
		volunteers(user).forEach(it -> names.put(it.id(), it.name()));
		return names;
	}

	private LocalDate today() {
		return DutchTime.today(clock);
	}
}
