package nl.samenspel.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The display names of an organisation's users, for the modules that show who recorded something: many at once, in
 * one query, so a page with fifty entries does not ask fifty times. Only the organisation's own users are named.
 */
@Component
public class UserNames {

	private final JdbcClient jdbc;

	UserNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The display name of each of these users of the organisation that exists; others are left out. */
	@Transactional(readOnly = true)
	public Map<UUID, String> of(UUID organisationId, Collection<UUID> userIds) {
		var names = new HashMap<UUID, String>();
		if (userIds.isEmpty()) {
			return names;
		}
		jdbc.sql("select id, display_name from app_user where organisation_id = :organisation and id in (:ids)")
			.param("organisation", organisationId)
			.param("ids", List.copyOf(Set.copyOf(userIds)))
			.query(rs -> {
				names.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		return names;
	}
}
