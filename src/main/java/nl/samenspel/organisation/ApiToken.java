package nl.samenspel.organisation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal access token: a user's key for the API, sent as {@code Authorization: Bearer ...}. The secret is shown
 * once when created and stored only as its hash; it stops working when it expires or is revoked. Its {@link TokenScope}
 * says whether it may only read.
 */
@Table("api_token")
public class ApiToken implements Persistable<UUID> {

	private final @Id UUID id;
	private final @Column("app_user_id") UUID userId;
	private final String name;
	private final String tokenHash;
	private final TokenScope scope;
	private final Instant createdAt;
	private final Instant expiresAt;
	private @Nullable Instant revokedAt;
	private @Nullable Instant lastUsedAt;
	private @Transient boolean isNew;

	ApiToken(UUID userId, String name, String tokenHash, TokenScope scope, Instant createdAt, Instant expiresAt) {
		this(UUID.randomUUID(), userId, name, tokenHash, scope, createdAt, expiresAt, null, null);
		this.isNew = true;
	}

	@PersistenceCreator
	private ApiToken(UUID id, UUID userId, String name, String tokenHash, TokenScope scope, Instant createdAt,
			Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
		this.id = id;
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.scope = scope;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.revokedAt = revokedAt;
		this.lastUsedAt = lastUsedAt;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	boolean validAt(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return isNew;
	}

	public UUID getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	/** What the token may do: only read, or read and write. */
	public TokenScope getScope() {
		return scope;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public @Nullable Instant getRevokedAt() {
		return revokedAt;
	}

	public @Nullable Instant getLastUsedAt() {
		return lastUsedAt;
	}
}
