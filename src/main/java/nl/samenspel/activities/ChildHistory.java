package nl.samenspel.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * A child's part in the programme as the child's page shows it: the places and waiting-list spots the child has, and
 * the sessions the child was marked at. For the staff who take attendance and manage enrolment for the whole
 * organisation (COORDINATOR, WORKER), as the activity and session pages are; a VOLUNTEER sees their own sessions'
 * lists and does not open a child's page, and the SAFEGUARDING_OFFICER has no part in the programme's pages. Names
 * of activities, dates and marks only: nothing about health.
 */
@Service
@Transactional(readOnly = true)
public class ChildHistory {

	/** How many places, and how many sessions, the page shows at most. */
	public static final int LIMIT = 10;

	/** The period the count of sessions attended covers. */
	public static final int RECENT_MONTHS = 3;

	private final ChildHistoryStore store;
	private final ProgrammeClock clock;

	ChildHistory(ChildHistoryStore store, ProgrammeClock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * A place of the child in an activity (the whole series, or one session when {@code sessionDate} is set), or a
	 * spot on its waiting list ({@code waitingPosition} 1 for the first in line), since {@code since}.
	 */
	public record Place(UUID activityId, String activity, @Nullable UUID sessionId, @Nullable LocalDate sessionDate,
			EnrolmentStatus status, int waitingPosition, Instant since) {
	}

	/** A session the child was marked at: present (and when they left, if recorded) or absent. */
	public record Visit(UUID sessionId, UUID activityId, String activity, LocalDate date, LocalTime startsAt,
			boolean present, @Nullable LocalTime leftAt) {
	}

	/**
	 * The child's places (at most {@link #LIMIT}, {@code morePlaces} when there are others), the last {@link #LIMIT}
	 * sessions the child was marked at, and how many sessions the child was present at in the last
	 * {@link #RECENT_MONTHS} months.
	 */
	public record Overview(List<Place> places, boolean morePlaces, List<Visit> visits, int presentRecently,
			LocalDate recentSince) {
	}

	/** The child's record in the programme for a COORDINATOR or WORKER of the organisation; empty for anyone else. */
	public Optional<Overview> of(CurrentUser user, UUID childId) {
		if (!user.hasAnyRole(Role.COORDINATOR, Role.WORKER)) {
			return Optional.empty();
		}
		var today = clock.today();
		var since = today.minusMonths(RECENT_MONTHS);
		var places = store.places(user.organisationId(), childId, today, LIMIT + 1);
		var marked = store.visits(user.organisationId(), childId, since, today, LIMIT);
		return Optional.of(new Overview(places.stream().limit(LIMIT).toList(), places.size() > LIMIT,
				marked.stream().map(ChildHistoryStore.Marked::visit).toList(),
				marked.isEmpty() ? 0 : marked.get(0).recent(), since));
	}
}
