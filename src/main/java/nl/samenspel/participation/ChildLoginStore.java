package nl.samenspel.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Children's own logins, always within one organisation, except the lookup by the code's keyed hash at sign-in. */
@Repository
class ChildLoginStore {

	/** What the sign-in needs of an active login. */
	record Secret(UUID id, UUID organisationId, UUID childId, UUID accountId, String picturesHash) {
	}

	private static final RowMapper<ChildLogin> LOGIN = (rs, n) -> new ChildLogin(rs.getObject("id", UUID.class),
			rs.getObject("child_id", UUID.class), rs.getObject("app_user_id", UUID.class),
			rs.getObject("issued_by", UUID.class), rs.getTimestamp("issued_at").toInstant(),
			rs.getObject("revoked_by", UUID.class),
			rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant());

	private final JdbcClient jdbc;

	ChildLoginStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID organisationId, UUID childId, UUID accountId, String codeHash, String picturesHash,
			@Nullable UUID by, Instant at) {
		jdbc.sql("""
				insert into participation_child_login (id, organisation_id, child_id, active_child_id, app_user_id,
				  code_hash, pictures_hash, issued_by, issued_at)
				values (:id, :organisation, :child, :child, :account, :code, :pictures, :by, :at)""")
			.param("id", id).param("organisation", organisationId).param("child", childId).param("account", accountId)
			.param("code", codeHash).param("pictures", picturesHash).param("by", by).param("at", Timestamp.from(at))
			.update();
	}

	/** The child's active login, locked until the end of the transaction (one issue or revocation at a time). */
	Optional<ChildLogin> activeOfChildLocked(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				select * from participation_child_login
				where organisation_id = :org and active_child_id = :kid for update""")
			.param("org", organisationId).param("kid", childId).query(LOGIN).optional();
	}

	/** The active logins of these children of the organisation. */
	List<ChildLogin> activeOf(UUID organisationId, Collection<UUID> childIds) {
		if (childIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from participation_child_login
				where organisation_id = :organisation and active_child_id in (:children)""")
			.param("organisation", organisationId).param("children", childIds).query(LOGIN).list();
	}

	/** Revokes the login if it is still active: whether this call did. */
	boolean revoke(UUID organisationId, UUID id, @Nullable UUID by, Instant at) {
		return jdbc.sql("""
				update participation_child_login set active_child_id = null, revoked_by = :by, revoked_at = :at
				where organisation_id = :organisation and id = :id and revoked_at is null""")
			.param("organisation", organisationId).param("id", id).param("by", by).param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The active login with one of these keyed hashes of a code (one per configured key), in any organisation. */
	Optional<Secret> activeByCode(List<String> codeHashes) {
		return jdbc.sql("""
				select id, organisation_id, child_id, app_user_id, pictures_hash from participation_child_login
				where code_hash in (:hashes) and revoked_at is null""")
			.param("hashes", codeHashes)
			.query((rs, n) -> new Secret(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5)))
			.list().stream().findFirst();
	}

	/** Whether any login, active or revoked, has one of these code hashes (a code is unique for ever). */
	boolean codeTaken(List<String> codeHashes) {
		return jdbc.sql("select count(*) from participation_child_login where code_hash in (:hashes)")
			.param("hashes", codeHashes).query(Long.class).single() > 0;
	}

	/** The active login of this CHILD account, if the account is one a login signs in as. */
	Optional<ChildLogin> activeOfAccount(UUID organisationId, UUID accountId) {
		return jdbc.sql("""
				select * from participation_child_login
				where organisation_id = :organisation and app_user_id = :account and revoked_at is null""")
			.param("organisation", organisationId).param("account", accountId).query(LOGIN).optional();
	}

	/** The CHILD accounts of every login the child ever had, active or revoked. */
	List<UUID> accountsOf(UUID organisationId, UUID childId) {
		return jdbc.sql("select app_user_id from participation_child_login where organisation_id = :org and child_id = :kid")
			.param("org", organisationId).param("kid", childId).query(UUID.class).list();
	}

	/** Whether this login of the child is still active (not revoked). */
	boolean active(UUID organisationId, UUID id, UUID childId) {
		return jdbc.sql("""
				select count(*) from participation_child_login
				where organisation_id = :organisation and id = :id and child_id = :child and revoked_at is null""")
			.param("organisation", organisationId).param("id", id).param("child", childId).query(Integer.class).single() > 0;
	}

	boolean codeTaken(String codeHash) {
		return jdbc.sql("select count(*) from participation_child_login where code_hash = :code").param("code", codeHash)
			.query(Integer.class).single() > 0;
	}
}
