package nl.samenspel.activities;

import java.sql.Timestamp;
import java.sql.Time;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildCard;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Taking attendance at the door. Staff (COORDINATOR, WORKER) take it for any session of the organisation and may add
 * any registered child; a VOLUNTEER only for the sessions they work at, and only for the children with a place in
 * them. Children who come without being registered are counted per age band and gender, nothing more. A session in
 * the future or a cancelled one takes no attendance. Corrections (a change to what was registered, or registering
 * after the day) are written to the audit log.
 */
@Service
@Transactional
public class Attendance {

	private final ProgrammeStore store;
	private final ChildManagement children;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Attendance(ProgrammeStore store, ChildManagement children, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.children = children;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** One child's line on the attendance list; {@code present} is empty until someone marks it. */
	public record Line(ChildCard child, boolean enrolled, @Nullable Boolean present, @Nullable LocalTime checkedInAt,
			@Nullable LocalTime checkedOutAt) {
	}

	/** The attendance list of a session, with the walk-in counts and the totals. */
	public record Sheet(Session session, List<Line> lines, Map<AgeBand, Map<WalkInGender, Integer>> walkIns,
			int present, int absent, int walkInTotal, boolean open, boolean future) {

		public int walkIns(AgeBand band, WalkInGender gender) {
			return walkIns.getOrDefault(band, Map.of()).getOrDefault(gender, 0);
		}
	}

	/** A session the user may take attendance for: staff any of the organisation's, a volunteer their own. */
	@Transactional(readOnly = true)
	public Session session(CurrentUser user, UUID sessionId) {
		var session = store.session(user.organisationId(), sessionId);
		if (!staff(user) && !session.staff().contains(user.id())) {
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
		var enrolled = new LinkedHashSet<>(store.enrolledIn(session));
		var marks = marks(sessionId);
		var ids = new LinkedHashSet<UUID>(enrolled);
		ids.addAll(marks.keySet());
		var lines = new ArrayList<Line>();
		for (var card : children.cards(user, ids)) {
			var mark = marks.get(card.id());
			lines.add(new Line(card, enrolled.contains(card.id()), mark == null ? null : mark.present(),
					mark == null ? null : mark.checkedInAt(), mark == null ? null : mark.checkedOutAt()));
		}
		lines.sort(java.util.Comparator.comparing((Line line) -> Boolean.TRUE.equals(line.present()) ? 1 : 0)
			.thenComparing(line -> line.child().firstName(), java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl")))
			.thenComparing(line -> line.child().id()));
		if (!lines.isEmpty()) {
			audit.record(AuditAction.READ, "session-children", sessionId, AuditResult.SUCCESS);
		}
		var walkIns = walkIns(sessionId);
		var total = walkIns.values().stream().flatMap(it -> it.values().stream()).mapToInt(Integer::intValue).sum();
		var present = (int) marks.values().stream().filter(Mark::present).count();
		var future = session.date().isAfter(store.today());
		return new Sheet(session, lines, walkIns, present, marks.size() - present, total,
				!future && !session.cancelled(), future);
	}

	/** What the top of the attendance list counts: children present, absent, and walk-ins. */
	public record Totals(int present, int absent, int walkIns) {
	}

	/** The totals of a session the user may take attendance for, without reading the children's list. */
	@Transactional(readOnly = true)
	public Totals totals(CurrentUser user, UUID sessionId) {
		session(user, sessionId);
		var marks = marks(sessionId);
		var present = (int) marks.values().stream().filter(Mark::present).count();
		var walkIns = walkIns(sessionId).values().stream().flatMap(it -> it.values().stream())
			.mapToInt(Integer::intValue).sum();
		return new Totals(present, marks.size() - present, walkIns);
	}

	private record Mark(boolean present, @Nullable LocalTime checkedInAt, @Nullable LocalTime checkedOutAt) {
	}

	private Map<UUID, Mark> marks(UUID sessionId) {
		var marks = new HashMap<UUID, Mark>();
		store.jdbc().sql("select child_id, present, checked_in_at, checked_out_at from attendance where session_id = :session")
			.param("session", sessionId)
			.query(rs -> {
				marks.put(rs.getObject(1, UUID.class), new Mark(rs.getBoolean(2), localTime(rs.getTime(3)),
						localTime(rs.getTime(4))));
			});
		return marks;
	}

	private static @Nullable LocalTime localTime(@Nullable Time time) {
		return time == null ? null : time.toLocalTime();
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
		var session = session(user, sessionId);
		checkOpen(session);
		if (marks.isEmpty()) {
			throw new FieldRejected("marks", "attendance.error.empty");
		}
		var enrolled = new LinkedHashSet<>(store.enrolledIn(session));
		var existing = marks(sessionId);
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
		var today = session.date().equals(store.today());
		var late = session.date().isBefore(store.today());
		var lines = new ArrayList<Line>();
		var corrected = false;
		for (var mark : marks) {
			var before = existing.get(mark.childId());
			var present = Boolean.TRUE.equals(mark.present());
			LocalTime in = null;
			LocalTime out = null;
			if (present) {
				in = mark.checkedInAt() != null ? mark.checkedInAt()
						: before != null && before.checkedInAt() != null ? before.checkedInAt() : today ? store.now() : null;
				out = mark.checkedOutAt() != null ? mark.checkedOutAt() : before == null ? null : before.checkedOutAt();
				if (in != null && out != null && out.isBefore(in)) {
					throw new FieldRejected("checkedOutAt", "attendance.error.checkOutBeforeCheckIn");
				}
			}
			var after = new Mark(present, in, out);
			if (before == null) {
				store.jdbc().sql("""
						insert into attendance (session_id, child_id, organisation_id, present, checked_in_at, checked_out_at,
						  recorded_by, recorded_at)
						values (:session, :child, :organisation, :present, :in, :out, :by, :now)""")
					.params(attendanceColumns(user, sessionId, mark.childId(), after))
					.update();
				corrected |= late;
			}
			else if (!before.equals(after)) {
				store.jdbc().sql("""
						update attendance set present = :present, checked_in_at = :in, checked_out_at = :out, recorded_by = :by,
						  recorded_at = :now
						where session_id = :session and child_id = :child""")
					.params(attendanceColumns(user, sessionId, mark.childId(), after))
					.update();
				corrected = true;
			}
			existing.put(mark.childId(), after);
			lines.add(new Line(cards.get(mark.childId()), enrolled.contains(mark.childId()), present, in, out));
		}
		if (corrected) {
			audit.record(AuditAction.UPDATED, "attendance", sessionId, AuditResult.SUCCESS);
		}
		registered(session, existing);
		return new Marked(session, lines);
	}

	private Map<String, Object> attendanceColumns(CurrentUser user, UUID sessionId, UUID childId, Mark mark) {
		var columns = new HashMap<String, Object>();
		columns.put("session", sessionId);
		columns.put("child", childId);
		columns.put("organisation", user.organisationId());
		columns.put("present", mark.present());
		columns.put("in", mark.checkedInAt() == null ? null : ProgrammeStore.time(mark.checkedInAt()));
		columns.put("out", mark.checkedOutAt() == null ? null : ProgrammeStore.time(mark.checkedOutAt()));
		columns.put("by", user.id());
		columns.put("now", Timestamp.from(clock.instant()));
		return columns;
	}

	private void checkOpen(Session session) {
		if (session.cancelled()) {
			throw new FieldRejected("session", "attendance.error.cancelled");
		}
		if (session.date().isAfter(store.today())) {
			throw new FieldRejected("session", "attendance.error.future");
		}
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

	// walk-ins

	public Map<AgeBand, Map<WalkInGender, Integer>> walkIns(UUID sessionId) {
		var counts = new EnumMap<AgeBand, Map<WalkInGender, Integer>>(AgeBand.class);
		store.jdbc().sql("select age_band, gender, visitors from walk_in_count where session_id = :session")
			.param("session", sessionId)
			.query(rs -> {
				counts.computeIfAbsent(AgeBand.valueOf(rs.getString(1)), it -> new EnumMap<>(WalkInGender.class))
					.put(WalkInGender.valueOf(rs.getString(2)), rs.getInt(3));
			});
		return counts;
	}

	/** Replaces the walk-in counts given (the others stay); negative counts are refused. */
	public Map<AgeBand, Map<WalkInGender, Integer>> recordWalkIns(CurrentUser user, UUID sessionId, List<WalkIn> counts) {
		var session = session(user, sessionId);
		checkOpen(session);
		if (counts.isEmpty()) {
			// nothing to register: the session must not count as held
			throw new FieldRejected("counts", "walkIns.error.empty");
		}
		for (var count : counts) {
			if (count.visitors() == null || count.visitors() < 0) {
				throw new FieldRejected("visitors", "walkIns.error.negative");
			}
		}
		var before = walkIns(sessionId);
		var changed = false;
		for (var count : counts) {
			var old = before.getOrDefault(count.ageBand(), Map.of()).get(count.gender());
			if (old != null && old.equals(count.visitors())) {
				continue;
			}
			changed |= old != null;
			var params = Map.<String, Object>of("session", sessionId, "band", count.ageBand().name(), "gender",
					count.gender().name(), "visitors", count.visitors(), "organisation", user.organisationId());
			var updated = store.jdbc().sql("update walk_in_count set visitors = :visitors where session_id = :session and age_band = :band and gender = :gender")
				.params(params).update();
			if (updated == 0) {
				store.jdbc().sql("""
						insert into walk_in_count (session_id, organisation_id, age_band, gender, visitors)
						values (:session, :organisation, :band, :gender, :visitors)""")
					.params(params).update();
			}
		}
		if (changed || session.date().isBefore(store.today())) {
			audit.record(AuditAction.UPDATED, "walk-ins", sessionId, AuditResult.SUCCESS);
		}
		registered(session, marks(sessionId));
		return walkIns(sessionId);
	}

	private void registered(Session session, Map<UUID, Mark> marks) {
		var present = (int) marks.values().stream().filter(Mark::present).count();
		var walkIns = store.jdbc().sql("select coalesce(sum(visitors), 0) from walk_in_count where session_id = :session")
			.param("session", session.id()).query(Integer.class).single();
		if (session.heldAt() == null && marks.isEmpty() && walkIns == 0) {
			// only zeros (the walk-in form saved as it opens) and nobody marked: nothing shows the session took place
			return;
		}
		if (session.heldAt() == null) {
			var marked = store.jdbc().sql("update activity_session set held_at = :now where id = :id and held_at is null")
				.param("now", Timestamp.from(clock.instant())).param("id", session.id()).update();
			if (marked > 0) {
				events.publishEvent(new SessionHeld(session.organisationId(), session.activityId(), session.id(),
						session.date(), session.minutes()));
			}
		}
		events.publishEvent(new AttendanceRegistered(session.organisationId(), session.activityId(), session.id(),
				session.date(), present, marks.size() - present, walkIns));
	}
}
