package nl.samenspel.children;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** What the child said about a purpose, in their own words. The newest one counts; earlier ones stay. */
@Table("child_assent")
public record Assent(@Id UUID id, ConsentPurpose purpose, boolean agrees, @Nullable String words,
		Instant recordedAt, @Nullable UUID recordedBy) {
}
