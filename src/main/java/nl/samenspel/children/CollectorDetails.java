package nl.samenspel.children;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** Someone the guardians allow to collect the child, as typed in a form: a name, optionally how they are related and a phone. */
public record CollectorDetails(@NotBlank @Size(max = 200) @PlainText @Nullable String name,
		@Size(max = 100) @PlainText @Nullable String relation,
		@Pattern(regexp = ChildDetailsRules.PHONE, message = "{validation.phone}") @Nullable String phone) {
}
