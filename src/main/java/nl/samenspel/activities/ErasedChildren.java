package nl.samenspel.activities;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildErased;

/**
 * An erased child's attendance stays for the counts (present, times), but the name of whoever collected the child at
 * the door goes with the child; the kind (a guardian, an allowed person, alone, someone else) stays. Idempotent.
 */
@Component
class ErasedChildren {

	private final AttendanceStore attendance;

	ErasedChildren(AttendanceStore attendance) {
		this.attendance = attendance;
	}

	@ApplicationModuleListener
	void on(ChildErased event) {
		attendance.forgetCollectors(event.organisationId(), event.childId());
	}
}
