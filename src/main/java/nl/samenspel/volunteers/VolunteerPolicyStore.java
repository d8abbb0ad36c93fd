package nl.samenspel.volunteers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations' volunteer policies: one row per organisation that set one. */
@Repository
class VolunteerPolicyStore {

	private final JdbcClient jdbc;

	VolunteerPolicyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<VolunteerPolicy> find(UUID organisationId) {
		return jdbc.sql("""
				select organisation_id, renewal_years, code_version, free_vog, confidential_contact
				from volunteer_policy where organisation_id = :organisation""")
			.param("organisation", organisationId)
			.query((row, number) -> new VolunteerPolicy(row.getObject("organisation_id", UUID.class),
					row.getInt("renewal_years"), row.getString("code_version"), row.getBoolean("free_vog"),
					row.getString("confidential_contact")))
			.optional();
	}

	void save(VolunteerPolicy policy, UUID by, Instant at) {
		var updated = jdbc.sql("""
				update volunteer_policy set renewal_years = :years, code_version = :code, free_vog = :free,
				  confidential_contact = :contact, updated_by = :by, updated_at = :at
				where organisation_id = :organisation""")
			.params(parameters(policy, by, at)).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into volunteer_policy (organisation_id, renewal_years, code_version, free_vog,
					  confidential_contact, updated_by, updated_at)
					values (:organisation, :years, :code, :free, :contact, :by, :at)""")
				.params(parameters(policy, by, at)).update();
		}
	}

	private static java.util.Map<String, Object> parameters(VolunteerPolicy policy, UUID by, Instant at) {
		var parameters = new java.util.HashMap<String, Object>();
		parameters.put("organisation", policy.organisationId());
		parameters.put("years", policy.renewalYears());
		parameters.put("code", policy.codeVersion());
		parameters.put("free", policy.freeVog());
		parameters.put("contact", policy.confidentialContact());
		parameters.put("by", by);
		parameters.put("at", Timestamp.from(at));
		return parameters;
	}
}
