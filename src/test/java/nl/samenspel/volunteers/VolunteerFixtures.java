package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.samenspel.kernel.DutchTime;

/**
 * Volunteer records and assignments for tests, through the module's own stores: a screened volunteer (active, VOG seen
 * a year ago and valid for two more, code of conduct signed), any other state, and a confirmed assignment on any
 * session (past ones too, which the planning refuses).
 */
@TestComponent
public class VolunteerFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** The record {@link #screened} made for a user, which {@link #placeUser} places while it is the account's. */
	private final java.util.Map<UUID, UUID> screenedFor = new java.util.concurrent.ConcurrentHashMap<>();

	private final VolunteerStore volunteers;
	private final AssignmentStore assignments;
	private final JdbcClient jdbc;
	private final Clock clock;

	VolunteerFixtures(VolunteerStore volunteers, AssignmentStore assignments, JdbcClient jdbc, Clock clock) {
		this.volunteers = volunteers;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public LocalDate today() {
		return DutchTime.today(clock);
	}

	/** A screened volunteer, linked to the user account when one is given. */
	public Volunteer screened(UUID organisationId, @Nullable UUID userId) {
		var today = today();
		var volunteer = record(organisationId, userId, VolunteerStatus.ACTIVE, today.minusYears(1), today.plusYears(2),
				today.minusYears(1));
		if (userId != null) {
			screenedFor.put(userId, volunteer.id());
		}
		return volunteer;
	}

	/** A volunteer in the state given. */
	public Volunteer record(UUID organisationId, @Nullable UUID userId, VolunteerStatus status,
			@Nullable LocalDate vogIssuedOn, @Nullable LocalDate vogRenewalDue, @Nullable LocalDate codeSignedOn) {
		var number = SEQUENCE.incrementAndGet();
		var volunteer = new Volunteer(UUID.randomUUID(), organisationId, userId, "Vera" + number, "Test" + number, null, null,
				null, null, AgeBand.FROM_55_TO_69, status, today().minusYears(1), codeSignedOn,
				codeSignedOn == null ? null : "2026-1", vogIssuedOn, vogIssuedOn == null ? null : Volunteer.DEFAULT_PROFILE,
				null, vogIssuedOn, vogRenewalDue, status == VolunteerStatus.INACTIVE ? today() : null, 0);
		volunteers.insert(volunteer, Instant.now(clock));
		return volunteer;
	}

	/** Confirms the volunteer on the session without the planning's checks (a session in the past too). */
	public void place(UUID organisationId, UUID volunteerId, UUID sessionId) {
		assignments.insert(UUID.randomUUID(), organisationId, volunteerId, sessionId, AssignmentStatus.CONFIRMED,
				null, Instant.now(clock));
	}

	/**
	 * Confirms the volunteer record linked to the user on the session, as {@link #place}; nothing when a test has linked
	 * a record of its own to the account instead of the one {@link #screened} made.
	 */
	public void placeUser(UUID organisationId, UUID userId, UUID sessionId) {
		var linked = volunteers.ofUser(userId).orElse(null);
		var screened = screenedFor.get(userId);
		if (linked == null || (screened != null && !screened.equals(linked.id()))) {
			return; // a test made a record of its own for the account: it places that one itself
		}
		place(organisationId, linked.id(), sessionId);
	}

	/** A sign-up for an open shift, waiting for the coordinator. */
	public UUID request(UUID organisationId, UUID volunteerId, UUID sessionId) {
		var id = UUID.randomUUID();
		assignments.insert(id, organisationId, volunteerId, sessionId, AssignmentStatus.REQUESTED, null, Instant.now(clock));
		return id;
	}

	/** Takes every volunteer off the session. */
	public void clear(UUID sessionId) {
		jdbc.sql("delete from volunteer_assignment where session_id = :session").param("session", sessionId).update();
	}

	public void set(UUID volunteerId, String column, @Nullable Object value) {
		jdbc.sql("update volunteer set " + column + " = :value where id = :id").param("value", value).param("id", volunteerId)
			.update();
	}

	/** The id of the volunteer record linked to the user. */
	public UUID idOfUser(UUID userId) {
		return volunteers.ofUser(userId).orElseThrow().id();
	}

	/** The name of the volunteer record linked to the user. */
	public String name(UUID organisationId, UUID userId) {
		return volunteers.ofUser(userId).filter(it -> it.organisationId().equals(organisationId)).orElseThrow().name();
	}
}
