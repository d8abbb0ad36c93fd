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

	/** The four-eyes rule in SQL, as {@link IdentityProvider#inForce()}. */
	private static final String IN_FORCE = " and enabled = true and approved_by is not null and approved_by <> changed_by";

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
		return jdbc.sql("select * from identity_provider where short_name = :name"
				+ IN_FORCE)
			.param("name", shortName)
			.query(IdentityProviderStore::provider)
			.optional();
	}

	boolean anyEnabled() {
		return jdbc.sql("select count(*) from identity_provider where true" + IN_FORCE).query(Long.class).single() > 0;
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
				    groups_claim, group_roles, require_mfa, enabled, updated_at, change_id, changed_by, approved_by)
				values (:id, :organisation, :shortName, :issuer, :clientId, :secret, :claim, :roles, :requireMfa, :enabled, :at,
				    :changeId, :changedBy, :approvedBy)""")
			.param("id", provider.id())
			.param("organisation", provider.organisationId())
			.params(columns(provider))
			.update();
	}

	void update(IdentityProvider provider) {
		jdbc.sql("""
				update identity_provider set short_name = :shortName, issuer_uri = :issuer, client_id = :clientId,
				    client_secret = :secret, groups_claim = :claim, group_roles = :roles, require_mfa = :requireMfa,
				    enabled = :enabled,
				    updated_at = :at, change_id = :changeId, changed_by = :changedBy, approved_by = :approvedBy
				where id = :id and organisation_id = :organisation""")
			.param("id", provider.id())
			.param("organisation", provider.organisationId())
			.params(columns(provider))
			.update();
		jdbc.sql("update identity_provider set approved_at = null where id = :id and approved_by is null")
			.param("id", provider.id())
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
		columns.put("requireMfa", provider.requireMfa());
		columns.put("enabled", provider.enabled());
		columns.put("at", Timestamp.from(provider.updatedAt()));
		columns.put("changeId", provider.changeId());
		columns.put("changedBy", provider.changedBy());
		columns.put("approvedBy", provider.approvedBy());
		return columns;
	}

	private static IdentityProvider provider(ResultSet rs, int row) throws SQLException {
		return new IdentityProvider(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("short_name"), rs.getString("issuer_uri"), rs.getString("client_id"),
				rs.getString("client_secret"), rs.getString("groups_claim"),
				IdentityProvider.parse(rs.getString("group_roles")), rs.getBoolean("require_mfa"), rs.getBoolean("enabled"),
				rs.getTimestamp("updated_at").toInstant(), rs.getObject("change_id", UUID.class),
				rs.getObject("changed_by", UUID.class), rs.getObject("approved_by", UUID.class));
	}

	/** The settings approved last (no secret), to show a change against; empty before the first approval. */
	Optional<IdentityProviderDetails> lastApproved(UUID organisationId) {
		return jdbc.sql("""
				select short_name, approved_issuer_uri, approved_client_id, approved_groups_claim, approved_group_roles,
				    approved_require_mfa
				from identity_provider where organisation_id = :organisation and approved_issuer_uri is not null""")
			.param("organisation", organisationId)
			.query((rs, row) -> new IdentityProviderDetails(rs.getString(1), rs.getString(2), rs.getString(3), null,
					rs.getString(4), rs.getString(5), rs.getBoolean(6)))
			.optional();
	}

	/**
	 * Approves the change named, if it is still the one waiting and the approver did not make it; keeps what was
	 * approved. Whether it was.
	 */
	boolean approve(UUID organisationId, UUID changeId, UUID approver, Instant at) {
		return jdbc.sql("""
				update identity_provider set approved_by = :approver, approved_at = :at,
				    approved_issuer_uri = issuer_uri, approved_client_id = client_id,
				    approved_groups_claim = groups_claim, approved_group_roles = group_roles,
				    approved_require_mfa = require_mfa
				where organisation_id = :organisation and change_id = :change and enabled = true
				    and approved_by is null and changed_by <> :approver""")
			.param("organisation", organisationId)
			.param("change", changeId)
			.param("approver", approver)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}
}
