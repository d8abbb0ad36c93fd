package nl.samenspel.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@link IdentityProvider}s and of the links between a provider's users and the organisation's accounts. */
@Repository
class IdentityProviderStore {

	private final JdbcClient jdbc;

	IdentityProviderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<IdentityProvider> ofOrganisation(UUID organisationId) {
		return jdbc.sql("select * from identity_provider where organisation_id = :organisation")
			.param("organisation", organisationId)
			.query(IdentityProviderStore::provider)
			.optional();
	}

	/** The provider behind a registration id, whichever organisation's it is: only for signing in. */
	Optional<IdentityProvider> byId(UUID id) {
		return jdbc.sql("select * from identity_provider where id = :id")
			.param("id", id)
			.query(IdentityProviderStore::provider)
			.optional();
	}

	Optional<IdentityProvider> enabledByShortName(String shortName) {
		return jdbc.sql("select * from identity_provider where short_name = :name and enabled = true")
			.param("name", shortName)
			.query(IdentityProviderStore::provider)
			.optional();
	}

	boolean anyEnabled() {
		return jdbc.sql("select count(*) from identity_provider where enabled = true").query(Long.class).single() > 0;
	}

	/** Whether another organisation already signs in under this short name. */
	boolean shortNameTaken(String shortName, UUID organisationId) {
		return jdbc.sql("select count(*) from identity_provider where short_name = :name and organisation_id <> :organisation")
			.param("name", shortName)
			.param("organisation", organisationId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(IdentityProvider provider) {
		jdbc.sql("""
				insert into identity_provider (id, organisation_id, short_name, issuer_uri, client_id, client_secret,
				    groups_claim, group_roles, enabled, updated_at)
				values (:id, :organisation, :shortName, :issuer, :clientId, :secret, :claim, :roles, :enabled, :at)""")
			.param("id", provider.id())
			.param("organisation", provider.organisationId())
			.params(columns(provider))
			.update();
	}

	void update(IdentityProvider provider) {
		jdbc.sql("""
				update identity_provider set short_name = :shortName, issuer_uri = :issuer, client_id = :clientId,
				    client_secret = :secret, groups_claim = :claim, group_roles = :roles, enabled = :enabled,
				    updated_at = :at
				where id = :id and organisation_id = :organisation""")
			.param("id", provider.id())
			.param("organisation", provider.organisationId())
			.params(columns(provider))
			.update();
	}

	boolean disable(UUID organisationId, Instant at) {
		return jdbc.sql("""
				update identity_provider set enabled = false, updated_at = :at
				where organisation_id = :organisation and enabled = true""")
			.param("organisation", organisationId)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The account a provider's user was linked to in this organisation. */
	Optional<UUID> linkedUser(UUID organisationId, String issuer, String subject) {
		return jdbc.sql("""
				select app_user_id from identity_provider_link
				where organisation_id = :organisation and issuer_uri = :issuer and subject = :subject""")
			.param("organisation", organisationId)
			.param("issuer", issuer)
			.param("subject", subject)
			.query(UUID.class)
			.optional();
	}

	/** Whether the account is linked to some user of this issuer already. */
	boolean hasLink(UUID userId, String issuer) {
		return jdbc.sql("select count(*) from identity_provider_link where app_user_id = :user and issuer_uri = :issuer")
			.param("user", userId)
			.param("issuer", issuer)
			.query(Long.class)
			.single() > 0;
	}

	void link(UUID organisationId, String issuer, String subject, UUID userId, Instant at) {
		jdbc.sql("""
				insert into identity_provider_link (organisation_id, issuer_uri, subject, app_user_id, linked_at)
				values (:organisation, :issuer, :subject, :user, :at)""")
			.param("organisation", organisationId)
			.param("issuer", issuer)
			.param("subject", subject)
			.param("user", userId)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static java.util.Map<String, Object> columns(IdentityProvider provider) {
		var columns = new java.util.HashMap<String, Object>();
		columns.put("shortName", provider.shortName());
		columns.put("issuer", provider.issuerUri());
		columns.put("clientId", provider.clientId());
		columns.put("secret", provider.sealedSecret());
		columns.put("claim", provider.groupsClaim());
		columns.put("roles", IdentityProvider.format(provider.groupRoles()));
		columns.put("enabled", provider.enabled());
		columns.put("at", Timestamp.from(provider.updatedAt()));
		return columns;
	}

	private static IdentityProvider provider(ResultSet rs, int row) throws SQLException {
		return new IdentityProvider(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("short_name"), rs.getString("issuer_uri"), rs.getString("client_id"),
				rs.getString("client_secret"), rs.getString("groups_claim"),
				IdentityProvider.parse(rs.getString("group_roles")), rs.getBoolean("enabled"),
				rs.getTimestamp("updated_at").toInstant());
	}
}
