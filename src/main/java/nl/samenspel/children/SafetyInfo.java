package nl.samenspel.children;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import nl.samenspel.kernel.Encryption;

/**
 * A child's health information, as stored: every field sealed by {@link Encryption} for this child. Only
 * {@link ChildManagement} opens it, for those who may see it, and logs that it did.
 */
@Table("safety_info")
record SafetyInfo(@Nullable String allergies, @Nullable String medication, @Nullable String diet,
		@Nullable String medicalNotes, Instant updatedAt) {
}
