package nl.samenspel.volunteers;

import java.util.UUID;

/**
 * How an activity treats its volunteers: whether each session asks for four eyes (at least two screened adults) and
 * whether a volunteer's sign-up confirms itself. Without a row: neither.
 */
public record ActivityRule(UUID activityId, boolean fourEyes, boolean autoConfirm) {

	public static ActivityRule none(UUID activityId) {
		return new ActivityRule(activityId, false, false);
	}
}
