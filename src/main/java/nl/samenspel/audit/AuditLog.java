package nl.samenspel.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * Writes and searches the audit log. Entries are only ever added: there is no way in the code to change or remove
 * one. Reads of sensitive data are logged by the module that serves them, through {@link #record}.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The actor of an entry: who, for which organisation, in which roles. */
	public record Actor(@Nullable UUID organisationId, @Nullable UUID userId, @Nullable String username,
			@Nullable String roles) {

		public static Actor of(CurrentUser user) {
			return new Actor(user.organisationId(), user.id(), user.getUsername(),
					user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		}

		public static Actor anonymous(@Nullable String username) {
			return new Actor(null, null, username, null);
		}
	}

	/** Records what the signed-in user of this request did. */
	public void record(AuditAction action, @Nullable String objectType, @Nullable Object objectId,
			AuditResult result) {
		var user = CurrentUser.current();
		record(user == null ? Actor.anonymous(null) : Actor.of(user), action, objectType, objectId, result);
	}

	/** Records what a given actor did, for events outside a signed-in request (a login, a link from an e-mail). */
	public void record(Actor actor, AuditAction action, @Nullable String objectType, @Nullable Object objectId,
			AuditResult result) {
		jdbc.sql("""
				insert into audit_event (occurred_at, organisation_id, user_id, username, roles, action, object_type,
				    object_id, result, origin_address)
				values (:at, :organisation, :user, :username, :roles, :action, :type, :object, :result, :origin)""")
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("organisation", actor.organisationId())
			.param("user", actor.userId())
			.param("username", truncate(actor.username(), 100))
			.param("roles", actor.roles())
			.param("action", action.name())
			.param("type", objectType)
			.param("object", objectId == null ? null : truncate(objectId.toString(), 64))
			.param("result", result.name())
			.param("origin", originAddress())
			.update();
	}

	/** One organisation's entries matching the query, newest first. */
	public Page<AuditEntry> search(UUID organisationId, AuditQuery query, Pageable pageable) {
		var where = new ArrayList<String>();
		var params = new java.util.HashMap<String, Object>();
		where.add("organisation_id = :organisation");
		params.put("organisation", organisationId);
		if (hasText(query.username())) {
			where.add("lower(username) = lower(:username)");
			params.put("username", query.username().trim());
		}
		if (hasText(query.objectType())) {
			where.add("object_type = :type");
			params.put("type", query.objectType().trim());
		}
		if (hasText(query.objectId())) {
			where.add("object_id = :object");
			params.put("object", query.objectId().trim());
		}
		if (query.action() != null) {
			where.add("action = :action");
			params.put("action", query.action().name());
		}
		if (query.from() != null) {
			where.add("occurred_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		if (query.to() != null) {
			where.add("occurred_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		var condition = String.join(" and ", where);
		long total = jdbc.sql("select count(*) from audit_event where " + condition).params(params)
			.query(Long.class).single();
		List<AuditEntry> entries = jdbc
			.sql("select * from audit_event where " + condition
					+ " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(params)
			.params(Map.of("limit", pageable.getPageSize(), "offset", pageable.getOffset()))
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getObject("organisation_id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getString("username"), rs.getString("roles"), AuditAction.valueOf(rs.getString("action")),
					rs.getString("object_type"), rs.getString("object_id"),
					AuditResult.valueOf(rs.getString("result")), rs.getString("origin_address")))
			.list();
		return new PageImpl<>(entries, pageable, total);
	}

	private static @Nullable String originAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static @Nullable String truncate(@Nullable String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
