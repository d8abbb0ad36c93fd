package nl.samenspel.activities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * An activity as typed in the form or sent to the API. The description is for parents and children (B1 Dutch, an
 * English text is optional). A drop-in needs no capacity; the others do. A price is in euros and only for a paid
 * activity. Staff are WORKER and VOLUNTEER users of the organisation: they are put on every new session.
 * {@code intergenerational}: the activity brings young and old together (task 9); not marked when left out.
 */
public record ActivityDetails(@NotBlank @Size(max = 200) @PlainText @Nullable String title,
		@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String description,
		@Size(max = 4000) @PlainText(multiline = true) @Nullable String descriptionEn,
		@NotEmpty @Nullable Set<Task> tasks, @Nullable Set<Theme> themes, @NotNull @Nullable UUID locationId,
		@NotNull @Min(0) @Max(18) @Nullable Integer minAge, @NotNull @Min(0) @Max(18) @Nullable Integer maxAge,
		@Min(1) @Max(1000) @Nullable Integer capacity, @NotNull @Nullable Cost cost,
		@DecimalMin("0.01") @DecimalMax("1000.00") @Nullable BigDecimal price, @NotNull @Nullable Mode mode,
		@Size(max = 1000) @PlainText(multiline = true) @Nullable String accessibility,
		@Size(max = 200) @PlainText @Nullable String languages,
		@Size(max = 300) @PlainText @Nullable String intervention, @Nullable List<UUID> staff,
		@Nullable Boolean published, @Nullable Boolean intergenerational) {

	/** An activity as sent before the intergenerational mark (issue 19): not marked. */
	public ActivityDetails(@Nullable String title, @Nullable String description, @Nullable String descriptionEn,
			@Nullable Set<Task> tasks, @Nullable Set<Theme> themes, @Nullable UUID locationId, @Nullable Integer minAge,
			@Nullable Integer maxAge, @Nullable Integer capacity, @Nullable Cost cost, @Nullable BigDecimal price,
			@Nullable Mode mode, @Nullable String accessibility, @Nullable String languages, @Nullable String intervention,
			@Nullable List<UUID> staff, @Nullable Boolean published) {
		this(title, description, descriptionEn, tasks, themes, locationId, minAge, maxAge, capacity, cost, price, mode,
				accessibility, languages, intervention, staff, published, null);
	}

	/** Whether the activity brings young and old together (task 9); not when not said. */
	public boolean marksIntergenerational() {
		return Boolean.TRUE.equals(intergenerational);
	}

	public Set<Task> taskSet() {
		return tasks == null ? Set.of() : tasks;
	}

	public Set<Theme> themeSet() {
		return themes == null ? Set.of() : themes;
	}

	public List<UUID> staffList() {
		return staff == null ? List.of() : staff.stream().distinct().toList();
	}
}
