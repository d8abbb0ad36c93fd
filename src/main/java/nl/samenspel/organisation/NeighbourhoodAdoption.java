package nl.samenspel.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.organisation.NeighbourhoodImport.Result;

/**
 * An organisation's ADMIN takes over the neighbourhoods of a CBS year in the organisation's active municipalities from
 * the platform's copy ({@link CbsFigures}): they become the organisation's own rows, which its locations and children
 * point at. Those rows are the organisation's own business; reporting reads the platform copy for the CBS figures.
 */
@Service
public class NeighbourhoodAdoption {

	private final Municipalities municipalities;
	private final Neighbourhoods neighbourhoods;
	private final CbsFigures figures;
	private final AuditLog audit;

	NeighbourhoodAdoption(Municipalities municipalities, Neighbourhoods neighbourhoods, CbsFigures figures,
			AuditLog audit) {
		this.municipalities = municipalities;
		this.neighbourhoods = neighbourhoods;
		this.figures = figures;
		this.audit = audit;
	}

	/**
	 * Takes over the platform's neighbourhoods of a CBS year in the organisation's active municipalities as the
	 * organisation's own: new codes are added, known ones of that year updated to CBS's name and counts, keeping a 4-12
	 * count typed in by hand and a deactivation. Skipped counts the platform's neighbourhoods of that year elsewhere.
	 * Nothing here reaches another organisation.
	 */
	@Transactional
	public Result adopt(UUID organisationId, int year) {
		var byDigits = new HashMap<String, Municipality>();
		municipalities.findByOrganisationIdOrderByName(organisationId).stream()
			.filter(Municipality::isActive)
			.forEach(municipality -> byDigits.put(municipality.digits(), municipality));
		int created = 0;
		int updated = 0;
		int skipped = 0;
		for (var figure : figures.ofYear(year)) {
			var municipality = byDigits.get(figure.code().substring(2, 6));
			if (municipality == null) {
				skipped++;
				continue;
			}
			var details = new NeighbourhoodDetails(municipality.getId(), figure.code(), figure.districtCode(),
					figure.name(), year, figure.children0to14(), null, figure.landAreaHectares(), true);
			var existing = neighbourhoods.findByOrganisationIdAndCodeAndCbsYear(organisationId, details.code(), year);
			if (existing.isPresent()) {
				var neighbourhood = existing.get();
				neighbourhood.update(keepEstimateChoice(details, neighbourhood));
				neighbourhoods.save(neighbourhood);
				updated++;
			}
			else {
				neighbourhoods.save(new Neighbourhood(organisationId, details));
				created++;
			}
		}
		audit.record(AuditAction.IMPORTED, "neighbourhood", "cbs-" + year, AuditResult.SUCCESS);
		return new Result(created, updated, skipped, List.of());
	}

	/**
	 * What an ADMIN decided survives a new import of the same year: a count of 4-12 year olds typed in by hand (from
	 * the population register), and a deactivation.
	 */
	private static NeighbourhoodDetails keepEstimateChoice(NeighbourhoodDetails details, Neighbourhood existing) {
		return new NeighbourhoodDetails(details.municipalityId(), details.code(), details.districtCode(), details.name(),
				details.cbsYear(), details.children0to14(),
				existing.isChildren4to12Estimated() ? null : existing.getChildren4to12(), details.landAreaHectares(),
				existing.isActive());
	}
}
