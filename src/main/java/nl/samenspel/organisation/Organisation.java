package nl.samenspel.organisation;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A welfare organisation: the tenant every other row belongs to.
 */
@Table("organisation")
public class Organisation {

	private final @Id UUID id;
	private @Version Long version;
	private String name;
	private Region region;
	private boolean active;
	private final Instant createdAt;
	/** Every staff member must have a second factor, not only the roles of {@link SecondFactors#REQUIRED_FOR}. */
	private boolean secondFactorForAllStaff;

	Organisation(UUID id, String name, Region region, Instant createdAt) {
		this(id, null, name, region, true, createdAt, false);
	}

	@PersistenceCreator
	private Organisation(UUID id, Long version, String name, Region region, boolean active, Instant createdAt,
			boolean secondFactorForAllStaff) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.region = region;
		this.active = active;
		this.createdAt = createdAt;
		this.secondFactorForAllStaff = secondFactorForAllStaff;
	}

	void rename(String name, Region region) {
		this.name = name;
		this.region = region;
	}

	void requireSecondFactorForAllStaff(boolean required) {
		this.secondFactorForAllStaff = required;
	}

	public boolean isSecondFactorForAllStaff() {
		return secondFactorForAllStaff;
	}

	public UUID getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public Region getRegion() {
		return region;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
