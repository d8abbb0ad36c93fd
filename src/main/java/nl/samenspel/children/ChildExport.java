package nl.samenspel.children;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Everything held about one child, as handed to the child's parents on an access request; {@code otherModules} is what
 * the modules that implement {@link ChildDataSections} hold about the child (participation's ideas, questions, ...).
 */
public record ChildExport(UUID id, String firstName, String lastName, LocalDate dateOfBirth, Gender gender,
		@Nullable UUID neighbourhoodId, @Nullable String postcode, @Nullable String school,
		@Nullable String homeLanguages, ChildStatus status, Instant registeredAt, List<GuardianData> guardians,
		List<Consent> consents, List<Assent> assents, List<EmergencyContact> emergencyContacts, SafetyDetails safety,
		List<AccessData> accessLog, List<ChildDataSections.Section> otherModules) {

	public record GuardianData(String name, @Nullable String phone, @Nullable String email, String preferredLanguage) {
	}

	public record AccessData(Instant at, @Nullable String username, @Nullable String roles, String action,
			@Nullable String objectType) {
	}
}
