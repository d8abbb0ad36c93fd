package nl.samenspel.children;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A parent or carer as typed in a form or sent to the API, with how they are related to the child. */
public record GuardianDetails(@NotBlank @Size(max = 200) @PlainText @Nullable String name,
		@NotNull @Nullable Relation relation,
		@Pattern(regexp = ChildDetailsRules.PHONE, message = "{validation.phone}") @Nullable String phone,
		@Email @Size(max = 254) @PlainText @Nullable String email,
		@Pattern(regexp = "nl|en", message = "{validation.language}") @Nullable String preferredLanguage) {
}
