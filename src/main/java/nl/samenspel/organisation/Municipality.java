package nl.samenspel.organisation;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A municipality an organisation works in, by its CBS code ({@code GM0363}). Municipalities commission and pay for
 * the work, and reports are made per municipality.
 */
@Table("municipality")
public class Municipality {

	private final @Id UUID id;
	private @Version Long version;
	private final UUID organisationId;
	private String code;
	private String name;
	private boolean active;

	Municipality(UUID organisationId, String code, String name) {
		this(UUID.randomUUID(), null, organisationId, code, name, true);
	}

	@PersistenceCreator
	private Municipality(UUID id, Long version, UUID organisationId, String code, String name, boolean active) {
		this.id = id;
		this.version = version;
		this.organisationId = organisationId;
		this.code = code;
		this.name = name;
		this.active = active;
	}

	void update(String code, String name, boolean active) {
		this.code = code;
		this.name = name;
		this.active = active;
	}

	void deactivate() {
		this.active = false;
	}

	/** The four digits every neighbourhood and district code of this municipality carries. */
	public String digits() {
		return code.substring(2);
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

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public boolean isActive() {
		return active;
	}
}
