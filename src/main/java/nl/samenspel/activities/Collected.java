package nl.samenspel.activities;

import org.jspecify.annotations.Nullable;

/**
 * Who collected a child at check-out: one of the people the guardians allowed, a guardian, nobody (the child went
 * home alone, which the guardians allowed) or someone else, whose name was written down with a warning. The name is
 * kept as it was at the door, so the record stays true when the list of collectors changes.
 */
public record Collected(Kind kind, @Nullable String name) {

	public enum Kind {
		ALLOWED, GUARDIAN, ALONE, OTHER
	}
}
