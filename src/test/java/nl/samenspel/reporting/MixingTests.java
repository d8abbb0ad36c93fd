package nl.samenspel.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.Mode;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.reporting.MixingReport.Index;
import nl.samenspel.reporting.MixingReport.Line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The mixing index from a small fixture whose indexes are worked out by hand below: for the coordinator as they are,
 * for the municipality with every index over fewer than 5 children hidden. D = 1 - sum of the squared shares.
 *
 * <pre>
 * organisation 1, location in neighbourhood A of municipality M; home neighbourhoods A, B, C; schools written
 * in different ways (R = De Regenboog, A = Het Anker):
 *   c1 A  De Regenboog       c5 C     het anker  (trailing spaces)
 *   c2 A    de regenboog     c6 none  blank (spaces only): unknown school too
 *   c3 B  DE REGENBOOG       c7 A     Montessori (only absent, or present outside the period: never counted)
 *   c4 B  Het Anker          c8 C     HET ANKER
 * activity X: session 10 days ago c1 c2 c3 present (c7 absent), 3 days ago c1 c4 c5 c6 present
 * activity Y: session 10 days ago c1 c2 c3 c8 present; 400 days ago c7 present (outside the period, and the year)
 *
 *                children  by neighbourhood                      by school
 *   X              6       A2 B2 C1, 1 unknown: 1 - 9/25  = 0.64    R3 A2, 1 unknown: 1 - 13/25 = 0.48
 *   Y              4       A2 B1 C1:            1 - 6/16  = 0.625   R3 A1:            1 - 10/16 = 0.375
 *   organisation   7       A2 B2 C2, 1 unknown: 1 - 12/36 = 0.6667  R3 A3, 1 unknown: 1 - 18/36 = 0.5
 *
 * organisation 2, a location in municipality M too; activity Z, session 5 days ago: five children, no known
 * neighbourhood, all at De School: by neighbourhood no index (5 unknown), by school 1 - 25/25 = 0 (one group)
 *
 * municipality M, this calendar year, every record key 0 (so every count from 4 up moves -3): X's 6 children read
 * &lt;5 but its indexes (over 6) show, its unknown counts (1) &lt;5; Y (4 children) hidden altogether; organisation 1
 * 7-3 reads &lt;5, indexes as above, unknown counts &lt;5; Z and organisation 2: 5-3 reads &lt;5, its 5 unknown too.
 * </pre>
 */
class MixingTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Attendance attendance;

	@Autowired
	Mixing mixing;

	static final LocalDate TODAY = ActivityFixtures.today();
	static final LocalDate FROM = TODAY.minusDays(30);
	static final LocalDate TO = TODAY.plusDays(30);

	record Fixture(ActivityFixtures.World world, ActivityFixtures.World second, UUID x, UUID y, UUID z,
			String municipality, CurrentUser municipalityUser) {
	}

	Fixture fixture() {
		var world = programmeFixtures.world();
		var municipality = fixtures.municipality(world.organisationId());
		var digits = municipality.getCode().substring(2);
		var a = neighbourhood(world.organisationId(), municipality.getId(), "BU" + digits + "0101");
		var b = neighbourhood(world.organisationId(), municipality.getId(), "BU" + digits + "0102");
		var c = neighbourhood(world.organisationId(), municipality.getId(), "BU" + digits + "0103");
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", a).param("l", world.locationId()).update();
		var x = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var y = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var xs1 = programmeFixtures.session(world, x, TODAY.minusDays(10));
		var xs2 = programmeFixtures.session(world, x, TODAY.minusDays(3));
		var ys1 = programmeFixtures.session(world, y, TODAY.minusDays(10));
		var ys0 = programmeFixtures.session(world, y, TODAY.minusDays(400));
		var child = new UUID[9];
		child[1] = child(world, a, "De Regenboog");
		child[2] = child(world, a, "  de regenboog ");
		child[3] = child(world, b, "DE REGENBOOG");
		child[4] = child(world, b, "Het Anker");
		child[5] = child(world, c, "het anker  ");
		child[6] = child(world, null, "   ");
		child[7] = child(world, a, "Montessori");
		child[8] = child(world, c, "HET ANKER");
		mark(world, xs1.id(), child[1], child[2], child[3]);
		attendance.mark(world.worker(), xs1.id(), new AttendanceMark(child[7], false, null, null));
		mark(world, xs2.id(), child[1], child[4], child[5], child[6]);
		mark(world, ys1.id(), child[1], child[2], child[3], child[8]);
		mark(world, ys0.id(), child[7]);

		var second = programmeFixtures.world();
		var same = fixtures.municipality(second.organisationId(), municipality.getCode(), "Gemeente " + municipality.getCode());
		var there = neighbourhood(second.organisationId(), same.getId(), "BU" + digits + "0201");
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", there).param("l", second.locationId())
			.update();
		var z = programmeFixtures.activity(second, Mode.DROP_IN, null, 4, 12);
		var zs1 = programmeFixtures.session(second, z, TODAY.minusDays(5));
		for (int i = 0; i < 5; i++) {
			mark(second, zs1.id(), programmeFixtures.child(second, "Zeldzaam" + i, 8, true));
		}

		var user = fixtures.user(world.organisationId(), "gemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, :c)").param("u", user.id())
			.param("c", municipality.getCode()).update();
		return new Fixture(world, second, x.id(), y.id(), z.id(), municipality.getCode(), user);
	}

	UUID neighbourhood(UUID organisation, UUID municipality, String code) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into neighbourhood (id, version, organisation_id, municipality_id, code, district_code, name, cbs_year,
				  children_4_12_estimated, active)
				values (:id, 0, :org, :m, :code, :district, :name, 2024, true, true)""")
			.param("id", id).param("org", organisation).param("m", municipality).param("code", code)
			.param("district", "WK" + code.substring(2, 8)).param("name", "Buurt " + code).update();
		return id;
	}

	/** A child living in a neighbourhood (or none) and going to a school written just so. */
	UUID child(ActivityFixtures.World world, UUID neighbourhood, String school) {
		var id = programmeFixtures.child(world, "Zeldzaam", 8, true);
		jdbc.sql("update child set neighbourhood_id = :n, school = :s where id = :id").param("n", neighbourhood)
			.param("s", school).param("id", id).update();
		return id;
	}

	void mark(ActivityFixtures.World world, UUID session, UUID... children) {
		for (var child : children) {
			attendance.mark(world.worker(), session, new AttendanceMark(child, true, null, null));
		}
	}

	static Line line(MixingReport.OrganisationMixing organisation, UUID activity) {
		return organisation.activities().stream().filter(it -> it.id().equals(activity)).findFirst().orElseThrow();
	}

	static void assertIndex(Index index, Double value, Integer groups, Long unknown) {
		if (value == null) {
			assertThat(index.value()).isNull();
		}
		else {
			assertThat(index.value()).isCloseTo(value, within(0.0001));
		}
		assertThat(index.groups()).isEqualTo(groups);
		assertThat(index.unknown()).isEqualTo(unknown);
	}

	@Test
	void theCoordinatorSeesTheIndexesOfTheirOwnOrganisation() {
		var f = fixture();

		var report = mixing.mixing(f.world().coordinator(), FROM, TO, null);

		assertThat(report.suppressed()).isFalse();
		assertThat(report.organisations()).singleElement()
			.satisfies(it -> assertThat(it.organisationId()).isEqualTo(f.world().organisationId()));
		var organisation = report.organisations().get(0);
		assertThat(organisation.activities()).extracting(Line::id).containsExactlyInAnyOrder(f.x(), f.y());
		var x = line(organisation, f.x());
		assertThat(x.children()).isEqualTo(6L);
		assertIndex(x.neighbourhood(), 0.64, 3, 1L);
		assertIndex(x.school(), 0.48, 2, 1L);
		var y = line(organisation, f.y());
		assertThat(y.children()).isEqualTo(4L);
		assertIndex(y.neighbourhood(), 0.625, 3, 0L);
		assertIndex(y.school(), 0.375, 2, 0L);
		var overall = organisation.overall();
		assertThat(overall.children()).isEqualTo(7L);
		assertIndex(overall.neighbourhood(), 0.6667, 3, 1L);
		assertIndex(overall.school(), 0.5, 2, 1L);

		var lastDays = mixing.mixing(f.world().coordinator(), TODAY.minusDays(4), TODAY, null);
		// only X's second session: c1 A, c4 B, c5 C, c6 unknown: 1 - 3/9; schools R1 A2, c6 unknown: 1 - 5/9
		var recent = lastDays.organisations().get(0);
		assertThat(recent.activities()).extracting(Line::id).containsExactly(f.x());
		assertThat(recent.overall().children()).isEqualTo(4L);
		assertIndex(recent.overall().neighbourhood(), 0.6667, 3, 1L);
		assertIndex(recent.overall().school(), 0.4444, 2, 1L);
	}

	@Test
	void thePageShowsIndexesAndCountsButNoNames() throws Exception {
		var f = fixture();

		var page = mvc.perform(get("/reports/mixing?from=" + FROM + "&to=" + TO).with(as(f.world().coordinator()))).andReturn()
			.getResponse();
		var json = mvc.perform(get("/api/v1/reports/mixing?from=" + FROM + "&to=" + TO).with(as(f.world().coordinator())))
			.andReturn().getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		// X 0.64 and 0.48, Y 0.625 and 0.375 (two decimals, half up), the organisation 0.6667 and 0.5
		assertThat(page.getContentAsString()).contains("0,64").contains("0,48").contains("0,63").contains("0,38")
			.contains("0,67").contains("0,50").contains("Hele organisatie")
			.doesNotContainIgnoringCase("regenboog").doesNotContainIgnoringCase("anker")
			.doesNotContain("Montessori").doesNotContain("Zeldzaam");
		assertThat(json.getStatus()).isEqualTo(200);
		assertThat(json.getContentAsString()).contains("0.625").doesNotContainIgnoringCase("regenboog")
			.doesNotContainIgnoringCase("anker").doesNotContain("Zeldzaam").doesNotContain("BU");
		var figures = mvc.perform(get("/reports").with(as(f.world().coordinator()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(figures).contains("href=\"/reports/mixing\"");
		var docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(docs).contains("/api/v1/reports/mixing");
	}

	@Test
	void theMunicipalitySeesEveryOrganisationInItButNoIndexOverFewerThanFiveChildren() throws Exception {
		var f = fixture();
		var year = ReportFixtures.year();
		jdbc.sql("update child set record_key = 0 where organisation_id in (:o)")
			.param("o", List.of(f.world().organisationId(), f.second().organisationId())).update();

		var report = mixing.mixing(f.municipalityUser(), year.from(), year.to(), null);

		assertThat(report.suppressed()).isTrue();
		assertThat(report.municipalityCode()).isEqualTo(f.municipality());
		assertThat(report.organisations()).extracting(MixingReport.OrganisationMixing::organisationId)
			.containsExactlyInAnyOrder(f.world().organisationId(), f.second().organisationId());
		var first = report.organisations().stream()
			.filter(it -> it.organisationId().equals(f.world().organisationId())).findFirst().orElseThrow();
		var x = line(first, f.x());
		assertThat(x.children()).as("6 - 3").isNull();
		assertIndex(x.neighbourhood(), 0.64, 3, null);
		assertIndex(x.school(), 0.48, 2, null);
		var y = line(first, f.y());
		assertThat(y.children()).as("4 children: <5").isNull();
		assertThat(y.neighbourhood().hidden()).isTrue();
		assertIndex(y.neighbourhood(), null, null, 0L);
		assertThat(y.school().hidden()).isTrue();
		assertIndex(y.school(), null, null, 0L);
		assertThat(first.overall().children()).as("7 - 3").isNull();
		assertIndex(first.overall().neighbourhood(), 0.6667, 3, null);
		assertIndex(first.overall().school(), 0.5, 2, null);
		var second = report.organisations().stream()
			.filter(it -> it.organisationId().equals(f.second().organisationId())).findFirst().orElseThrow();
		var z = line(second, f.z());
		assertThat(z.children()).as("5 - 3").isNull();
		assertThat(z.neighbourhood().hidden()).as("nobody's neighbourhood known: no index, not a suppressed one").isFalse();
		assertIndex(z.neighbourhood(), null, 0, null);
		assertIndex(z.school(), 0.0, 1, 0L);
		assertThat(second.overall()).usingRecursiveComparison().ignoringFields("id", "name").isEqualTo(z);

		var json = mvc.perform(get("/api/v1/reports/mixing?period=" + year.code()).with(as(f.municipalityUser())))
			.andReturn().getResponse();
		assertThat(json.getStatus()).isEqualTo(200);
		assertThat(json.getContentAsString()).doesNotContainPattern("\"(children|unknown)\":[1-4][,}]")
			.doesNotContainIgnoringCase("regenboog").doesNotContain("Zeldzaam");
		var page = mvc.perform(get("/reports/mixing?period=" + year.code()).with(as(f.municipalityUser()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("&lt;5").contains("0,64").contains(f.municipality()).doesNotContainIgnoringCase("anker");

		var other = mvc.perform(get("/api/v1/reports/mixing?period=" + year.code() + "&municipality=GM0001")
			.with(as(f.municipalityUser()))).andReturn().getResponse();
		assertThat(other.getStatus()).isEqualTo(404);
	}

	@Test
	void aSmallKnownCountHidesTheUnknownCountThatWouldGiveItAway() {
		// 9 children, 3 with a known school (groups of 2 and 1), 6 unknown: 9 - 6 would tell the 3
		var counts = new Mixing.Counts().add(false, 2).add(false, 1).add(true, 6);

		var suppressed = Mixing.index(counts, 9, true);
		var open = Mixing.index(counts, 9, false);

		assertThat(suppressed.hidden()).isTrue();
		assertThat(suppressed.value()).isNull();
		assertThat(suppressed.unknown()).isNull();
		// 1 - (4 + 1) / 9
		assertThat(open.value()).isCloseTo(0.4444, within(0.0001));
		assertThat(open.unknown()).isEqualTo(6L);
	}

	@Test
	void aPeriodTheWrongWayRoundOrTooLongIsAClearMessage() throws Exception {
		var f = fixture();

		var api = mvc.perform(get("/api/v1/reports/mixing?from=2026-12-31&to=2026-01-01").with(as(f.world().coordinator())))
			.andReturn().getResponse();
		var tooLong = mvc.perform(get("/api/v1/reports/mixing?from=2020-01-01&to=2026-01-02").with(as(f.world().coordinator())))
			.andReturn().getResponse();
		var page = mvc.perform(get("/reports/mixing?from=2026-12-31&to=2026-01-01").with(as(f.world().coordinator())))
			.andReturn().getResponse();
		var unknown = mvc.perform(get("/api/v1/reports/mixing?municipality=GM0001").with(as(f.world().coordinator())))
			.andReturn().getResponse();
		var worker = mvc.perform(get("/api/v1/reports/mixing").with(as(f.world().worker()))).andReturn().getResponse();

		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("\"field\":\"to\"");
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(tooLong.getContentAsString()).contains("\"field\":\"to\"");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("op of na de begindatum");
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(unknown.getContentAsString()).contains("municipality");
		assertThat(worker.getStatus()).isEqualTo(403);
	}
}
