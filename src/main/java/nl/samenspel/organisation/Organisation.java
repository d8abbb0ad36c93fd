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

	Organisation(UUID id, String name, Region region, Instant createdAt) {
		this(id, null, name, region, true, createdAt);
	}

	@PersistenceCreator
	private Organisation(UUID id, Long version, String name, Region region, boolean active, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.region = region;
		this.active = active;
		this.createdAt = createdAt;
	}

	void rename(String name, Region region) {
		this.name = name;
		this.region = region;
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
