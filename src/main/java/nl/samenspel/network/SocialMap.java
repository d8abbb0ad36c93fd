package nl.samenspel.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final OrganisationManagement organisations;
	private final UserManagement users;

	SocialMap(JdbcClient jdbc, AuditLog audit, OrganisationManagement organisations, UserManagement users) {
		this.jdbc = jdbc;
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
		return load("organisation_id = :organisation" + (inactiveToo ? "" : " and active = true"),
				Map.of("organisation", organisationId));
	}

	public NetworkOrganisation service(UUID organisationId, UUID id) {
		return load("organisation_id = :organisation and id = :id", Map.of("organisation", organisationId, "id", id))
			.stream().findFirst().orElseThrow(NotFound::new);
	}

	/** The active services a poverty signal points to: Jeugdfonds, Leergeld, kindpakket, food bank, Kinderhulp. */
	public List<NetworkOrganisation> againstPoverty(UUID organisationId) {
		return services(organisationId, false).stream().filter(service -> service.kind().againstPoverty()).toList();
	}

	private void seed(UUID organisationId) {
		var any = jdbc.sql("select count(*) from network_organisation where organisation_id = :organisation")
			.param("organisation", organisationId).query(Integer.class).single() > 0;
		if (any) {
			return;
		}
		for (var seed : NATIONAL) {
			insert(organisationId, UUID.randomUUID(), new NetworkOrganisationDetails(seed.kind(), seed.name(), seed.description(),
					seed.phone(), null, seed.website(), seed.minAge(), seed.maxAge(), seed.route(), List.of()), true);
		}
	}

	public NetworkOrganisation add(CurrentUser user, NetworkOrganisationDetails details) {
		check(user.organisationId(), details);
		seed(user.organisationId());
		var id = UUID.randomUUID();
		insert(user.organisationId(), id, details, false);
		audit.record(AuditAction.CREATED, "network-organisation", id, AuditResult.SUCCESS);
		return service(user.organisationId(), id);
	}

	public NetworkOrganisation update(CurrentUser user, UUID id, NetworkOrganisationDetails details) {
		service(user.organisationId(), id);
		check(user.organisationId(), details);
		jdbc.sql("""
				update network_organisation set version = version + 1, kind = :kind, name = :name, description = :description,
				  phone = :phone, email = :email, website = :website, min_age = :minAge, max_age = :maxAge, route = :route,
				  active = true
				where id = :id""")
			.params(columns(details)).param("id", id).update();
		jdbc.sql("delete from network_organisation_neighbourhood where network_organisation_id = :id").param("id", id).update();
		neighbourhoods(id, details);
		audit.record(AuditAction.UPDATED, "network-organisation", id, AuditResult.SUCCESS);
		return service(user.organisationId(), id);
	}

	public void deactivate(CurrentUser user, UUID id) {
		service(user.organisationId(), id);
		jdbc.sql("update network_organisation set active = false, version = version + 1 where id = :id").param("id", id).update();
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

	private void insert(UUID organisationId, UUID id, NetworkOrganisationDetails details, boolean national) {
		jdbc.sql("""
				insert into network_organisation (id, version, organisation_id, kind, name, description, phone, email, website,
				  min_age, max_age, route, national, active)
				values (:id, 0, :organisation, :kind, :name, :description, :phone, :email, :website, :minAge, :maxAge, :route,
				  :national, true)""")
			.params(columns(details))
			.param("id", id)
			.param("organisation", organisationId)
			.param("national", national)
			.update();
		neighbourhoods(id, details);
	}

	private void neighbourhoods(UUID id, NetworkOrganisationDetails details) {
		for (var neighbourhood : details.neighbourhoodList()) {
			jdbc.sql("insert into network_organisation_neighbourhood (network_organisation_id, neighbourhood_id) values (:id, :n)")
				.param("id", id).param("n", neighbourhood).update();
		}
	}

	private static Map<String, Object> columns(NetworkOrganisationDetails details) {
		var columns = new HashMap<String, Object>();
		columns.put("kind", details.kind().name());
		columns.put("name", details.name().strip());
		columns.put("description", blank(details.description()));
		columns.put("phone", blank(details.phone()));
		columns.put("email", blank(details.email()));
		columns.put("website", blank(details.website()));
		columns.put("minAge", details.minAge());
		columns.put("maxAge", details.maxAge());
		columns.put("route", details.route().name());
		return columns;
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private List<NetworkOrganisation> load(String condition, Map<String, ?> params) {
		var rows = jdbc.sql("select * from network_organisation where " + condition + " order by active desc, name, id")
			.params(params)
			.query((rs, n) -> new NetworkOrganisation(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
					ServiceKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("description"),
					rs.getString("phone"), rs.getString("email"), rs.getString("website"), (Integer) rs.getObject("min_age"),
					(Integer) rs.getObject("max_age"), Route.valueOf(rs.getString("route")), rs.getBoolean("national"),
					rs.getBoolean("active"), new ArrayList<>()))
			.list();
		if (!rows.isEmpty()) {
			var byId = new HashMap<UUID, NetworkOrganisation>();
			rows.forEach(row -> byId.put(row.id(), row));
			jdbc.sql("select network_organisation_id, neighbourhood_id from network_organisation_neighbourhood where network_organisation_id in (:ids)")
				.param("ids", List.copyOf(byId.keySet()))
				.query(rs -> {
					byId.get(rs.getObject(1, UUID.class)).neighbourhoods().add(rs.getObject(2, UUID.class));
				});
		}
		return rows;
	}

	// partners

	/** Links a PARTNER user of the organisation to the social-map organisation they work at. */
	public void linkPartner(CurrentUser user, UUID serviceId, UUID partnerUserId) {
		service(user.organisationId(), serviceId);
		var partner = users.user(user.organisationId(), partnerUserId);
		if (!partner.getRoles().contains(Role.PARTNER)) {
			throw new FieldRejected("partnerId", "network.error.notAPartner");
		}
		jdbc.sql("delete from partner_account where app_user_id = :user").param("user", partnerUserId).update();
		jdbc.sql("insert into partner_account (app_user_id, network_organisation_id) values (:user, :service)")
			.param("user", partnerUserId).param("service", serviceId).update();
		audit.record(AuditAction.UPDATED, "partner", partnerUserId, AuditResult.SUCCESS);
	}

	public void unlinkPartner(CurrentUser user, UUID serviceId, UUID partnerUserId) {
		service(user.organisationId(), serviceId);
		jdbc.sql("delete from partner_account where app_user_id = :user and network_organisation_id = :service")
			.param("user", partnerUserId).param("service", serviceId).update();
		audit.record(AuditAction.UPDATED, "partner", partnerUserId, AuditResult.SUCCESS);
	}

	/** The social-map organisation a PARTNER user works at, if someone linked them. */
	@Transactional(readOnly = true)
	public Optional<UUID> serviceOf(CurrentUser partner) {
		return jdbc.sql("""
				select p.network_organisation_id from partner_account p join network_organisation n on n.id = p.network_organisation_id
				where p.app_user_id = :user and n.organisation_id = :organisation""")
			.param("user", partner.id()).param("organisation", partner.organisationId()).query(UUID.class).optional();
	}

	@Transactional(readOnly = true)
	public List<UserAccount> partnersOf(UUID organisationId, UUID serviceId) {
		var linked = jdbc.sql("select app_user_id from partner_account where network_organisation_id = :service")
			.param("service", serviceId).query(UUID.class).list();
		return users.activeUsersWithAnyRole(organisationId, java.util.Set.of(Role.PARTNER)).stream()
			.filter(user -> linked.contains(user.getId())).toList();
	}

	/** Every active PARTNER user of the organisation, for the link form. */
	@Transactional(readOnly = true)
	public List<UserAccount> partnerUsers(UUID organisationId) {
		return users.activeUsersWithAnyRole(organisationId, java.util.Set.of(Role.PARTNER));
	}
}
