package nl.samenspel.children;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A line in the registry's list: enough to recognise the child, nothing sensitive. */
public record ChildSummary(UUID id, String firstName, String lastName, LocalDate dateOfBirth, int age,
		@Nullable UUID neighbourhoodId, @Nullable String school, ChildStatus status) {
}
