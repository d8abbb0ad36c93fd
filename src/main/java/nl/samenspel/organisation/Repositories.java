package nl.samenspel.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, UUID> {
}

interface Municipalities extends ListCrudRepository<Municipality, UUID> {

	List<Municipality> findByOrganisationIdOrderByName(UUID organisationId);

	Optional<Municipality> findByIdAndOrganisationId(UUID id, UUID organisationId);

	Optional<Municipality> findByOrganisationIdAndCode(UUID organisationId, String code);
}

interface Neighbourhoods extends ListCrudRepository<Neighbourhood, UUID> {

	Page<Neighbourhood> findByOrganisationIdAndNameContainingIgnoreCase(UUID organisationId, String name,
			Pageable pageable);

	List<Neighbourhood> findByOrganisationIdOrderByNameAscCbsYearDesc(UUID organisationId);

	Optional<Neighbourhood> findByIdAndOrganisationId(UUID id, UUID organisationId);

	Optional<Neighbourhood> findByOrganisationIdAndCodeAndCbsYear(UUID organisationId, String code, int cbsYear);
}

interface Locations extends ListCrudRepository<Location, UUID> {

	Page<Location> findByOrganisationIdAndNameContainingIgnoreCase(UUID organisationId, String name,
			Pageable pageable);

	Optional<Location> findByIdAndOrganisationId(UUID id, UUID organisationId);

	List<Location> findByOrganisationIdOrderByActiveDescNameAsc(UUID organisationId);

	List<Location> findByNeighbourhoodId(UUID neighbourhoodId);
}
