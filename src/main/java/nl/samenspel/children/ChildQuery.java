package nl.samenspel.children;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A search of the registry: by name (accents and case do not matter), age range, neighbourhood and school. */
public record ChildQuery(@Nullable String name, @Nullable Integer minAge, @Nullable Integer maxAge,
		@Nullable UUID neighbourhoodId, @Nullable String school, boolean pendingOnly, boolean underReview) {

	public ChildQuery(@Nullable String name, @Nullable Integer minAge, @Nullable Integer maxAge,
			@Nullable UUID neighbourhoodId, @Nullable String school, boolean pendingOnly) {
		this(name, minAge, maxAge, neighbourhoodId, school, pendingOnly, false);
	}
}
