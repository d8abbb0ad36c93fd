package nl.samenspel.activities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An activity of the programme, as read. {@code intergenerational}: young and old together (task 9, issue 19).
 */
public record Activity(UUID id, UUID organisationId, String title, String description, @Nullable String descriptionEn,
		Set<Task> tasks, Set<Theme> themes, UUID locationId, int minAge, int maxAge, @Nullable Integer capacity,
		Cost cost, @Nullable Integer priceCents, Mode mode, @Nullable String accessibility, @Nullable String languages,
		@Nullable String intervention, List<UUID> staff, boolean published, boolean active, boolean intergenerational) {

	/** An activity as read before the intergenerational mark (issue 19): not marked. */
	public Activity(UUID id, UUID organisationId, String title, String description, @Nullable String descriptionEn,
			Set<Task> tasks, Set<Theme> themes, UUID locationId, int minAge, int maxAge, @Nullable Integer capacity,
			Cost cost, @Nullable Integer priceCents, Mode mode, @Nullable String accessibility, @Nullable String languages,
			@Nullable String intervention, List<UUID> staff, boolean published, boolean active) {
		this(id, organisationId, title, description, descriptionEn, tasks, themes, locationId, minAge, maxAge, capacity,
				cost, priceCents, mode, accessibility, languages, intervention, staff, published, active, false);
	}

	public @Nullable BigDecimal price() {
		return priceCents == null ? null : BigDecimal.valueOf(priceCents, 2);
	}

	/** The description in a language, Dutch when there is no English text. */
	public String description(String language) {
		return "en".equals(language) && descriptionEn != null && !descriptionEn.isBlank() ? descriptionEn : description;
	}

	public ActivityDetails details() {
		return new ActivityDetails(title, description, descriptionEn, tasks, themes, locationId, minAge, maxAge, capacity,
				cost, price(), mode, accessibility, languages, intervention, staff, published, intergenerational);
	}
}
