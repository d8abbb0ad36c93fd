package nl.samenspel.organisation;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The name of a municipality by its CBS code ({@code GM0363}: Amsterdam), for a heading that names it rather than
 * giving the code alone: as the organisation calls it, or for a report across organisations (a MUNICIPALITY user's) as
 * any organisation working there calls it, an active one first.
 */
@Component
public class MunicipalityNames {

	private final JdbcClient jdbc;

	MunicipalityNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The name; empty when no organisation (or not this one, when given) works in the municipality. */
	public Optional<String> name(@Nullable UUID organisationId, String code) {
		var names = organisationId == null
				? jdbc.sql("select name from municipality where code = :code order by active desc, name").param("code", code)
				: jdbc.sql("select name from municipality where code = :code and organisation_id = :organisation")
					.param("code", code)
					.param("organisation", organisationId);
		return names.query(String.class).list().stream().findFirst();
	}
}
