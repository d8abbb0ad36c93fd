package nl.samenspel.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links of MUNICIPALITY users to their municipality ({@code municipality_account}). */
@Repository
class MunicipalityAccountStore {

	private final JdbcClient jdbc;

	MunicipalityAccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, String> all() {
		var links = new LinkedHashMap<UUID, String>();
		jdbc.sql("select app_user_id, municipality_code from municipality_account")
			.query(rs -> {
				links.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		return links;
	}

	void put(UUID userId, String municipalityCode) {
		var updated = jdbc.sql("update municipality_account set municipality_code = :code where app_user_id = :user")
			.param("code", municipalityCode).param("user", userId).update();
		if (updated == 0) {
			jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:user, :code)")
				.param("user", userId).param("code", municipalityCode).update();
		}
	}

	boolean remove(UUID userId) {
		return jdbc.sql("delete from municipality_account where app_user_id = :user").param("user", userId).update() > 0;
	}
}
