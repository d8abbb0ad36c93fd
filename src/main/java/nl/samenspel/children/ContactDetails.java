package nl.samenspel.children;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** Someone to call in an emergency. */
public record ContactDetails(@NotBlank @Size(max = 200) @PlainText @Nullable String name,
		@Size(max = 100) @PlainText @Nullable String relation,
		@NotBlank @Pattern(regexp = ChildDetailsRules.PHONE, message = "{validation.phone}") @Nullable String phone) {
}
