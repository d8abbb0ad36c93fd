package nl.samenspel.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

/**
 * The organisation's own data: its settings, the municipalities it works in, their neighbourhoods and its
 * locations. Every method takes the organisation it acts for, and finds nothing of any other: an id of another
 * organisation's row is answered as unknown (404), never as forbidden, so that ids reveal nothing.
 */
@Service
@Transactional
public class OrganisationManagement {

	private final Organisations organisations;
	private final Municipalities municipalities;
	private final Neighbourhoods neighbourhoods;
	private final Locations locations;
	private final AuditLog audit;

	OrganisationManagement(Organisations organisations, Municipalities municipalities, Neighbourhoods neighbourhoods,
			Locations locations, AuditLog audit) {
		this.organisations = organisations;
		this.municipalities = municipalities;
		this.neighbourhoods = neighbourhoods;
		this.locations = locations;
		this.audit = audit;
	}

	// organisation

	@Transactional(readOnly = true)
	public Organisation organisation(UUID organisationId) {
		return organisations.findById(organisationId).orElseThrow(OrganisationManagement::notFound);
	}

	public Organisation updateOrganisation(UUID organisationId, OrganisationDetails details) {
		var organisation = organisation(organisationId);
		organisation.rename(details.name().strip(), details.region());
		var policy = details.secondFactorForAllStaff();
		var policyChanged = policy != null && policy != organisation.isSecondFactorForAllStaff();
		if (policyChanged) {
			organisation.requireSecondFactorForAllStaff(policy);
		}
		organisations.save(organisation);
		audit.record(AuditAction.UPDATED, "organisation", organisationId, AuditResult.SUCCESS);
		if (policyChanged) {
			audit.record(AuditAction.SECOND_FACTOR_POLICY_CHANGED, "organisation", organisationId, AuditResult.SUCCESS);
		}
		return organisation;
	}

	/** Whether every staff member of the organisation must have a second factor; false for an unknown one. */
	@Transactional(readOnly = true)
	public boolean secondFactorForAllStaff(UUID organisationId) {
		return organisations.findById(organisationId).map(Organisation::isSecondFactorForAllStaff).orElse(false);
	}

	// municipalities

	@Transactional(readOnly = true)
	public List<Municipality> municipalities(UUID organisationId) {
		return municipalities.findByOrganisationIdOrderByName(organisationId);
	}

	@Transactional(readOnly = true)
	public Municipality municipality(UUID organisationId, UUID id) {
		return municipalities.findByIdAndOrganisationId(id, organisationId).orElseThrow(OrganisationManagement::notFound);
	}

	public Municipality addMunicipality(UUID organisationId, MunicipalityDetails details) {
		rejectTakenCode(organisationId, details.code(), null);
		var municipality = municipalities.save(new Municipality(organisationId, details.code(), details.name().strip()));
		audit.record(AuditAction.CREATED, "municipality", municipality.getId(), AuditResult.SUCCESS);
		return municipality;
	}

	public Municipality updateMunicipality(UUID organisationId, UUID id, MunicipalityDetails details) {
		var municipality = municipality(organisationId, id);
		rejectTakenCode(organisationId, details.code(), id);
		municipality.update(details.code(), details.name().strip(), details.active() == null || details.active());
		municipalities.save(municipality);
		audit.record(AuditAction.UPDATED, "municipality", id, AuditResult.SUCCESS);
		return municipality;
	}

	public void deactivateMunicipality(UUID organisationId, UUID id) {
		var municipality = municipality(organisationId, id);
		municipality.deactivate();
		municipalities.save(municipality);
		audit.record(AuditAction.DEACTIVATED, "municipality", id, AuditResult.SUCCESS);
	}

	private void rejectTakenCode(UUID organisationId, @Nullable String code, @Nullable UUID self) {
		municipalities.findByOrganisationIdAndCode(organisationId, code)
			.filter(existing -> !existing.getId().equals(self))
			.ifPresent(existing -> {
				throw new FieldRejected("code", "validation.municipalityCode.taken");
			});
	}

	// neighbourhoods

	@Transactional(readOnly = true)
	public Page<Neighbourhood> neighbourhoods(UUID organisationId, String query, Pageable pageable) {
		return neighbourhoods.findByOrganisationIdAndNameContainingIgnoreCase(organisationId, query.strip(), pageable);
	}

	/** The active neighbourhoods to choose from, each code once, in its newest CBS year. */
	@Transactional(readOnly = true)
	public List<Neighbourhood> currentNeighbourhoods(UUID organisationId) {
		return neighbourhoods.findByOrganisationIdOrderByNameAscCbsYearDesc(organisationId).stream()
			.filter(Neighbourhood::isActive)
			.collect(Collectors.toMap(Neighbourhood::getCode, Function.identity(),
					(a, b) -> a.getCbsYear() >= b.getCbsYear() ? a : b))
			.values().stream()
			.sorted(Comparator.comparing(Neighbourhood::getName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Transactional(readOnly = true)
	public Neighbourhood neighbourhood(UUID organisationId, UUID id) {
		return neighbourhoods.findByIdAndOrganisationId(id, organisationId).orElseThrow(OrganisationManagement::notFound);
	}

	public Neighbourhood addNeighbourhood(UUID organisationId, NeighbourhoodDetails details) {
		checkNeighbourhood(organisationId, details, null);
		var neighbourhood = neighbourhoods.save(new Neighbourhood(organisationId, details));
		audit.record(AuditAction.CREATED, "neighbourhood", neighbourhood.getId(), AuditResult.SUCCESS);
		return neighbourhood;
	}

	public Neighbourhood updateNeighbourhood(UUID organisationId, UUID id, NeighbourhoodDetails details) {
		var neighbourhood = neighbourhood(organisationId, id);
		checkNeighbourhood(organisationId, details, id);
		neighbourhood.update(details);
		neighbourhoods.save(neighbourhood);
		audit.record(AuditAction.UPDATED, "neighbourhood", id, AuditResult.SUCCESS);
		return neighbourhood;
	}

	public void deactivateNeighbourhood(UUID organisationId, UUID id) {
		var neighbourhood = neighbourhood(organisationId, id);
		neighbourhood.deactivate();
		neighbourhoods.save(neighbourhood);
		audit.record(AuditAction.DEACTIVATED, "neighbourhood", id, AuditResult.SUCCESS);
	}

	private void checkNeighbourhood(UUID organisationId, NeighbourhoodDetails details, @Nullable UUID self) {
		var municipality = municipalities.findByIdAndOrganisationId(details.municipalityId(), organisationId)
			.orElseThrow(() -> new FieldRejected("municipalityId", "validation.municipality.unknown"));
		if (!details.districtCode().substring(2, 6).equals(municipality.digits())) {
			throw new FieldRejected("districtCode", "validation.districtCode.otherMunicipality");
		}
		if (!details.code().substring(2, 8).equals(details.districtCode().substring(2))) {
			throw new FieldRejected("code", "validation.neighbourhoodCode.otherDistrict");
		}
		neighbourhoods.findByOrganisationIdAndCodeAndCbsYear(organisationId, details.code(), details.cbsYear())
			.filter(existing -> !existing.getId().equals(self))
			.ifPresent(existing -> {
				throw new FieldRejected("code", "validation.neighbourhoodCode.taken");
			});
	}

	// locations

	@Transactional(readOnly = true)
	public Page<Location> locations(UUID organisationId, String query, Pageable pageable) {
		return locations.findByOrganisationIdAndNameContainingIgnoreCase(organisationId, query.strip(), pageable);
	}

	@Transactional(readOnly = true)
	public Location location(UUID organisationId, UUID id) {
		return locations.findByIdAndOrganisationId(id, organisationId).orElseThrow(OrganisationManagement::notFound);
	}

	/** Every location of the organisation, active ones first, by name: for pick lists and the programme. */
	@Transactional(readOnly = true)
	public List<Location> allLocations(UUID organisationId) {
		return locations.findByOrganisationIdOrderByActiveDescNameAsc(organisationId);
	}

	/**
	 * Locations by id, whatever their organisation: for the public programme, which shows where published
	 * activities take place. Never use it for anything a signed-in user asks about their own organisation.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Location> publishedLocations(java.util.Collection<UUID> ids) {
		var found = new java.util.HashMap<UUID, Location>();
		locations.findAllById(ids).forEach(location -> found.put(location.getId(), location));
		return found;
	}

	/** The active locations in a neighbourhood, whatever their organisation: for the public programme's filter. */
	@Transactional(readOnly = true)
	public List<UUID> locationIdsIn(UUID neighbourhoodId) {
		return locations.findByNeighbourhoodId(neighbourhoodId).stream().filter(Location::isActive).map(Location::getId)
			.toList();
	}

	/** A current neighbourhood by id, whatever its organisation: for the public programme. */
	@Transactional(readOnly = true)
	public java.util.Optional<Neighbourhood> publicNeighbourhood(UUID id) {
		return neighbourhoods.findById(id).filter(Neighbourhood::isActive);
	}

	/** The organisation's names by id, for the public programme. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> organisationNames(java.util.Collection<UUID> ids) {
		var found = new java.util.HashMap<UUID, String>();
		organisations.findAllById(ids).forEach(organisation -> found.put(organisation.getId(), organisation.getName()));
		return found;
	}

	/** Every active organisation, by name: the public programme's filter. */
	@Transactional(readOnly = true)
	public List<Organisation> activeOrganisations() {
		return organisations.findAll().stream().filter(Organisation::isActive)
			.sorted(java.util.Comparator.comparing(Organisation::getName)).toList();
	}

	/** Current neighbourhoods by id, whatever their organisation: for the public programme's filter. */
	@Transactional(readOnly = true)
	public List<Neighbourhood> neighbourhoodsOf(java.util.Collection<UUID> organisationIds) {
		return organisationIds.stream().flatMap(id -> currentNeighbourhoods(id).stream()).toList();
	}

	/** Municipalities by id, whatever their organisation: the public programme groups its neighbourhoods by them. */
	@Transactional(readOnly = true)
	public List<Municipality> municipalitiesById(java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : municipalities.findAllById(ids);
	}

	public Location addLocation(UUID organisationId, LocationDetails details) {
		checkLocation(organisationId, details);
		var location = locations.save(new Location(organisationId, details));
		audit.record(AuditAction.CREATED, "location", location.getId(), AuditResult.SUCCESS);
		return location;
	}

	public Location updateLocation(UUID organisationId, UUID id, LocationDetails details) {
		var location = location(organisationId, id);
		checkLocation(organisationId, details);
		location.update(details);
		locations.save(location);
		audit.record(AuditAction.UPDATED, "location", id, AuditResult.SUCCESS);
		return location;
	}

	public void deactivateLocation(UUID organisationId, UUID id) {
		var location = location(organisationId, id);
		location.deactivate();
		locations.save(location);
		audit.record(AuditAction.DEACTIVATED, "location", id, AuditResult.SUCCESS);
	}

	private void checkLocation(UUID organisationId, LocationDetails details) {
		if (details.neighbourhoodId() != null
				&& neighbourhoods.findByIdAndOrganisationId(details.neighbourhoodId(), organisationId).isEmpty()) {
			throw new FieldRejected("neighbourhoodId", "validation.neighbourhood.unknown");
		}
		if ((details.latitude() == null) != (details.longitude() == null)) {
			throw new FieldRejected(details.latitude() == null ? "latitude" : "longitude", "validation.coordinates.pair");
		}
	}

	static NotFound notFound() {
		return new NotFound();
	}
}
