package nl.samenspel.children;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Someone to call when something happens to the child. */
@Table("emergency_contact")
public record EmergencyContact(@Id UUID id, String name, @Nullable String relation, String phone) {
}
