package nl.samenspel.children;

import java.time.LocalDate;
import java.util.List;

import nl.samenspel.kernel.Role;

/**
 * One line of the parent's read log: on a day, someone (by display name, in the roles they had) read what
 * ({@code child}: the record, {@code health}: safety and health information, {@code photo}) how many times.
 */
public record ReadGroup(LocalDate day, String displayName, List<Role> roles, List<Seen> seen) {

	/** What was read, and how many times that day. */
	public record Seen(String what, int times) {
	}
}
