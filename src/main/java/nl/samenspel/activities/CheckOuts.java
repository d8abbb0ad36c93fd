package nl.samenspel.activities;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildCollectors;
import nl.samenspel.children.CollectionSheet;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.PlainText;

/**
 * A child leaving at the end of a session ("Vertrekt nu"): the door shows who may collect the child (the children
 * module's {@link ChildCollectors}, read and audited like the safety information), and the check-out records who did:
 * one of the allowed people, a guardian, nobody when the guardians allowed the child to go home alone, or someone
 * else by name (kept with a warning). The check-out itself goes through {@link Attendance#markAll}, so the times, the
 * audit and {@link AttendanceRegistered} are those of any mark.
 */
@Service
@Transactional
public class CheckOuts {

	private final Attendance attendance;
	private final ChildCollectors collectors;
	private final ProgrammeClock today;
	private final AuditLog audit;

	CheckOuts(Attendance attendance, ChildCollectors collectors, ProgrammeClock today, AuditLog audit) {
		this.attendance = attendance;
		this.collectors = collectors;
		this.today = today;
		this.audit = audit;
	}

	/** What the door shows: the session, the child's line and who may collect the child. */
	public record Door(Session session, Attendance.Line line, CollectionSheet collection) {
	}

	/** Who collected, as chosen at the door: {@code choice} is ALLOWED, GUARDIAN, ALONE or OTHER. */
	public record CheckOut(Collected.@Nullable Kind choice, @Nullable UUID personId, @Nullable String otherName) {
	}

	/** The door for a child marked present at the session; refused (and logged) for whom may not see the list. */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public Door door(CurrentUser user, UUID sessionId, UUID childId) {
		var session = attendance.session(user, sessionId);
		var line = present(user, sessionId, childId);
		return new Door(session, line, collectors.collection(user, childId));
	}

	/** Checks the child out now and records who collected the child. */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public Collected checkOut(CurrentUser user, UUID sessionId, UUID childId, CheckOut checkOut) {
		var door = door(user, sessionId, childId);
		var collected = collected(door.collection(), checkOut);
		var in = door.line().checkedInAt();
		var now = today.now();
		var out = in != null && now.isBefore(in) ? in : now;
		attendance.markAll(user, sessionId, List.of(new AttendanceMark(childId, true, null, out)), collected);
		audit.record(AuditAction.UPDATED, "collection", sessionId, AuditResult.SUCCESS);
		return collected;
	}

	private Attendance.Line present(CurrentUser user, UUID sessionId, UUID childId) {
		return attendance.sheet(user, sessionId).lines().stream()
			.filter(line -> line.child().id().equals(childId) && Boolean.TRUE.equals(line.present()))
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	private static Collected collected(CollectionSheet collection, CheckOut checkOut) {
		var choice = checkOut.choice();
		if (choice == null) {
			throw new FieldRejected("choice", "collection.error.choice");
		}
		var person = checkOut.personId();
		return switch (choice) {
			case ALLOWED -> new Collected(choice, (person == null ? java.util.Optional.<CollectionSheet.Collector>empty()
					: collection.allowed(person)).orElseThrow(CheckOuts::notOnTheList).name());
			case GUARDIAN -> new Collected(choice, (person == null ? java.util.Optional.<CollectionSheet.Collector>empty()
					: collection.guardian(person)).orElseThrow(CheckOuts::notOnTheList).name());
			case ALONE -> {
				if (!collection.goesHomeAlone()) {
					throw new FieldRejected("choice", "collection.error.alone");
				}
				yield new Collected(choice, null);
			}
			case OTHER -> new Collected(choice, otherName(checkOut.otherName()));
		};
	}

	private static FieldRejected notOnTheList() {
		return new FieldRejected("choice", "collection.error.choice");
	}

	private static String otherName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new FieldRejected("otherName", "collection.error.otherName");
		}
		var text = name.strip();
		if (text.length() > 200) {
			throw new FieldRejected("otherName", "collectors.error.tooLong", 200);
		}
		if (!new PlainText.Validator().isValid(text, null)) {
			throw new FieldRejected("otherName", "validation.plainText");
		}
		return text;
	}
}
