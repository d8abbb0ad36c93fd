package nl.samenspel.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The social map as stored: each organisation's services with the neighbourhoods they serve, and the partners' links. */
@Repository
class SocialMapStore {

	private final JdbcClient jdbc;

	SocialMapStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean anyOf(UUID organisationId) {
		return jdbc.sql("select count(*) from network_organisation where organisation_id = :organisation")
			.param("organisation", organisationId).query(Integer.class).single() > 0;
	}

	/** The organisation's services, active ones first, by name. */
	List<NetworkOrganisation> of(UUID organisationId, boolean inactiveToo) {
		return load("organisation_id = :organisation" + (inactiveToo ? "" : " and active = true"),
				Map.of("organisation", organisationId));
	}

	Optional<NetworkOrganisation> find(UUID organisationId, UUID id) {
		return load("organisation_id = :organisation and id = :id", Map.of("organisation", organisationId, "id", id))
			.stream().findFirst();
	}

	void insert(UUID organisationId, UUID id, NetworkOrganisationDetails details, boolean national) {
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

	/** Replaces what the service is, and activates it again. */
	void update(UUID id, NetworkOrganisationDetails details) {
		jdbc.sql("""
				update network_organisation set version = version + 1, kind = :kind, name = :name, description = :description,
				  phone = :phone, email = :email, website = :website, min_age = :minAge, max_age = :maxAge, route = :route,
				  active = true
				where id = :id""")
			.params(columns(details)).param("id", id).update();
		jdbc.sql("delete from network_organisation_neighbourhood where network_organisation_id = :id").param("id", id).update();
		neighbourhoods(id, details);
	}

	void deactivate(UUID id) {
		jdbc.sql("update network_organisation set active = false, version = version + 1 where id = :id").param("id", id).update();
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
		columns.put("description", SocialMap.blank(details.description()));
		columns.put("phone", SocialMap.blank(details.phone()));
		columns.put("email", SocialMap.blank(details.email()));
		columns.put("website", SocialMap.blank(details.website()));
		columns.put("minAge", details.minAge());
		columns.put("maxAge", details.maxAge());
		columns.put("route", details.route().name());
		return columns;
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

	/** Links the PARTNER user to this service, and to no other. */
	void linkPartner(UUID userId, UUID serviceId) {
		jdbc.sql("delete from partner_account where app_user_id = :user").param("user", userId).update();
		jdbc.sql("insert into partner_account (app_user_id, network_organisation_id) values (:user, :service)")
			.param("user", userId).param("service", serviceId).update();
	}

	void unlinkPartner(UUID userId, UUID serviceId) {
		jdbc.sql("delete from partner_account where app_user_id = :user and network_organisation_id = :service")
			.param("user", userId).param("service", serviceId).update();
	}

	/** The organisation's service the PARTNER user is linked to, if any. */
	Optional<UUID> serviceOf(UUID userId, UUID organisationId) {
		return jdbc.sql("""
				select p.network_organisation_id from partner_account p join network_organisation n on n.id = p.network_organisation_id
				where p.app_user_id = :user and n.organisation_id = :organisation""")
			.param("user", userId).param("organisation", organisationId).query(UUID.class).optional();
	}

	List<UUID> partnersAt(UUID serviceId) {
		return jdbc.sql("select app_user_id from partner_account where network_organisation_id = :service")
			.param("service", serviceId).query(UUID.class).list();
	}
}
