package nl.samenspel.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A CBS neighbourhood (buurt, {@code BU03630001}) in a district (wijk, {@code WK036300}) of a given CBS year, with
 * its children: the CBS count of 0-14 year olds and the count of 4-12 year olds that reach is measured against. CBS
 * has no 4-12 band at neighbourhood level, so that count is usually an estimate (9/15 of 0-14) and says so.
 * Boundaries change yearly: the same code may exist for several years, and an import of a new year leaves the older
 * rows in place.
 */
@Table("neighbourhood")
public class Neighbourhood {

	/** The share of 0-14 year olds taken as 4-12 year olds when no better count is known: nine of fifteen years. */
	static final double SHARE_4_TO_12 = 9.0 / 15.0;

	private final @Id UUID id;
	private @Version Long version;
	private final UUID organisationId;
	private UUID municipalityId;
	private String code;
	private String districtCode;
	private String name;
	private int cbsYear;
	private @Column("children_0_14") @Nullable Integer children0to14;
	private @Column("children_4_12") @Nullable Integer children4to12;
	private @Column("children_4_12_estimated") boolean children4to12Estimated;
	private @Nullable Integer landAreaHectares;
	private boolean active;

	Neighbourhood(UUID organisationId, NeighbourhoodDetails details) {
		this(UUID.randomUUID(), null, organisationId, details.municipalityId(), details.code(), details.districtCode(),
				details.name(), details.cbsYear(), null, null, true, null, true);
		update(details);
	}

	@PersistenceCreator
	private Neighbourhood(UUID id, Long version, UUID organisationId, UUID municipalityId, String code,
			String districtCode, String name, int cbsYear, @Nullable Integer children0to14,
			@Nullable Integer children4to12, boolean children4to12Estimated, @Nullable Integer landAreaHectares,
			boolean active) {
		this.id = id;
		this.version = version;
		this.organisationId = organisationId;
		this.municipalityId = municipalityId;
		this.code = code;
		this.districtCode = districtCode;
		this.name = name;
		this.cbsYear = cbsYear;
		this.children0to14 = children0to14;
		this.children4to12 = children4to12;
		this.children4to12Estimated = children4to12Estimated;
		this.landAreaHectares = landAreaHectares;
		this.active = active;
	}

	void update(NeighbourhoodDetails details) {
		this.municipalityId = details.municipalityId();
		this.code = details.code();
		this.districtCode = details.districtCode();
		this.name = details.name();
		this.cbsYear = details.cbsYear();
		this.children0to14 = details.children0to14();
		this.landAreaHectares = details.landAreaHectares();
		this.active = details.active() == null || details.active();
		if (details.children4to12() != null) {
			this.children4to12 = details.children4to12();
			this.children4to12Estimated = false;
		}
		else {
			this.children4to12 = estimate4to12(details.children0to14());
			this.children4to12Estimated = true;
		}
	}

	void deactivate() {
		this.active = false;
	}

	static @Nullable Integer estimate4to12(@Nullable Integer children0to14) {
		return children0to14 == null ? null : (int) Math.round(children0to14 * SHARE_4_TO_12);
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

	public UUID getMunicipalityId() {
		return municipalityId;
	}

	public String getCode() {
		return code;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public String getName() {
		return name;
	}

	public int getCbsYear() {
		return cbsYear;
	}

	public @Nullable Integer getChildren0to14() {
		return children0to14;
	}

	public @Nullable Integer getChildren4to12() {
		return children4to12;
	}

	public boolean isChildren4to12Estimated() {
		return children4to12Estimated;
	}

	public @Nullable Integer getLandAreaHectares() {
		return landAreaHectares;
	}

	public boolean isActive() {
		return active;
	}
}
