package nl.samenspel.participation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A children's project (maatschappelijke oefenruimte), for staff: its title, goal and outcome in the children's words,
 * the activity it belongs to, its status, the participants with their roles, the tasks and the photos (with the
 * participants each one shows).
 */
public record Project(UUID id, String title, String goal, @Nullable UUID activityId, ProjectStatus status,
		@Nullable String outcome, Instant createdAt, List<Member> members, List<Task> tasks, List<Photo> photos) {

	public record Member(UUID childId, String role) {
	}

	public record Task(UUID id, String text, @Nullable UUID childId, boolean done) {
	}

	public record Photo(UUID id, List<UUID> childIds, Instant uploadedAt) {
	}

	/** A project on the list. */
	public record Summary(UUID id, String title, ProjectStatus status, int members, int openTasks) {
	}

	public boolean hasMember(UUID childId) {
		return members.stream().anyMatch(member -> member.childId().equals(childId));
	}
}
