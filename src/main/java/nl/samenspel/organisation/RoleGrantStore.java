package nl.samenspel.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.kernel.Role;

/** The SQL of {@link RoleGrant}s: always within one organisation. */
@Repository
class RoleGrantStore {

	private final JdbcClient jdbc;

	RoleGrantStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RoleGrant grant) {
		jdbc.sql("""
				insert into role_grant (id, organisation_id, app_user_id, roles, status, requested_by, requested_at)
				values (:id, :organisation, :user, :roles, :status, :requestedBy, :requestedAt)""")
			.param("id", grant.id())
			.param("organisation", grant.organisationId())
			.param("user", grant.userId())
			.param("roles", grant.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
			.param("status", grant.status().name())
			.param("requestedBy", grant.requestedBy())
			.param("requestedAt", Timestamp.from(grant.requestedAt()))
			.update();
	}

	Optional<RoleGrant> find(UUID organisationId, UUID id) {
		return jdbc.sql("select * from role_grant where id = :id and organisation_id = :organisation")
			.param("id", id)
			.param("organisation", organisationId)
			.query(RoleGrantStore::grant)
			.optional();
	}

	/** The organisation's grants waiting for approval, oldest first. */
	List<RoleGrant> pending(UUID organisationId) {
		return jdbc.sql("""
				select * from role_grant where organisation_id = :organisation and status = 'PENDING'
				order by requested_at""")
			.param("organisation", organisationId)
			.query(RoleGrantStore::grant)
			.list();
	}

	/** Decides a pending grant; false when someone else decided it first. */
	boolean decide(UUID organisationId, UUID id, RoleGrant.Status status, UUID admin, Instant at) {
		return jdbc.sql("""
				update role_grant set status = :status, decided_by = :admin, decided_at = :at
				where id = :id and organisation_id = :organisation and status = 'PENDING'""")
			.param("status", status.name())
			.param("admin", admin)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("organisation", organisationId)
			.update() == 1;
	}

	private static RoleGrant grant(ResultSet rs, int row) throws SQLException {
		var roles = EnumSet.noneOf(Role.class);
		Arrays.stream(rs.getString("roles").split(",")).map(Role::valueOf).forEach(roles::add);
		var decidedAt = rs.getTimestamp("decided_at");
		return new RoleGrant(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("app_user_id", UUID.class), roles, RoleGrant.Status.valueOf(rs.getString("status")),
				rs.getObject("requested_by", UUID.class), rs.getTimestamp("requested_at").toInstant(),
				rs.getObject("decided_by", UUID.class), decidedAt == null ? null : decidedAt.toInstant());
	}
}
