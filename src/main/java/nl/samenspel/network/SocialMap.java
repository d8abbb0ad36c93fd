package nl.samenspel.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserAccount;
import nl.samenspel.organisation.UserManagement;

/**
 * The organisation's social map: the national services (Veilig Thuis, Kindertelefoon, Jeugdfonds Sport &amp;
 * Cultuur, Stichting Leergeld, Nationaal Fonds Kinderhulp, kindpakket, food bank, wijkteam, CJG) copied in the first
 * time it is used, and the local ones it adds. Every row belongs to one organisation; COORDINATORs keep it up to
 * date and link PARTNER users to the organisation they work at.
 */
@Service
@Transactional
public class SocialMap {

	private final SocialMapStore store;
	private final AuditLog audit;
	private final OrganisationManagement organisations;
	private final UserManagement users;

	SocialMap(SocialMapStore store, AuditLog audit, OrganisationManagement organisations, UserManagement users) {
		this.store = store;
		this.audit = audit;
		this.organisations = organisations;
		this.users = users;
	}

	private record Seed(ServiceKind kind, String name, String description, @Nullable String phone,
			@Nullable String website, @Nullable Integer minAge, @Nullable Integer maxAge, Route route) {
	}

	/** The national services, with the numbers and ages of DOMAIN.md. */
	private static final List<Seed> NATIONAL = List.of(
			new Seed(ServiceKind.VEILIG_THUIS, "Veilig Thuis",
					"Advies en meldingen bij huiselijk geweld en kindermishandeling. Gratis, dag en nacht. Via de Meldcode.",
					"0800-2000", "https://veiligthuis.nl", null, null, Route.DIRECT),
			new Seed(ServiceKind.KINDERTELEFOON, "De Kindertelefoon",
					"Bellen en chatten, gratis en anoniem, voor kinderen van 8 tot 18. Vertel het kind erover; verwijzen hoeft niet.",
					"0800-0432", "https://www.kindertelefoon.nl", 8, 18, Route.INFORM),
			new Seed(ServiceKind.JEUGDFONDS, "Jeugdfonds Sport & Cultuur",
					"Betaalt contributie of lesgeld en spullen voor sport en cultuur, rechtstreeks aan de club. Alleen via een intermediair.",
					null, "https://www.jeugdfondssportencultuur.nl", 4, 18, Route.INTERMEDIARY),
			new Seed(ServiceKind.LEERGELD, "Stichting Leergeld",
					"Fiets, laptop, schoolkosten en contributie voor gezinnen met een laag inkomen. Ouders vragen het zelf aan.",
					null, "https://www.leergeld.nl", 4, 18, Route.PARENTS_APPLY),
			new Seed(ServiceKind.KINDERHULP, "Nationaal Fonds Kinderhulp",
					"Kleding, bed, fiets of kamp voor kinderen tot 21. Alleen via professionals van erkende organisaties; buurthuizen zijn uitgesloten.",
					null, "https://www.kinderhulp.nl", 0, 21, Route.INTERMEDIARY),
			new Seed(ServiceKind.KINDPAKKET, "Kindpakket van de gemeente",
					"Regeling van de gemeente voor kinderen in gezinnen met een laag inkomen. Ouders vragen het zelf aan.",
					null, null, 0, 18, Route.PARENTS_APPLY),
			new Seed(ServiceKind.FOOD_BANK, "Voedselbank", "Wekelijks een voedselpakket. Meestal na verwijzing door een professional.",
					null, "https://voedselbankennederland.nl", null, null, Route.DIRECT),
			new Seed(ServiceKind.NEIGHBOURHOOD_TEAM, "Wijkteam", "Lichte hulp voor iedereen, en de weg naar jeugdhulp. Met toestemming van de ouders, liefst met een warme overdracht.",
					null, null, null, null, Route.DIRECT),
			new Seed(ServiceKind.CJG, "Centrum voor Jeugd en Gezin", "Opvoedvragen, consultatiebureau en opvoedondersteuning.",
					null, null, 0, 23, Route.DIRECT));

	public List<NetworkOrganisation> services(UUID organisationId, boolean inactiveToo) {
		seed(organisationId);
		return store.of(organisationId, inactiveToo);
	}

	public NetworkOrganisation service(UUID organisationId, UUID id) {
		return store.find(organisationId, id).orElseThrow(NotFound::new);
	}

	/** The active services a poverty signal points to: Jeugdfonds, Leergeld, kindpakket, food bank, Kinderhulp. */
	public List<NetworkOrganisation> againstPoverty(UUID organisationId) {
		return services(organisationId, false).stream().filter(service -> service.kind().againstPoverty()).toList();
	}

	private void seed(UUID organisationId) {
		if (store.anyOf(organisationId)) {
			return;
		}
		for (var seed : NATIONAL) {
			store.insert(organisationId, UUID.randomUUID(), new NetworkOrganisationDetails(seed.kind(), seed.name(),
					seed.description(), seed.phone(), null, seed.website(), seed.minAge(), seed.maxAge(), seed.route(), List.of()),
					true);
		}
	}

	public NetworkOrganisation add(CurrentUser user, NetworkOrganisationDetails details) {
		check(user.organisationId(), details);
		seed(user.organisationId());
		var id = UUID.randomUUID();
		store.insert(user.organisationId(), id, details, false);
		audit.record(AuditAction.CREATED, "network-organisation", id, AuditResult.SUCCESS);
		return service(user.organisationId(), id);
	}

	public NetworkOrganisation update(CurrentUser user, UUID id, NetworkOrganisationDetails details) {
		service(user.organisationId(), id);
		check(user.organisationId(), details);
		store.update(id, details);
		audit.record(AuditAction.UPDATED, "network-organisation", id, AuditResult.SUCCESS);
		return service(user.organisationId(), id);
	}

	public void deactivate(CurrentUser user, UUID id) {
		service(user.organisationId(), id);
		store.deactivate(id);
		audit.record(AuditAction.DEACTIVATED, "network-organisation", id, AuditResult.SUCCESS);
	}

	private void check(UUID organisationId, NetworkOrganisationDetails details) {
		if (details.minAge() != null && details.maxAge() != null && details.maxAge() < details.minAge()) {
			throw new FieldRejected("maxAge", "network.error.agesInverted");
		}
		var own = organisations.currentNeighbourhoods(organisationId).stream().map(it -> it.getId()).toList();
		if (!own.containsAll(details.neighbourhoodList())) {
			throw new FieldRejected("neighbourhoods", "validation.neighbourhood.unknown");
		}
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// partners

	/** Links a PARTNER user of the organisation to the social-map organisation they work at. */
	public void linkPartner(CurrentUser user, UUID serviceId, UUID partnerUserId) {
		service(user.organisationId(), serviceId);
		var partner = users.user(user.organisationId(), partnerUserId);
		if (!partner.getRoles().contains(Role.PARTNER)) {
			throw new FieldRejected("partnerId", "network.error.notAPartner");
		}
		store.linkPartner(partnerUserId, serviceId);
		audit.record(AuditAction.UPDATED, "partner", partnerUserId, AuditResult.SUCCESS);
	}

	public void unlinkPartner(CurrentUser user, UUID serviceId, UUID partnerUserId) {
		service(user.organisationId(), serviceId);
		store.unlinkPartner(partnerUserId, serviceId);
		audit.record(AuditAction.UPDATED, "partner", partnerUserId, AuditResult.SUCCESS);
	}

	/** The social-map organisation a PARTNER user works at, if someone linked them. */
	@Transactional(readOnly = true)
	public Optional<UUID> serviceOf(CurrentUser partner) {
		return store.serviceOf(partner.id(), partner.organisationId());
	}

	@Transactional(readOnly = true)
	public List<UserAccount> partnersOf(UUID organisationId, UUID serviceId) {
		var linked = store.partnersAt(serviceId);
		return users.activeUsersWithAnyRole(organisationId, java.util.Set.of(Role.PARTNER)).stream()
			.filter(user -> linked.contains(user.getId())).toList();
	}

	/** Every active PARTNER user of the organisation, for the link form. */
	@Transactional(readOnly = true)
	public List<UserAccount> partnerUsers(UUID organisationId) {
		return users.activeUsersWithAnyRole(organisationId, java.util.Set.of(Role.PARTNER));
	}
}
