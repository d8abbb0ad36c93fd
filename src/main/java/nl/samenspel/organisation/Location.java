package nl.samenspel.organisation;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A place where activities happen: a community centre, a playground, a school or anything else, with its address,
 * the neighbourhood it lies in and its coordinates for the map.
 */
@Table("location")
public class Location {

	private final @Id UUID id;
	private @Version Long version;
	private final UUID organisationId;
	private String name;
	private LocationType type;
	private @Nullable String street;
	private @Nullable String postcode;
	private @Nullable String city;
	private @Nullable UUID neighbourhoodId;
	private @Nullable BigDecimal latitude;
	private @Nullable BigDecimal longitude;
	private boolean active;

	Location(UUID organisationId, LocationDetails details) {
		this(UUID.randomUUID(), null, organisationId, details.name(), details.type(), null, null, null, null, null,
				null, true);
		update(details);
	}

	@PersistenceCreator
	private Location(UUID id, Long version, UUID organisationId, String name, LocationType type,
			@Nullable String street, @Nullable String postcode, @Nullable String city, @Nullable UUID neighbourhoodId,
			@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, boolean active) {
		this.id = id;
		this.version = version;
		this.organisationId = organisationId;
		this.name = name;
		this.type = type;
		this.street = street;
		this.postcode = postcode;
		this.city = city;
		this.neighbourhoodId = neighbourhoodId;
		this.latitude = latitude;
		this.longitude = longitude;
		this.active = active;
	}

	void update(LocationDetails details) {
		this.name = details.name().strip();
		this.type = details.type();
		this.street = blankToNull(details.street());
		this.postcode = LocationDetails.normalisePostcode(details.postcode());
		this.city = blankToNull(details.city());
		this.neighbourhoodId = details.neighbourhoodId();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.active = details.active() == null || details.active();
	}

	void deactivate() {
		this.active = false;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
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

	public LocationType getType() {
		return type;
	}

	public @Nullable String getStreet() {
		return street;
	}

	public @Nullable String getPostcode() {
		return postcode;
	}

	public @Nullable String getCity() {
		return city;
	}

	public @Nullable UUID getNeighbourhoodId() {
		return neighbourhoodId;
	}

	public @Nullable BigDecimal getLatitude() {
		return latitude;
	}

	public @Nullable BigDecimal getLongitude() {
		return longitude;
	}

	public boolean isActive() {
		return active;
	}

	/** Street, postcode and town on one line, leaving out what is not known. */
	public String getAddress() {
		var postcodeAndCity = String.join(" ", java.util.stream.Stream.of(postcode, city)
			.filter(java.util.Objects::nonNull).toList());
		return String.join(", ", java.util.stream.Stream.of(street, postcodeAndCity)
			.filter(part -> part != null && !part.isBlank()).toList());
	}
}
