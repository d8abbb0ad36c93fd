package nl.samenspel.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.network.ReferralRequest;
import nl.samenspel.network.ReferralStatus;
import nl.samenspel.network.Referrals;
import nl.samenspel.network.ServiceKind;
import nl.samenspel.network.SocialMap;
import nl.samenspel.signals.Category;
import nl.samenspel.signals.Meldcode;
import nl.samenspel.signals.SignalRequest;
import nl.samenspel.signals.Signals;
import nl.samenspel.signals.Worry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Signals, Meldcode cases and referrals per period, from a fixture whose counts are worked out by hand below: the
 * coordinator sees their organisation's as they are, the municipality its own across organisations, suppressed.
 *
 * <pre>
 * organisation A works in municipality M (neighbourhood N) and M2 (neighbourhood N2); organisation B in M too (NB).
 * children: a1, a2 live in N (M); a3 has no home neighbourhood; a4 lives in N2 (M2); b1 (of B) lives in NB (M).
 * period: the last 30 days up to today; old below means 40 days ago, outside the period.
 *
 * signals  A: a1 SAFETY_AT_HOME x4, POVERTY x2, BULLYING x3, POVERTY x1 old; a2 SAFETY_AT_HOME x2;
 *             a3 NEGLECT x2; a4 HEALTH x1
 *          B: b1 POVERTY x1, BULLYING x2
 * cases (step, report required, help possible, closed because), each opened from one of those signals:
 *          A: k1 a1 (5, yes, yes, DECIDED)   k2 a1 (5, yes, no, DECIDED)   k3 a1 (4, -, -, NO_SUSPICION)
 *             k4 a1 (1, open)   k5 a2 (2, open)   k6 a2 (3, open)   k7 a3 (1, open)   k8 a1 old (5, no, yes, DECIDED)
 *          B: k9 b1 (1, open)
 * referrals (kind, status):
 *          A: a1 JEUGDFONDS COMPLETED, COMPLETED, SENT; a2 FOOD_BANK ACCEPTED, DECLINED; a2 NEIGHBOURHOOD_TEAM PROPOSED;
 *             a3 LEERGELD SENT; a4 FOOD_BANK IN_PROGRESS; a1 LEERGELD COMPLETED old
 *          B: b1 JEUGDFONDS COMPLETED, NO_LONGER_NEEDED
 *
 * coordinator A (all municipalities; a3 counts here):
 *   signals by category   SAFETY 6, NEGLECT 2, POVERTY 2, BULLYING 3, HEALTH 1, DEVELOPMENT 0, OTHER 0; total 14
 *   cases by step         1: 2 (k4 k7), 2: 1, 3: 1, 4: 1, 5: 2; total 7
 *   decisions            report and help 1 (k1), report only 1 (k2), help only 0, neither 0, undecided 5
 *   closed because       NO_SUSPICION 1, DECIDED 2, OPEN 4
 *   referrals by kind     NEIGHBOURHOOD_TEAM 1, JEUGDFONDS 3, LEERGELD 1, FOOD_BANK 3 (no zero lines); total 8
 *   by outcome           PROPOSED 1, SENT 2, ACCEPTED 1, DECLINED 1, IN_PROGRESS 1, COMPLETED 2, NO_LONGER_NEEDED 0
 * coordinator A narrowed to M (a1, a2 only): signals SAFETY 6, POVERTY 2, BULLYING 3, total 11; cases 6; referrals 6
 *
 * municipality M (A's a1 a2 and B's b1), this calendar month, before perturbation:
 *   signals  SAFETY 6, NEGLECT 0, POVERTY 3, BULLYING 5, HEALTH 0 ...; total 14
 *   cases    k1-k6 and k9: by step 2, 1, 1, 1, 2, total 7; decisions 1, 1, 0, 0, undecided 5 (one table for both
 *            decisions: they are taken together); closed because 1, 2, 4
 *   referrals by kind NEIGHBOURHOOD_TEAM 1, JEUGDFONDS 5, FOOD_BANK 2, total 8; by outcome 1, 1, 1, 1, 0, 3, 1
 *   as shown, with the record keys the test sets: see the test
 * </pre>
 */
class CaseFigureTests extends IntegrationTest {

	@Autowired
	ReportFixtures reportFixtures;

	/** Municipality codes of this test only (GM6xxx; the other fixtures use GM8xxx), so that no other data counts. */
	static final AtomicInteger CODES = new AtomicInteger(6000);

	static final LocalDate TODAY = ActivityFixtures.today();
	static final LocalDate FROM = TODAY.minusDays(30);

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Signals signals;

	@Autowired
	Meldcode meldcode;

	@Autowired
	Referrals referrals;

	@Autowired
	SocialMap map;

	@Autowired
	CaseFigures figures;

	record Fixture(ActivityFixtures.World a, String m, String m2, CurrentUser municipalityUser, List<UUID> children) {
	}

	Fixture fixture() {
		var a = programmeFixtures.world();
		var b = programmeFixtures.world();
		var m = "GM" + CODES.incrementAndGet();
		var m2 = "GM" + CODES.incrementAndGet();
		var n = reportFixtures.neighbourhoodIn(a.organisationId(), m, "01");
		var n2 = reportFixtures.neighbourhoodIn(a.organisationId(), m2, "01");
		var nb = reportFixtures.neighbourhoodIn(b.organisationId(), m, "02");
		var a1 = reportFixtures.childIn(a, "Zwaantje", n);
		var a2 = reportFixtures.childIn(a, "Quirijn", n);
		var a3 = reportFixtures.childIn(a, "Xandra", null);
		var a4 = reportFixtures.childIn(a, "Ysbrand", n2);
		var b1 = reportFixtures.childIn(b, "Wubbo", nb);
		var officerA = fixtures.user(a.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var officerB = fixtures.user(b.organisationId(), "af", Role.SAFEGUARDING_OFFICER);

		var a1Safety = signals(a, a1, Category.SAFETY_AT_HOME, 4, false);
		signals(a, a1, Category.POVERTY, 2, false);
		signals(a, a1, Category.BULLYING, 3, false);
		var a1Old = signals(a, a1, Category.POVERTY, 1, true);
		var a2Safety = signals(a, a2, Category.SAFETY_AT_HOME, 2, false);
		var a3Neglect = signals(a, a3, Category.NEGLECT, 2, false);
		signals(a, a4, Category.HEALTH, 1, false);
		var b1Poverty = signals(b, b1, Category.POVERTY, 1, false);
		signals(b, b1, Category.BULLYING, 2, false);

		// the Meldcode's steps and decisions set directly: MeldcodeTests walks them through the service
		openCase(officerA, a1Safety.get(0), 5, true, true, "DECIDED", false);
		openCase(officerA, a1Safety.get(1), 5, true, false, "DECIDED", false);
		openCase(officerA, a1Safety.get(2), 4, null, null, "NO_SUSPICION", false);
		openCase(officerA, a1Safety.get(3), 1, null, null, null, false);
		openCase(officerA, a2Safety.get(0), 2, null, null, null, false);
		openCase(officerA, a2Safety.get(1), 3, null, null, null, false);
		openCase(officerA, a3Neglect.get(0), 1, null, null, null, false);
		openCase(officerA, a1Old.get(0), 5, false, true, "DECIDED", true);
		openCase(officerB, b1Poverty.get(0), 1, null, null, null, false);

		refer(a, a1, ServiceKind.JEUGDFONDS, ReferralStatus.COMPLETED, false);
		refer(a, a1, ServiceKind.JEUGDFONDS, ReferralStatus.COMPLETED, false);
		refer(a, a1, ServiceKind.JEUGDFONDS, ReferralStatus.SENT, false);
		refer(a, a2, ServiceKind.FOOD_BANK, ReferralStatus.ACCEPTED, false);
		refer(a, a2, ServiceKind.FOOD_BANK, ReferralStatus.DECLINED, false);
		refer(a, a2, ServiceKind.NEIGHBOURHOOD_TEAM, ReferralStatus.PROPOSED, false);
		refer(a, a3, ServiceKind.LEERGELD, ReferralStatus.SENT, false);
		refer(a, a4, ServiceKind.FOOD_BANK, ReferralStatus.IN_PROGRESS, false);
		refer(a, a1, ServiceKind.LEERGELD, ReferralStatus.COMPLETED, true);
		refer(b, b1, ServiceKind.JEUGDFONDS, ReferralStatus.COMPLETED, false);
		refer(b, b1, ServiceKind.JEUGDFONDS, ReferralStatus.NO_LONGER_NEEDED, false);

		var user = fixtures.user(a.organisationId(), "gemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, :c)").param("u", user.id())
			.param("c", m).update();
		return new Fixture(a, m, m2, user, List.of(a1, a2, a3, a4, b1));
	}

	/** Signals raised now by the world's worker, or (old) moved to 40 days ago. */
	List<UUID> signals(ActivityFixtures.World world, UUID child, Category category, int count, boolean old) {
		var ids = new ArrayList<UUID>();
		for (int i = 0; i < count; i++) {
			var id = signals.raise(world.worker(), new SignalRequest(child, TODAY, category, Worry.MEDIUM,
					"Wat ik zag.", null, null));
			if (old) {
				jdbc.sql("update signal set raised_at = :at, observed_on = :on where id = :id").param("at", longAgo())
					.param("on", java.sql.Date.valueOf(TODAY.minusDays(40))).param("id", id).update();
			}
			ids.add(id);
		}
		return ids;
	}

	void openCase(CurrentUser officer, UUID signal, int step, Boolean reportRequired, Boolean helpPossible,
			String closedBecause, boolean old) {
		var id = meldcode.open(officer, signal);
		jdbc.sql("""
				update concern_case set step = :step, report_required = :report, help_possible = :help,
				  status = :status, closed_because = :because, closed_at = :closedAt
				where id = :id""")
			.param("step", step).param("report", reportRequired).param("help", helpPossible)
			.param("status", closedBecause == null ? "OPEN" : "CLOSED").param("because", closedBecause)
			.param("closedAt", closedBecause == null ? null : new Timestamp(System.currentTimeMillis()))
			.param("id", id).update();
		if (old) {
			jdbc.sql("update concern_case set opened_at = :at where id = :id").param("at", longAgo()).param("id", id).update();
		}
	}

	void refer(ActivityFixtures.World world, UUID child, ServiceKind kind, ReferralStatus status, boolean old) {
		var service = map.services(world.organisationId(), false).stream().filter(it -> it.kind() == kind).findFirst()
			.orElseThrow();
		var referral = referrals.refer(world.worker(), new ReferralRequest(child, service.id(), "Reden", null, "Meldcode",
				false, null, null));
		// the status set directly: ReferralTests moves referrals through their statuses
		jdbc.sql("update referral set status = :status where id = :id").param("status", status.name())
			.param("id", referral.id()).update();
		if (old) {
			jdbc.sql("update referral set created_at = :at where id = :id").param("at", longAgo()).param("id", referral.id())
				.update();
		}
	}

	static Timestamp longAgo() {
		return Timestamp.from(TODAY.minusDays(40).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
	}

	/** A table's lines as code=count, and its total. */
	static String lines(CaseFigureTables tables, CaseFigures.Breakdown breakdown) {
		var table = tables.table(breakdown);
		return String.join(" ", table.lines().stream().map(it -> it.code() + "=" + (it.count() == null ? "<5" : it.count()))
			.toList()) + " | " + (table.total() == null ? "<5" : table.total());
	}

	@Test
	void theCoordinatorSeesEveryTableAsItIs() {
		var f = fixture();

		var tables = figures.figures(f.a().coordinator(), FROM, TODAY, null);

		assertThat(tables.suppressed()).isFalse();
		assertThat(tables.municipalityCode()).isNull();
		assertThat(lines(tables, CaseFigures.Breakdown.SIGNALS_BY_CATEGORY))
			.isEqualTo("SAFETY_AT_HOME=6 NEGLECT=2 POVERTY=2 BULLYING=3 HEALTH=1 DEVELOPMENT=0 OTHER=0 | 14");
		assertThat(lines(tables, CaseFigures.Breakdown.CASES_BY_STEP)).isEqualTo("1=2 2=1 3=1 4=1 5=2 | 7");
		assertThat(lines(tables, CaseFigures.Breakdown.CASES_BY_DECISION))
			.isEqualTo("REPORT_AND_HELP=1 REPORT_ONLY=1 HELP_ONLY=0 NEITHER=0 UNDECIDED=5 | 7");
		assertThat(lines(tables, CaseFigures.Breakdown.CASES_BY_CLOSURE)).isEqualTo("NO_SUSPICION=1 DECIDED=2 OPEN=4 | 7");
		assertThat(lines(tables, CaseFigures.Breakdown.REFERRALS_BY_DESTINATION))
			.isEqualTo("NEIGHBOURHOOD_TEAM=1 JEUGDFONDS=3 LEERGELD=1 FOOD_BANK=3 | 8");
		assertThat(lines(tables, CaseFigures.Breakdown.REFERRALS_BY_OUTCOME))
			.isEqualTo("PROPOSED=1 SENT=2 ACCEPTED=1 DECLINED=1 IN_PROGRESS=1 COMPLETED=2 NO_LONGER_NEEDED=0 | 8");
		assertThat(tables.table(CaseFigures.Breakdown.CASES_BY_STEP).lines().get(0).labelKey()).isEqualTo("case.step1");
		assertThat(tables.table(CaseFigures.Breakdown.CASES_BY_DECISION).caption()).isEqualTo("reports.cases.CASES_BY_DECISION");

		var inM = figures.figures(f.a().coordinator(), FROM, TODAY, f.m());
		assertThat(inM.suppressed()).isFalse();
		assertThat(lines(inM, CaseFigures.Breakdown.SIGNALS_BY_CATEGORY))
			.as("a1 and a2 only: a3 has no home neighbourhood, a4 lives in M2, b1 is another organisation's")
			.isEqualTo("SAFETY_AT_HOME=6 NEGLECT=0 POVERTY=2 BULLYING=3 HEALTH=0 DEVELOPMENT=0 OTHER=0 | 11");
		assertThat(lines(inM, CaseFigures.Breakdown.CASES_BY_STEP)).isEqualTo("1=1 2=1 3=1 4=1 5=2 | 6");
		assertThat(lines(inM, CaseFigures.Breakdown.REFERRALS_BY_DESTINATION))
			.isEqualTo("NEIGHBOURHOOD_TEAM=1 JEUGDFONDS=3 FOOD_BANK=2 | 6");
		var inM2 = figures.figures(f.a().coordinator(), FROM, TODAY, f.m2());
		assertThat(lines(inM2, CaseFigures.Breakdown.REFERRALS_BY_OUTCOME))
			.isEqualTo("PROPOSED=0 SENT=0 ACCEPTED=0 DECLINED=0 IN_PROGRESS=1 COMPLETED=0 NO_LONGER_NEEDED=0 | 1");
		var withOld = figures.figures(f.a().coordinator(), TODAY.minusDays(40), TODAY.minusDays(40), null);
		assertThat(lines(withOld, CaseFigures.Breakdown.SIGNALS_BY_CATEGORY)).endsWith("| 1");
		assertThat(lines(withOld, CaseFigures.Breakdown.CASES_BY_DECISION))
			.isEqualTo("REPORT_AND_HELP=0 REPORT_ONLY=0 HELP_ONLY=1 NEITHER=0 UNDECIDED=0 | 1");
		assertThat(lines(withOld, CaseFigures.Breakdown.REFERRALS_BY_DESTINATION)).isEqualTo("LEERGELD=1 | 1");
	}

	@Test
	void theMunicipalitySeesItsOwnCountsAcrossOrganisationsPerturbedForAFixedPeriod() throws Exception {
		var f = fixture();
		// this month holds everything of the period but the old ones (40 days ago); every record key 0 (counts from 4 up
		// move -3), but one of A's SAFETY_AT_HOME signals has a key 96% of the way round: that line and the signals'
		// total move +2
		var month = nl.samenspel.reporting.ReportPeriod.month(java.time.YearMonth.from(TODAY));
		for (var table : List.of("signal", "concern_case", "referral")) {
			jdbc.sql("update " + table + " set record_key = 0").update();
		}
		jdbc.sql("update signal set record_key = :k where id = (select id from signal where category = 'SAFETY_AT_HOME'"
				+ " and organisation_id = :a order by id limit 1)").param("k", CellKeyTests.at(960_000))
			.param("a", f.a().organisationId()).update();

		var tables = figures.figures(f.municipalityUser(), month.from(), month.to(), null);

		assertThat(tables.suppressed()).isTrue();
		assertThat(tables.municipalityCode()).isEqualTo(f.m());
		assertThat(lines(tables, CaseFigures.Breakdown.SIGNALS_BY_CATEGORY)).as("6+2, 3 (not moved), 5-3; the total 14+2")
			.isEqualTo("SAFETY_AT_HOME=8 NEGLECT=0 POVERTY=<5 BULLYING=<5 HEALTH=0 DEVELOPMENT=0 OTHER=0 | 16");
		assertThat(lines(tables, CaseFigures.Breakdown.CASES_BY_STEP)).as("7-3").isEqualTo("1=<5 2=<5 3=<5 4=<5 5=<5 | <5");
		assertThat(lines(tables, CaseFigures.Breakdown.CASES_BY_DECISION))
			.isEqualTo("REPORT_AND_HELP=<5 REPORT_ONLY=<5 HELP_ONLY=0 NEITHER=0 UNDECIDED=<5 | <5");
		assertThat(lines(tables, CaseFigures.Breakdown.CASES_BY_CLOSURE)).isEqualTo("NO_SUSPICION=<5 DECIDED=<5 OPEN=<5 | <5");
		assertThat(lines(tables, CaseFigures.Breakdown.REFERRALS_BY_DESTINATION)).as("5-3; the total 8-3")
			.isEqualTo("NEIGHBOURHOOD_TEAM=<5 JEUGDFONDS=<5 FOOD_BANK=<5 | 5");
		assertThat(lines(tables, CaseFigures.Breakdown.REFERRALS_BY_OUTCOME))
			.isEqualTo("PROPOSED=<5 SENT=<5 ACCEPTED=<5 DECLINED=<5 IN_PROGRESS=0 COMPLETED=<5 NO_LONGER_NEEDED=<5 | 5");
		var freeRange = mvc.perform(get("/api/v1/reports/cases?from=" + TODAY.minusDays(40) + "&to=" + TODAY).with(as(f.municipalityUser())))
			.andReturn().getResponse();
		assertThat(freeRange.getStatus()).as("a free range is refused for a municipality").isEqualTo(400);
		assertThat(freeRange.getContentAsString()).contains("\"field\":\"from\"");

		var json = mvc.perform(get("/api/v1/reports/cases?period=" + month.code()).with(as(f.municipalityUser())))
			.andReturn().getResponse();
		assertThat(json.getStatus()).isEqualTo(200);
		var body = json.getContentAsString();
		assertThat(body).contains("\"suppressed\":true").contains("\"municipalityCode\":\"" + f.m() + "\"")
			.contains("\"total\":16").contains("{\"code\":\"BULLYING\",\"labelKey\":\"signal.category.BULLYING\"}")
			.doesNotContainPattern("\"(count|total)\":[1-4][,}]");
		assertNoChild(body, f);

		var page = mvc.perform(get("/reports/cases?period=" + month.code()).with(as(f.municipalityUser()))).andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		var html = page.getContentAsString();
		assertThat(html).contains("&lt;5").contains("Signalen per onderwerp").contains("Stap 1: Signalen in kaart brengen")
			.contains("Jeugdfonds Sport &amp; Cultuur").doesNotContain("name=\"municipality\"");
		assertThat(html).doesNotContainPattern("<td class=\"number\">[1-4]</td>").contains("<td class=\"number\">16</td>");
		assertNoChild(html, f);

		var csv = mvc.perform(get("/reports/cases.csv?period=" + month.code()).with(as(f.municipalityUser())))
			.andReturn().getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		var text = new String(csv.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\ufeff");
		var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get()
			.parse(new java.io.StringReader(text.substring(1))).getRecords();
		assertThat(records.get(0).get(2)).isEqualTo("Aantal");
		for (var record : records.subList(1, records.size() - 1)) {
			var value = record.get(2);
			assertThat(value.equals("<5") || Long.parseLong(value) == 0 || Long.parseLong(value) >= 5).as(record.toString()).isTrue();
		}
		assertThat(records).anyMatch(it -> it.get(0).equals("Signalen per onderwerp") && it.get(1).equals("Totaal")
				&& it.get(2).equals("16"));
		assertThat(records.get(records.size() - 1).get(0)).as("the note").contains("apart verstoord");
		assertNoChild(text, f);

		var other = mvc.perform(get("/api/v1/reports/cases?period=" + month.code() + "&municipality=" + f.m2())
			.with(as(f.municipalityUser()))).andReturn().getResponse();
		assertThat(other.getStatus()).isEqualTo(404);
		var otherPage = mvc.perform(get("/reports/cases?municipality=" + f.m2()).with(as(f.municipalityUser()))).andReturn()
			.getResponse();
		assertThat(otherPage.getStatus()).isEqualTo(404);
		assertThatThrownBy(() -> figures.figures(f.municipalityUser(), month.from(), month.to(), f.m2())).isInstanceOf(NotFound.class);
	}

	void assertNoChild(String text, Fixture f) {
		assertThat(text).doesNotContain("Zwaantje").doesNotContain("Quirijn").doesNotContain("Xandra").doesNotContain("Ysbrand")
			.doesNotContain("Wubbo").doesNotContain("Wat ik zag").doesNotContain("Reden");
		for (var child : f.children()) {
			assertThat(text).doesNotContain(child.toString());
		}
	}

	@Test
	void theCoordinatorPageShowsTheTablesAndNarrowsToAMunicipality() throws Exception {
		var f = fixture();

		var html = mvc.perform(get("/reports/cases?from=" + FROM + "&to=" + TODAY + "&municipality=" + f.m())
			.with(as(f.a().coordinator()))).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<caption>Signalen per onderwerp</caption>").contains("aria-label=\"Verwijzingen per stand van zaken\"")
			.contains("<option value=\"" + f.m() + "\" selected").contains(">11</td>").doesNotContain("&lt;5");
		assertNoChild(html, f);
		var reports = mvc.perform(get("/reports").with(as(f.a().coordinator()))).andReturn().getResponse().getContentAsString();
		assertThat(reports).contains("href=\"/reports/cases\"");
	}

	@Test
	void theCsvLinkWithABadPeriodShowsThePageWithTheMessageNextToTheField() throws Exception {
		var response = mvc.perform(get("/reports/cases.csv?from=2026-12-31&to=2026-01-01").with(as("coordinator")))
			.andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("op of na de begindatum")
			.containsPattern("id=\"to\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"to\"");
	}

	@Test
	void badPeriodsOtherMunicipalitiesAndOtherRolesAreRefused() throws Exception {
		var f = fixture();

		var backwards = mvc.perform(get("/api/v1/reports/cases?from=" + TODAY + "&to=" + FROM).with(as(f.a().coordinator())))
			.andReturn().getResponse();
		assertThat(backwards.getStatus()).isEqualTo(400);
		assertThat(backwards.getContentAsString()).contains("\"field\":\"to\"");
		var page = mvc.perform(get("/reports/cases?from=" + TODAY + "&to=" + FROM).with(as(f.a().coordinator()))).andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("op of na de begindatum");
		assertThatThrownBy(() -> figures.figures(f.a().coordinator(), TODAY.minusYears(6), TODAY, null))
			.isInstanceOf(FieldRejected.class).hasMessageContaining("report.error.tooLong");

		var notOurs = mvc.perform(get("/api/v1/reports/cases?from=" + FROM + "&to=" + TODAY + "&municipality=GM0001")
			.with(as(f.a().coordinator()))).andReturn().getResponse();
		assertThat(notOurs.getStatus()).isEqualTo(400);
		assertThat(notOurs.getContentAsString()).contains("\"field\":\"municipality\"");
		var notOursPage = mvc.perform(get("/reports/cases?municipality=GM0001").with(as(f.a().coordinator()))).andReturn()
			.getResponse();
		assertThat(notOursPage.getStatus()).isEqualTo(200);
		assertThat(notOursPage.getContentAsString()).contains("Kies een gemeente waar jullie werken.");

		var worker = mvc.perform(get("/api/v1/reports/cases?from=" + FROM + "&to=" + TODAY).with(as(f.a().worker())))
			.andReturn().getResponse();
		assertThat(worker.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/reports/cases").with(as(f.a().worker()))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		var docs = new nl.samenspel.HttpSession(baseUrl()).get("/v3/api-docs");

		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/reports/cases").contains("CaseFigureTables")
			.doesNotContain("\"/reports/cases\"").doesNotContain("/reports/cases.csv");
	}

	@Test
	void theCodeListsFollowTheEnumsOfSignalsAndNetwork() {
		assertThat(CaseFigures.CATEGORIES).containsExactlyElementsOf(Arrays.stream(Category.values()).map(Enum::name).toList());
		assertThat(CaseFigures.CLOSURES.subList(0, 2))
			.containsExactlyElementsOf(Arrays.stream(nl.samenspel.signals.ClosedBecause.values()).map(Enum::name).toList());
		assertThat(CaseFigures.DESTINATIONS).containsExactlyElementsOf(Arrays.stream(ServiceKind.values()).map(Enum::name).toList());
		assertThat(CaseFigures.OUTCOMES).containsExactlyElementsOf(Arrays.stream(ReferralStatus.values()).map(Enum::name).toList());
	}
}
