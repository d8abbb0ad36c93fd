package nl.samenspel.activities;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.AttendanceStore.Mark;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildCard;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Taking attendance at the door. Staff (COORDINATOR, WORKER) take it for any session of the organisation and may add
 * any registered child; a VOLUNTEER only for the sessions they are assigned to, and only for the children with a place in
 * them. A session in the future or a cancelled one takes no attendance. Corrections (a change to what was
 * registered, or registering after the day) are written to the audit log. Children who come without being
 * registered are counted in {@link WalkIns}.
 */
@Service
@Transactional
public class Attendance {

	private final SessionStore sessions;
	private final EnrolmentStore enrolments;
	private final AttendanceStore store;
	private final HeldSessions held;
	private final ChildManagement children;
	private final AuditLog audit;
	private final ProgrammeClock today;
	private final VolunteerSessions volunteers;
	private final Clock clock;

	Attendance(SessionStore sessions, EnrolmentStore enrolments, AttendanceStore store, HeldSessions held,
			ChildManagement children, AuditLog audit, ProgrammeClock today, VolunteerSessions volunteers, Clock clock) {
		this.sessions = sessions;
		this.enrolments = enrolments;
		this.store = store;
		this.held = held;
		this.children = children;
		this.audit = audit;
		this.today = today;
		this.volunteers = volunteers;
		this.clock = clock;
	}

	/**
	 * One child's line on the attendance list; {@code present} is empty until someone marks it. {@code noPhotos}: no
	 * guardian's consent to photos (PHOTOS_INTERNAL) is in force. {@code collectedBy}: who collected the child at
	 * check-out, only for staff.
	 */
	public record Line(ChildCard child, boolean enrolled, @Nullable Boolean present, @Nullable LocalTime checkedInAt,
			@Nullable LocalTime checkedOutAt, boolean noPhotos, @Nullable Collected collectedBy) {
	}

	/** The order of the list, whatever the marks: first name, last name, then id, so a tap never moves a child. */
	static final java.util.Comparator<Line> ORDER = java.util.Comparator
		.comparing((Line line) -> line.child().firstName(), java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl")))
		.thenComparing(line -> line.child().lastName() == null ? "" : line.child().lastName(),
				java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl")))
		.thenComparing(line -> line.child().id());

	/** The attendance list of a session, with the walk-in counts and the totals. */
	public record Sheet(Session session, List<Line> lines, Map<AgeBand, Map<WalkInGender, Integer>> walkIns,
			int present, int absent, int walkInTotal, boolean open, boolean future) {

		public int walkIns(AgeBand band, WalkInGender gender) {
			return walkIns.getOrDefault(band, Map.of()).getOrDefault(gender, 0);
		}
	}

	/**
	 * A session the user may take attendance for: staff any of the organisation's, a volunteer those they are assigned
	 * to while cleared today ({@link SessionVolunteers}).
	 */
	@Transactional(readOnly = true)
	public Session session(CurrentUser user, UUID sessionId) {
		var session = sessions.session(user.organisationId(), sessionId);
		if (!staff(user) && !volunteers.worksAt(user.id(), sessionId)) {
			throw new NotFound();
		}
		return session;
	}

	private static boolean staff(CurrentUser user) {
		return user.hasAnyRole(Role.COORDINATOR, Role.WORKER);
	}

	/** The list for the door: children with a place and children already marked, first names first. */
	public Sheet sheet(CurrentUser user, UUID sessionId) {
		var session = session(user, sessionId);
		var enrolled = new LinkedHashSet<>(enrolments.enrolledIn(session));
		var marks = store.marks(sessionId);
		var ids = new LinkedHashSet<UUID>(enrolled);
		ids.addAll(marks.keySet());
		var lines = new ArrayList<Line>();
		var cards = children.cards(user, ids);
		var photos = children.allowing(user.organisationId(), cards.stream().map(ChildCard::id).toList(),
				ConsentPurpose.PHOTOS_INTERNAL);
		for (var card : cards) {
			var mark = marks.get(card.id());
			lines.add(new Line(card, enrolled.contains(card.id()), mark == null ? null : mark.present(),
					mark == null ? null : mark.checkedInAt(), mark == null ? null : mark.checkedOutAt(),
					!photos.contains(card.id()), mark == null || !staff(user) ? null : mark.collectedBy()));
		}
		lines.sort(ORDER);
		if (!lines.isEmpty()) {
			audit.record(AuditAction.READ, "session-children", sessionId, AuditResult.SUCCESS);
		}
		var walkIns = store.walkIns(sessionId);
		var total = walkIns.values().stream().flatMap(it -> it.values().stream()).mapToInt(Integer::intValue).sum();
		var present = present(marks);
		var future = session.date().isAfter(today.today());
		return new Sheet(session, lines, walkIns, present, marks.size() - present, total,
				!future && !session.cancelled(), future);
	}

	/**
	 * The sessions of the organisation in a period that a child was marked present at, newest first: for the
	 * participation module, where a child signed in with their own login gives feedback on them.
	 */
	@Transactional(readOnly = true)
	public List<Session> attendedBy(UUID organisationId, UUID childId, java.time.LocalDate from, java.time.LocalDate to) {
		return store.attendedBy(organisationId, childId, from, to).stream()
			.map(id -> sessions.session(organisationId, id))
			.toList();
	}

	/** A session of the organisation and the children marked present at it (ids only, in no particular order). */
	public record Presence(Session session, List<UUID> present) {
	}

	/**
	 * Who is marked present at a session of the organisation, for a module that has already decided the caller may
	 * know it (the participation module's kiosk, which shows the present children their own first names). Another
	 * organisation's session is not found. Before attendance is taken nobody is present.
	 */
	@Transactional(readOnly = true)
	public Presence presence(UUID organisationId, UUID sessionId) {
		var session = sessions.session(organisationId, sessionId);
		var present = store.marks(session.id()).entrySet().stream().filter(entry -> entry.getValue().present())
			.map(Map.Entry::getKey).toList();
		return new Presence(session, present);
	}

	/** What the top of the attendance list counts: children present, absent, and walk-ins. */
	public record Totals(int present, int absent, int walkIns) {
	}

	/** The totals of a session the user may take attendance for, without reading the children's list. */
	@Transactional(readOnly = true)
	public Totals totals(CurrentUser user, UUID sessionId) {
		session(user, sessionId);
		var marks = store.marks(sessionId);
		var present = present(marks);
		var walkIns = store.walkIns(sessionId).values().stream().flatMap(it -> it.values().stream())
			.mapToInt(Integer::intValue).sum();
		return new Totals(present, marks.size() - present, walkIns);
	}

	private static int present(Map<UUID, Mark> marks) {
		return (int) marks.values().stream().filter(Mark::present).count();
	}

	/** What marking did: the session and the children's lines as they are now. */
	public record Marked(Session session, List<Line> lines) {
	}

	/** Marks one child present or absent; present without a time on the day itself checks the child in now. */
	public Line mark(CurrentUser user, UUID sessionId, AttendanceMark mark) {
		return markAll(user, sessionId, List.of(mark)).lines().get(0);
	}

	/** Marks several children at once: all are checked before any is saved. */
	public Marked markAll(CurrentUser user, UUID sessionId, List<AttendanceMark> marks) {
		return markAll(user, sessionId, marks, null);
	}

	/**
	 * Marks the children, and with {@code collectedBy} set records who collected them in the same write (the door's
	 * check-out, {@link CheckOuts}); without it, a child still present keeps who collected them.
	 */
	Marked markAll(CurrentUser user, UUID sessionId, List<AttendanceMark> marks, @Nullable Collected collectedBy) {
		var session = session(user, sessionId);
		session.checkTakesAttendance(today.today());
		if (marks.isEmpty()) {
			throw new FieldRejected("marks", "attendance.error.empty");
		}
		var enrolled = new LinkedHashSet<>(enrolments.enrolledIn(session));
		var existing = store.marks(sessionId);
		var ids = marks.stream().map(AttendanceMark::childId).distinct().toList();
		if (!staff(user) && ids.stream().anyMatch(id -> !enrolled.contains(id) && !existing.containsKey(id))) {
			throw new FieldRejected("childId", "attendance.error.notOnList");
		}
		var cards = new HashMap<UUID, ChildCard>();
		children.cards(user, ids).forEach(card -> cards.put(card.id(), card));
		for (var mark : marks) {
			var card = cards.get(mark.childId());
			if (card == null || (!card.active() && !existing.containsKey(card.id()))) {
				throw new FieldRejected("childId", "attendance.error.child");
			}
			if (Boolean.TRUE.equals(mark.present()) && mark.checkedInAt() != null && mark.checkedOutAt() != null
					&& mark.checkedOutAt().isBefore(mark.checkedInAt())) {
				throw new FieldRejected("checkedOutAt", "attendance.error.checkOutBeforeCheckIn");
			}
		}
		var photos = children.allowing(user.organisationId(), ids, ConsentPurpose.PHOTOS_INTERNAL);
		var onTheDay = session.date().equals(today.today());
		var late = session.date().isBefore(today.today());
		var lines = new ArrayList<Line>();
		var corrected = false;
		for (var mark : marks) {
			var before = existing.get(mark.childId());
			var present = Boolean.TRUE.equals(mark.present());
			LocalTime in = null;
			LocalTime out = null;
			if (present) {
				in = mark.checkedInAt() != null ? mark.checkedInAt()
						: before != null && before.checkedInAt() != null ? before.checkedInAt() : onTheDay ? today.now() : null;
				out = mark.checkedOutAt() != null ? mark.checkedOutAt() : before == null ? null : before.checkedOutAt();
				if (in != null && out != null && out.isBefore(in)) {
					throw new FieldRejected("checkedOutAt", "attendance.error.checkOutBeforeCheckIn");
				}
			}
			var collected = !present ? null : collectedBy != null ? collectedBy : before == null ? null : before.collectedBy();
			var after = new Mark(present, in, out, collected);
			if (before == null) {
				store.insert(sessionId, mark.childId(), user.organisationId(), after, user.id(), clock.instant());
				corrected |= late;
			}
			else if (!before.equals(after)) {
				store.update(sessionId, mark.childId(), user.organisationId(), after, user.id(), clock.instant());
				corrected = true;
			}
			existing.put(mark.childId(), after);
			lines.add(new Line(cards.get(mark.childId()), enrolled.contains(mark.childId()), present, in, out,
					!photos.contains(mark.childId()), staff(user) ? after.collectedBy() : null));
		}
		if (corrected) {
			audit.record(AuditAction.UPDATED, "attendance", sessionId, AuditResult.SUCCESS);
		}
		var present = present(existing);
		held.registered(session, present, existing.size() - present);
		return new Marked(session, lines);
	}

	/**
	 * Marks every enrolled child that nobody has marked yet present, in one go through {@link #markAll} (so the
	 * same checks, audit and {@link AttendanceRegistered} event as single marks); children already marked present or
	 * absent stay as they are. Enrolled children whose record is no longer active are left for a single mark. Returns
	 * the children marked now: none when everyone was marked already.
	 */
	public Marked markEveryonePresent(CurrentUser user, UUID sessionId) {
		var session = session(user, sessionId);
		session.checkTakesAttendance(today.today());
		var existing = store.marks(sessionId);
		var unmarked = enrolments.enrolledIn(session).stream().distinct().filter(id -> !existing.containsKey(id)).toList();
		var marks = children.cards(user, unmarked).stream().filter(ChildCard::active)
			.map(card -> new AttendanceMark(card.id(), true, null, null))
			.toList();
		if (marks.isEmpty()) {
			return new Marked(session, List.of());
		}
		return markAll(user, sessionId, marks);
	}

	/** A search for a registered child to add to the list: staff only, at most ten, active children. */
	@Transactional(readOnly = true)
	public List<ChildCard> candidates(CurrentUser user, UUID sessionId, String name) {
		session(user, sessionId);
		if (!staff(user) || name.isBlank()) {
			return List.of();
		}
		var found = children.search(user, new ChildQuery(name, null, null, null, null, false, false), PageRequest.of(0, 10));
		return children.cards(user, found.getContent().stream().map(it -> it.id()).toList()).stream()
			.filter(ChildCard::active).toList();
	}
}
