package nl.samenspel.children;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who may collect a child after an activity, for the door at check-out and for the pages where guardians and staff
 * keep the list: the people the guardians allowed, the guardians themselves, and whether the child may go home alone.
 * Only for those who may see the child's safety information ({@link ChildCollectors#collection}).
 */
public record CollectionSheet(UUID childId, String firstName, List<Collector> allowed, List<Collector> guardians,
		boolean goesHomeAlone) {

	/** A person on the list: an allowed collector or a guardian (whose relation is then the guardian's relation). */
	public record Collector(UUID id, String name, @Nullable String relation, @Nullable String phone) {
	}

	public Optional<Collector> allowed(UUID id) {
		return allowed.stream().filter(it -> it.id().equals(id)).findFirst();
	}

	public Optional<Collector> guardian(UUID id) {
		return guardians.stream().filter(it -> it.id().equals(id)).findFirst();
	}
}
