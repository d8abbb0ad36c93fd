package nl.samenspel.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Issue 14: one organisation's data never changes another's figures. The hand-worked programme of {@link FigureTests}
 * is organisation 1, its children living in neighbourhood A (CBS estimate 300 children aged 4-12). The ADMIN of the
 * second demo organisation ({@code admin2}) then works in the same municipality: adds a neighbourhood with A's and B's
 * CBS codes and its own child counts (a later CBS year, then the same year), edits it, tries to import a CBS file with
 * A's code (refused since issue 14, but whatever the answer) and takes its neighbourhoods over from the platform's CBS
 * figures. After every step organisation 1's figures (annual report with reach rates, neighbourhood names and
 * estimates; figure tables; coverage) and its municipality's figures are exactly what they were.
 */
class TenantFigureTests extends IntegrationTest {

	static final java.time.LocalDate TODAY = ActivityFixtures.today();

	@Autowired
	ReportFixtures reportFixtures;

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	nl.samenspel.activities.Attendance attendance;

	@Test
	void anotherOrganisationsNeighbourhoodsNeverChangeTheFigures() throws Exception {
		var f = reportFixtures.handWorked();
		var organisation = f.world().organisationId();
		var a = jdbc.sql("select id from neighbourhood where organisation_id = :org and code like '%0101'")
			.param("org", organisation).query(UUID.class).single();
		var codeA = jdbc.sql("select code from neighbourhood where id = :id").param("id", a).query(String.class).single();
		var codeB = codeA.substring(0, 8) + "02";
		jdbc.sql("update neighbourhood set children_0_14 = 500, children_4_12 = 300 where id = :id").param("id", a).update();
		jdbc.sql("update child set neighbourhood_id = :a where organisation_id = :org").param("a", a)
			.param("org", organisation).update();
		var before = figures(f);
		assertThat(before.get("annual")).as("the reach of A is 5 of the estimate of 300").contains("\"estimate\":300")
			.contains("Buurt A");

		var municipality = json(post("/api/v1/municipalities"),
				"{\"code\":\"" + f.municipality() + "\",\"name\":\"Zelfde gemeente\"}");
		var municipalityId = municipality.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
		var district = "WK" + codeA.substring(2, 8);
		var added = json(post("/api/v1/neighbourhoods"), neighbourhood(municipalityId, codeA, district, "Gekaapt", 2025));
		assertThat(figures(f)).as("after adding A's code with a later year").isEqualTo(before);

		var id = added.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
		json(put("/api/v1/neighbourhoods/" + id), neighbourhood(municipalityId, codeA, district, "Zzz Gekaapt", 2024));
		json(post("/api/v1/neighbourhoods"), neighbourhood(municipalityId, codeB, district, "Zzz Ook gekaapt", 2024));
		assertThat(figures(f)).as("after editing it to A's year and adding B's code").isEqualTo(before);

		var file = ("\"WijkenEnBuurten\";\"SoortRegio_2\";\"Codering_3\";\"k_0Tot15Jaar_8\"\n"
				+ "\"Zzz Ingelezen\";\"Buurt\";\"" + codeA + "\";\"10\"\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		for (var year : new String[] { "2024", "2030" }) {
			mvc.perform(multipart("/api/v1/neighbourhoods/import").file(new MockMultipartFile("file", "kwb.csv", "text/csv", file))
				.param("year", year).with(as("admin2")).with(csrf()));
		}
		assertThat(figures(f)).as("after importing a CBS file with A's code").isEqualTo(before);

		mvc.perform(post("/api/v1/neighbourhoods/adopt").param("year", "2024").with(as("admin2")).with(csrf()));
		assertThat(figures(f)).as("after taking neighbourhoods over from the platform's figures").isEqualTo(before);
	}

	/**
	 * Another organisation working in the same municipality names its own row of A's code otherwise and holds a session
	 * there. Its figures count in the municipality's report (it works there), but the neighbourhood keeps the name of
	 * the platform's CBS figures: no organisation names another's rows.
	 */
	@Test
	void anotherOrganisationsNameForACodeNeverNamesTheNeighbourhood() throws Exception {
		var f = reportFixtures.handWorked();
		var codeA = jdbc.sql("select code from neighbourhood where organisation_id = :org and code like '%0101'")
			.param("org", f.world().organisationId()).query(String.class).single();
		jdbc.sql("""
				insert into cbs_neighbourhood (code, cbs_year, district_code, name, children_0_14, children_4_12, imported_at)
				values (:code, 2024, :district, 'Buurt A', 500, 300, current_timestamp)""")
			.param("code", codeA).param("district", "WK" + codeA.substring(2, 8)).update();
		var year = TODAY.minusDays(3).getYear();

		var other = programmeFixtures.world();
		var municipality = fixtures.municipality(other.organisationId(), f.municipality(), "Zelfde gemeente");
		var hijacked = java.util.UUID.randomUUID();
		jdbc.sql("""
				insert into neighbourhood (id, version, organisation_id, municipality_id, code, district_code, name, cbs_year,
				  children_0_14, children_4_12, children_4_12_estimated, active)
				values (:id, 0, :org, :m, :code, :district, 'Zzz Gekaapt', 2024, 10, 10, false, true)""")
			.param("id", hijacked).param("org", other.organisationId()).param("m", municipality.getId())
			.param("code", codeA).param("district", "WK" + codeA.substring(2, 8)).update();
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", hijacked)
			.param("l", other.locationId()).update();
		var activity = programmeFixtures.activity(other, nl.samenspel.activities.Mode.DROP_IN, null, 4, 12);
		var session = programmeFixtures.session(other, activity, TODAY.minusDays(3));
		var child = programmeFixtures.child(other, "Ander", 8, true);
		attendance.mark(other.worker(), session.id(), new nl.samenspel.activities.AttendanceMark(child, true, null, null));

		for (var user : java.util.List.of(f.municipalityUser(), f.world().coordinator())) {
			for (var source : new String[] { "AUTO", "RAW" }) {
				var annual = body(get("/api/v1/reports/annual?source=" + source + "&year=" + year), user);
				var names = java.util.regex.Pattern.compile("\"code\":\"" + codeA + "\",\"name\":\"([^\"]*)\"")
					.matcher(annual).results().map(it -> it.group(1)).toList();
				assertThat(names).as("names of A for %s from %s", user.getUsername(), source).isNotEmpty()
					.containsOnly("Buurt A");
			}
		}
	}

	private Map<String, String> figures(ReportFixtures.Fixture f) throws Exception {
		var year = TODAY.minusDays(3).getYear();
		var from = TODAY.minusDays(30);
		var figures = new LinkedHashMap<String, String>();
		figures.put("annual", body(get("/api/v1/reports/annual?year=" + year), f.world().coordinator()));
		figures.put("annual raw", body(get("/api/v1/reports/annual?source=RAW&year=" + year), f.world().coordinator()));
		for (var breakdown : new String[] { "NEIGHBOURHOOD", "MONTH", "LOCATION" }) {
			figures.put(breakdown, body(get("/api/v1/reports/figures?from=" + from + "&to=" + TODAY + "&breakdown="
					+ breakdown), f.world().coordinator()));
		}
		figures.put("coverage", body(get("/api/v1/coverage?from=" + from + "&to=" + TODAY), f.world().coordinator()));
		figures.put("municipality annual", body(get("/api/v1/reports/annual?year=" + year), f.municipalityUser()));
		return figures;
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			nl.samenspel.kernel.CurrentUser user) throws Exception {
		var response = mvc.perform(request.with(as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
		return response.getContentAsString();
	}

	private String json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
			throws Exception {
		var response = mvc.perform(request.contentType("application/json").content(body).with(as("admin2")).with(csrf()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as(body + " -> " + response.getContentAsString()).isBetween(200, 201);
		return response.getContentAsString();
	}

	private static String neighbourhood(String municipalityId, String code, String district, String name, int year) {
		return "{\"municipalityId\":\"" + municipalityId + "\",\"code\":\"" + code + "\",\"districtCode\":\"" + district
				+ "\",\"name\":\"" + name + "\",\"cbsYear\":" + year + ",\"children0to14\":10,\"children4to12\":10}";
	}
}
