package nl.samenspel.activities;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.samenspel.children.SessionAssignments;

/**
 * A volunteer may see a child's safety information while they work at a session the child has a place in (or was
 * marked at): from 30 days before that session to 30 days after it, and not for cancelled sessions.
 */
@Component
class VolunteerAssignments implements SessionAssignments {

	static final int WINDOW_DAYS = 30;

	private final ProgrammeStore store;

	VolunteerAssignments(ProgrammeStore store) {
		this.store = store;
	}

	@Override
	public boolean assignedToSessionOf(UUID volunteerUserId, UUID childId) {
		var today = store.today();
		return store.jdbc().sql("""
				select count(*) from session_staff st join activity_session s on s.id = st.session_id
				where st.app_user_id = :user and s.status = 'PLANNED' and s.session_date between :from and :to
				and (exists (select 1 from enrolment e where e.child_id = :child and e.status = 'ENROLLED'
				             and e.activity_id = s.activity_id and (e.session_id is null or e.session_id = s.id))
				     or exists (select 1 from attendance a where a.session_id = s.id and a.child_id = :child))""")
			.param("user", volunteerUserId)
			.param("child", childId)
			.param("from", ProgrammeStore.date(today.minusDays(WINDOW_DAYS)))
			.param("to", ProgrammeStore.date(today.plusDays(WINDOW_DAYS)))
			.query(Integer.class)
			.single() > 0;
	}
}
