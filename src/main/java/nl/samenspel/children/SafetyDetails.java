package nl.samenspel.children;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** What matters for a child's safety. Stored encrypted; shown only to those who may see it. */
public record SafetyDetails(@Size(max = 4000) @PlainText(multiline = true) @Nullable String allergies,
		@Size(max = 4000) @PlainText(multiline = true) @Nullable String medication,
		@Size(max = 4000) @PlainText(multiline = true) @Nullable String diet,
		@Size(max = 4000) @PlainText(multiline = true) @Nullable String medicalNotes) {

	public static final SafetyDetails NONE = new SafetyDetails(null, null, null, null);

	public boolean hasAllergies() {
		return present(allergies);
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}
}
