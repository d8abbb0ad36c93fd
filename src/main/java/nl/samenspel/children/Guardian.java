package nl.samenspel.children;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A parent or carer. One guardian can be linked to several children (siblings), and to a PARENT user account once
 * they accepted an invitation, so they can use the parent portal.
 */
@Table("guardian")
public class Guardian {

	private final @Id UUID id;
	private @Version Long version;
	private final UUID organisationId;
	private String name;
	private @Nullable String phone;
	private @Nullable String email;
	private String preferredLanguage;
	private @Nullable UUID appUserId;
	private final Instant createdAt;

	Guardian(UUID organisationId, GuardianDetails details, Instant now) {
		this(UUID.randomUUID(), null, organisationId, "", null, null, "nl", null, now);
		update(details);
	}

	@PersistenceCreator
	private Guardian(UUID id, Long version, UUID organisationId, String name, @Nullable String phone,
			@Nullable String email, String preferredLanguage, @Nullable UUID appUserId, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.organisationId = organisationId;
		this.name = name;
		this.phone = phone;
		this.email = email;
		this.preferredLanguage = preferredLanguage;
		this.appUserId = appUserId;
		this.createdAt = createdAt;
	}

	void update(GuardianDetails details) {
		this.name = details.name().strip();
		this.phone = details.phone() == null || details.phone().isBlank() ? null : details.phone().strip();
		this.email = details.email() == null || details.email().isBlank() ? null : details.email().strip();
		this.preferredLanguage = details.preferredLanguage() == null ? "nl" : details.preferredLanguage();
	}

	void linkAccount(UUID userId) {
		this.appUserId = userId;
	}

	public UUID getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getName() {
		return name;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public @Nullable UUID getAppUserId() {
		return appUserId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
