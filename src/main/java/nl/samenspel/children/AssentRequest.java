package nl.samenspel.children;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** What the child says about a purpose: yes or no, and in their own words. */
public record AssentRequest(@NotNull @Nullable ConsentPurpose purpose, @NotNull @Nullable Boolean agrees,
		@Size(max = 500) @PlainText @Nullable String words) {
}
