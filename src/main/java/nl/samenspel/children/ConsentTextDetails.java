package nl.samenspel.children;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A new version of a consent text, in B1 Dutch and in English. */
public record ConsentTextDetails(@NotNull @Nullable ConsentPurpose purpose,
		@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String dutch,
		@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String english) {
}
