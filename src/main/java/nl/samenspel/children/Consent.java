package nl.samenspel.children;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A consent a guardian gave for a child: for what, how, for which version of the consent text, when and recorded by
 * whom. Withdrawing it keeps the record and adds when and by whom: the history stays.
 */
@Table("consent")
public class Consent {

	private final @Id UUID id;
	private final UUID guardianId;
	private final ConsentPurpose purpose;
	private final ConsentMethod method;
	private final int textVersion;
	private final Instant givenAt;
	private final @Nullable UUID recordedBy;
	private @Nullable Instant withdrawnAt;
	private @Nullable UUID withdrawnBy;

	Consent(UUID guardianId, ConsentPurpose purpose, ConsentMethod method, int textVersion, Instant givenAt,
			@Nullable UUID recordedBy) {
		this(UUID.randomUUID(), guardianId, purpose, method, textVersion, givenAt, recordedBy, null, null);
	}

	@PersistenceCreator
	private Consent(UUID id, UUID guardianId, ConsentPurpose purpose, ConsentMethod method, int textVersion,
			Instant givenAt, @Nullable UUID recordedBy, @Nullable Instant withdrawnAt, @Nullable UUID withdrawnBy) {
		this.id = id;
		this.guardianId = guardianId;
		this.purpose = purpose;
		this.method = method;
		this.textVersion = textVersion;
		this.givenAt = givenAt;
		this.recordedBy = recordedBy;
		this.withdrawnAt = withdrawnAt;
		this.withdrawnBy = withdrawnBy;
	}

	void withdraw(Instant at, @Nullable UUID by) {
		if (withdrawnAt == null) {
			withdrawnAt = at;
			withdrawnBy = by;
		}
	}

	public boolean isActive() {
		return withdrawnAt == null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getGuardianId() {
		return guardianId;
	}

	public ConsentPurpose getPurpose() {
		return purpose;
	}

	public ConsentMethod getMethod() {
		return method;
	}

	public int getTextVersion() {
		return textVersion;
	}

	public Instant getGivenAt() {
		return givenAt;
	}

	public @Nullable UUID getRecordedBy() {
		return recordedBy;
	}

	public @Nullable Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public @Nullable UUID getWithdrawnBy() {
		return withdrawnBy;
	}
}
