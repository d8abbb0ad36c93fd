package nl.samenspel.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.kernel.Role;

/** The SQL of the access review: users' last logins and the signed-off reviews, always within one organisation. */
@Repository
class AccessReviewStore {

	private final JdbcClient jdbc;

	AccessReviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void recordLogin(UUID userId, Instant at) {
		jdbc.sql("update app_user set last_login_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", userId)
			.update();
	}

	/** When each user of the organisation who ever signed in last did. */
	Map<UUID, Instant> lastLogins(UUID organisationId) {
		var logins = new HashMap<UUID, Instant>();
		jdbc.sql("select id, last_login_at from app_user where organisation_id = :organisation and last_login_at is not null")
			.param("organisation", organisationId)
			.query(rs -> {
				logins.put(rs.getObject("id", UUID.class), rs.getTimestamp("last_login_at").toInstant());
			});
		return logins;
	}

	void insert(AccessReview review) {
		jdbc.sql("""
				insert into organisation_access_reviews (id, organisation_id, reviewer_id, reviewer_name, reviewed_at, note)
				values (:id, :organisation, :reviewer, :reviewerName, :at, :note)""")
			.param("id", review.id())
			.param("organisation", review.organisationId())
			.param("reviewer", review.reviewerId())
			.param("reviewerName", review.reviewerName())
			.param("at", Timestamp.from(review.reviewedAt()))
			.param("note", review.note())
			.update();
		for (var entry : review.entries()) {
			jdbc.sql("""
					insert into organisation_access_review_users
					(review_id, app_user_id, username, display_name, roles, status, last_login_at)
					values (:review, :user, :username, :displayName, :roles, :status, :lastLogin)""")
				.param("review", review.id())
				.param("user", entry.userId())
				.param("username", entry.username())
				.param("displayName", entry.displayName())
				.param("roles", entry.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
				.param("status", entry.status().name())
				.param("lastLogin", entry.lastLoginAt() == null ? null : Timestamp.from(entry.lastLoginAt()))
				.update();
		}
	}

	/** The organisation's reviews, newest first, without their entries. */
	List<AccessReview> reviews(UUID organisationId) {
		return jdbc.sql("""
				select * from organisation_access_reviews where organisation_id = :organisation
				order by reviewed_at desc""")
			.param("organisation", organisationId)
			.query((rs, row) -> review(rs, List.of()))
			.list();
	}

	Optional<AccessReview> review(UUID organisationId, UUID id) {
		return jdbc.sql("select * from organisation_access_reviews where id = :id and organisation_id = :organisation")
			.param("id", id)
			.param("organisation", organisationId)
			.query((rs, row) -> review(rs, entries(id)))
			.optional();
	}

	private List<AccessReview.Entry> entries(UUID reviewId) {
		return jdbc.sql("select * from organisation_access_review_users where review_id = :review order by username")
			.param("review", reviewId)
			.query(AccessReviewStore::entry)
			.list();
	}

	private static AccessReview review(ResultSet rs, List<AccessReview.Entry> entries) throws SQLException {
		return new AccessReview(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("reviewer_id", UUID.class), rs.getString("reviewer_name"),
				rs.getTimestamp("reviewed_at").toInstant(), rs.getString("note"), entries);
	}

	private static AccessReview.Entry entry(ResultSet rs, int row) throws SQLException {
		var roles = EnumSet.noneOf(Role.class);
		Arrays.stream(rs.getString("roles").split(",")).filter(it -> !it.isEmpty()).map(Role::valueOf)
			.forEach(roles::add);
		var lastLogin = rs.getTimestamp("last_login_at");
		return new AccessReview.Entry(rs.getObject("app_user_id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), roles, UserStatus.valueOf(rs.getString("status")),
				lastLogin == null ? null : lastLogin.toInstant());
	}
}
