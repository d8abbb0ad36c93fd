package nl.samenspel.organisation;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V17 fills the platform's copy of the CBS figures from the neighbourhoods the organisations already had, the same
 * whatever order their rows were written in: each code from the organisation registered first that has it, every year
 * of it, with CBS's 4-12 estimate (9/15 of 0-14), never a count an organisation typed in by hand. A later
 * organisation's later year of that code (issue 14: another organisation's row of our code) is left out. On an H2 database of its own,
 * migrated to just before V17, given rows, then migrated on.
 */
class CbsMigrationTests {

	@Test
	void seedsEachCodeFromTheOrganisationRegisteredFirst() {
		var url = "jdbc:h2:mem:v17-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		var dataSource = new DriverManagerDataSource(url, "sa", "");
		// the last migration before V17, whichever that is once other branches' migrations are merged
		var before = java.util.Arrays.stream(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
				.load().info().all())
			.map(it -> it.getVersion())
			.filter(it -> it.isNewerThan("0") && !it.isAtLeast("17"))
			.max(Comparable::compareTo).orElseThrow();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(before).load().migrate();
		var jdbc = JdbcClient.create(dataSource);
		var older = UUID.randomUUID();
		var newer = UUID.randomUUID();
		// the newer organisation's rows are written first
		organisation(jdbc, newer, "2024-06-01T10:00:00Z");
		organisation(jdbc, older, "2020-01-01T10:00:00Z");
		var newerMunicipality = municipality(jdbc, newer);
		var olderMunicipality = municipality(jdbc, older);
		neighbourhood(jdbc, newer, newerMunicipality, "BU99010201", 2024, "Gekaapt", 10, 10, false);
		neighbourhood(jdbc, newer, newerMunicipality, "BU99010201", 2025, "Ook gekaapt", 20, null, true);
		neighbourhood(jdbc, newer, newerMunicipality, "BU99010301", 2024, "Alleen bij de nieuwe", 20, null, true);
		neighbourhood(jdbc, older, olderMunicipality, "BU99010201", 2024, "De Akkers", 545, 300, false);
		neighbourhood(jdbc, older, olderMunicipality, "BU99010204", 2024, "Industrieterrein Noord", null, null, true);

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("17").load().migrate();

		assertThat(jdbc.sql("select code, cbs_year, name, children_0_14, children_4_12 from cbs_neighbourhood"
				+ " order by code, cbs_year")
			.query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2), rs.getString(3),
					String.valueOf(rs.getObject(4)), String.valueOf(rs.getObject(5))))
			.list()).containsExactly(
					List.of("BU99010201", 2024, "De Akkers", "545", "327"),
					List.of("BU99010204", 2024, "Industrieterrein Noord", "null", "null"),
					List.of("BU99010301", 2024, "Alleen bij de nieuwe", "20", "12"));
		assertThat(jdbc.sql("select name, children_4_12 from report_neighbourhood_estimate where code = 'BU99010201'")
			.query((rs, n) -> rs.getString(1) + " " + rs.getInt(2)).single())
			.as("the issue's figures: 2 of 327, not another organisation's").isEqualTo("De Akkers 327");
	}

	private static void organisation(JdbcClient jdbc, UUID id, String createdAt) {
		jdbc.sql("insert into organisation (id, version, name, region, active, created_at)"
				+ " values (:id, 0, :name, 'NORTH', true, cast(:at as timestamp with time zone))")
			.param("id", id).param("name", "Organisatie " + createdAt).param("at", createdAt.replace("T", " ").replace("Z", "+00"))
			.update();
	}

	private static UUID municipality(JdbcClient jdbc, UUID organisation) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into municipality (id, version, organisation_id, code, name, active)"
				+ " values (:id, 0, :org, 'GM9901', 'Zonnedal', true)").param("id", id).param("org", organisation).update();
		return id;
	}

	private static void neighbourhood(JdbcClient jdbc, UUID organisation, UUID municipality, String code, int year,
			String name, Integer children0to14, Integer children4to12, boolean estimated) {
		jdbc.sql("""
				insert into neighbourhood (id, version, organisation_id, municipality_id, code, district_code, name, cbs_year,
				  children_0_14, children_4_12, children_4_12_estimated, active)
				values (:id, 0, :org, :m, :code, :district, :name, :year, :c014, :c412, :estimated, true)""")
			.param("id", UUID.randomUUID()).param("org", organisation).param("m", municipality).param("code", code)
			.param("district", "WK" + code.substring(2, 8)).param("name", name).param("year", year)
			.param("c014", children0to14, java.sql.Types.INTEGER).param("c412", children4to12, java.sql.Types.INTEGER)
			.param("estimated", estimated).update();
	}
}
