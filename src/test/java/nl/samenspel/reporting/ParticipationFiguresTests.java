package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.participation.Ballot;
import nl.samenspel.participation.Ballots;
import nl.samenspel.participation.IdeaProposal;
import nl.samenspel.participation.IdeaStatus;
import nl.samenspel.participation.Ideas;
import nl.samenspel.participation.QuestionAnswer;
import nl.samenspel.participation.QuestionRequest;
import nl.samenspel.participation.Questions;
import nl.samenspel.participation.RoundDetails;
import nl.samenspel.participation.Rounds;
import nl.samenspel.participation.SessionFeedback;
import nl.samenspel.participation.StatusChange;
import nl.samenspel.participation.VotingMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Children's participation in the reports, from rows the test puts in through the participation services and counts
 * by hand below: the coordinator sees their organisation's as they are, the municipality its own across organisations,
 * perturbed, and nobody ever a text a child wrote.
 *
 * <pre>
 * organisation A works in municipality M (neighbourhood N) and M2 (N2); organisation B in M too (NB). A's location lies
 * in N, B's in NB. Activities: A knutselen (k) and voetbal (v), B dansen (d).
 * children: a1..a6 live in N (M); a7 has no home neighbourhood; a8 lives in N2 (M2); b1 (of B) lives in NB (M).
 * period: the last 30 days up to today; old means 40 days ago, outside it (and outside this month).
 *
 * rounds and ideas   A round R1 about k: ideas of a1..a5 and two on behalf of a group; a1's DONE, a2's PLANNED, the first
 *                      group idea DONE; an idea of a1, old
 *                    A round R2 about no activity: ideas of a7 and a8
 *                    B round RB about d: an idea of b1
 * ballots            R1: a1..a6; R2: a1, a7, and a8 old; RB: b1
 * feedback (scores)  k at A: 5 5 4 3 1, and a 2 old; v at A: 4 4; d at B: 2
 * questions of A     asked today 08:00, answered after: a1 2 h, a2 10 h, a3 30 h, a4 200 h, anonymous not answered,
 *                    a7 50 h (target 7 days = 168 h)
 *
 * coordinator A, every municipality:
 *   k          ideas 7 (children 5, group 2), planned 1, done 2; ballots 6, voters 6; feedback 5, average 18/5 = 3.6,
 *              scores 1 0 1 1 2
 *   v          feedback 2, average 4.0, scores 0 0 0 2 0
 *   no activity ideas 2 (children 2), ballots 2, voters 2
 *   total      ideas 9 (7, 2), planned 1, done 2; ballots 8; voters 7 (a1 voted twice: one child); feedback 7,
 *              average 26/7 = 3.7, scores 1 0 1 3 2
 *   questions  asked 6, answered 5, within the target 4 (all but 200 h), median of 2 10 30 50 200 = 30.0 h (odd)
 * coordinator A narrowed to M (a1..a6, the location in N):
 *   questions  asked 4, answered 4, within 3, median of 2 10 30 200 = (10 + 30) / 2 = 20.0 h (even)
 *   ideas 5 (k), ballots k 6 and no activity 1 (a1), voters total 6
 * coordinator B: d only, ideas 1, ballots 1, voters 1, feedback 1 (average 2.0); no questions
 *
 * municipality M, this month, before perturbation: k ideas 5, planned 1, done 1, ballots 6, voters 6, feedback 5;
 * v feedback 2; d ideas 1, ballots 1, voters 1, feedback 1; no activity ballots 1 (a1), voters 1; total ideas 6, ballots
 * 8, voters 7, feedback 8 (average 28/8 = 3.5, not shown to the municipality: its score counts are all below 5);
 * questions asked 4, answered 4, within 3, median 20.0 h (not shown to the municipality: 6 answered shown, within <5).
 * Every record key 0 (counts from 4 move -3) but: a6's ballot 96% round (+2), b1's ballot 20% round (alone: below 4,
 * no noise; with a6's in the total: 16% round, -1), a1's question 96% round (+2).
 * </pre>
 */
class ParticipationFiguresTests extends IntegrationTest {

	@Autowired
	ReportFixtures reportFixtures;

	/** Municipality codes of this test only (GM5xxx), so that no other data counts. */
	static final AtomicInteger CODES = new AtomicInteger(5000);

	static final LocalDate TODAY = ActivityFixtures.today();
	static final LocalDate FROM = TODAY.minusDays(30);

	static final String IDEA_TEXT = "Geheimidee-zwembad";
	static final String QUESTION_TEXT = "Geheimvraag over thuis";
	static final String FEEDBACK_TEXT = "Geheimfeedback-leuk";

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Rounds rounds;

	@Autowired
	Ideas ideas;

	@Autowired
	Ballots ballots;

	@Autowired
	Questions questions;

	@Autowired
	SessionFeedback feedback;

	@Autowired
	ParticipationFigures figures;

	record Fixture(ActivityFixtures.World a, ActivityFixtures.World b, String m, String m2, Activity k, Activity v,
			Activity d, CurrentUser municipalityUser, List<UUID> children) {
	}

	Fixture fixture() {
		var a = programme.world();
		var b = programme.world();
		var m = "GM" + CODES.incrementAndGet();
		var m2 = "GM" + CODES.incrementAndGet();
		var n = reportFixtures.neighbourhoodIn(a.organisationId(), m, "01");
		var n2 = reportFixtures.neighbourhoodIn(a.organisationId(), m2, "01");
		var nb = reportFixtures.neighbourhoodIn(b.organisationId(), m, "02");
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", n).param("l", a.locationId()).update();
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", nb).param("l", b.locationId()).update();
		var children = new ArrayList<UUID>();
		for (var i = 1; i <= 6; i++) {
			children.add(reportFixtures.childIn(a, "Zwaantje" + i, n));
		}
		var a7 = reportFixtures.childIn(a, "Xandra", null);
		var a8 = reportFixtures.childIn(a, "Ysbrand", n2);
		var b1 = reportFixtures.childIn(b, "Wubbo", nb);
		children.addAll(List.of(a7, a8, b1));
		var a1 = children.get(0);
		var k = programme.activity(a, Mode.DROP_IN, null, 4, 12);
		var v = programme.activity(a, Mode.DROP_IN, null, 4, 12);
		var d = programme.activity(b, Mode.DROP_IN, null, 4, 12);

		var r1 = rounds.open(a.worker(), new RoundDetails("Herfst", k.id(), VotingMethod.APPROVAL, null, null, null));
		var r2 = rounds.open(a.worker(), new RoundDetails("Zomaar", null, VotingMethod.APPROVAL, null, null, null));
		var rb = rounds.open(b.worker(), new RoundDetails("Dansen", d.id(), VotingMethod.APPROVAL, null, null, null));
		var r1Ideas = new ArrayList<UUID>();
		for (var i = 0; i < 5; i++) {
			r1Ideas.add(idea(a, r1.id(), children.get(i)));
		}
		var group1 = idea(a, r1.id(), null);
		idea(a, r1.id(), null);
		var old = idea(a, r1.id(), a1);
		jdbc.sql("update participation_idea set created_at = :at where id = :id").param("at", longAgo()).param("id", old).update();
		var r2Idea = idea(a, r2.id(), a7);
		idea(a, r2.id(), a8);
		var rbIdea = idea(b, rb.id(), b1);

		for (var i = 0; i < 6; i++) {
			ballots.cast(a.worker(), r1.id(), new Ballot(children.get(i), List.of(r1Ideas.get(0)), null));
		}
		ballots.cast(a.worker(), r2.id(), new Ballot(a1, List.of(r2Idea), null));
		ballots.cast(a.worker(), r2.id(), new Ballot(a7, List.of(r2Idea), null));
		ballots.cast(a.worker(), r2.id(), new Ballot(a8, List.of(r2Idea), null));
		jdbc.sql("update participation_ballot set cast_at = :at where round_id = :r and child_id = :c").param("at", longAgo())
			.param("r", r2.id()).param("c", a8).update();
		ballots.cast(b.worker(), rb.id(), new Ballot(b1, List.of(rbIdea), null));
		ideas.changeStatus(a.worker(), r1Ideas.get(0), new StatusChange(IdeaStatus.DONE, null, k.id()));
		ideas.changeStatus(a.worker(), r1Ideas.get(1), new StatusChange(IdeaStatus.PLANNED, null, null));
		ideas.changeStatus(a.worker(), group1, new StatusChange(IdeaStatus.DONE, null, null));
		ideas.changeStatus(a.worker(), r1Ideas.get(2), new StatusChange(IdeaStatus.DISCUSSED, null, null));

		var kSession = programme.session(a, k, TODAY.plusDays(2));
		var vSession = programme.session(a, v, TODAY.plusDays(2));
		var dSession = programme.session(b, d, TODAY.plusDays(2));
		for (var score : List.of(5, 5, 4, 3, 1)) {
			feedback.record(a.worker(), kSession.id(), score, FEEDBACK_TEXT, FEEDBACK_TEXT, a1, false);
		}
		var oldFeedback = feedback.record(a.worker(), kSession.id(), 2, null, null, null, true);
		jdbc.sql("update participation_feedback set recorded_at = :at where id = :id").param("at", longAgo())
			.param("id", oldFeedback.id()).update();
		feedback.record(a.worker(), vSession.id(), 4, null, null, null, true);
		feedback.record(a.worker(), vSession.id(), 4, null, null, null, true);
		feedback.record(b.worker(), dSession.id(), 2, FEEDBACK_TEXT, null, null, true);

		var asked = TODAY.atTime(LocalTime.of(8, 0)).atZone(ReportScope.AMSTERDAM).toInstant();
		question(a, children.get(0), asked, Duration.ofHours(2));
		question(a, children.get(1), asked, Duration.ofHours(10));
		question(a, children.get(2), asked, Duration.ofHours(30));
		question(a, children.get(3), asked, Duration.ofHours(200));
		question(a, null, asked, null);
		question(a, a7, asked, Duration.ofHours(50));

		// the record keys: 0 everywhere in these organisations, but for the three the header names
		for (var table : List.of("participation_idea", "participation_ballot", "participation_question", "participation_feedback")) {
			jdbc.sql("update " + table + " set record_key = 0 where organisation_id in (:a, :b)").param("a", a.organisationId())
				.param("b", b.organisationId()).update();
		}
		jdbc.sql("update child set record_key = 0 where organisation_id in (:a, :b)").param("a", a.organisationId())
			.param("b", b.organisationId()).update();
		jdbc.sql("update participation_ballot set record_key = :k where round_id = :r and child_id = :c")
			.param("k", CellKeyTests.at(960_000)).param("r", r1.id()).param("c", children.get(5)).update();
		jdbc.sql("update participation_ballot set record_key = :k where round_id = :r and child_id = :c")
			.param("k", CellKeyTests.at(200_000)).param("r", rb.id()).param("c", b1).update();
		jdbc.sql("update participation_question set record_key = :k where child_id = :c").param("k", CellKeyTests.at(960_000))
			.param("c", a1).update();

		var user = fixtures.user(a.organisationId(), "gemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, :c)").param("u", user.id())
			.param("c", m).update();
		return new Fixture(a, b, m, m2, k, v, d, user, List.copyOf(children));
	}

	UUID idea(ActivityFixtures.World world, UUID round, UUID child) {
		var idea = ideas.propose(world.worker(), new IdeaProposal(round, IDEA_TEXT, child));
		return ideas.approve(world.worker(), idea.id()).id();
	}

	/** A question recorded through the service, answered through it when a wait is given; then its moments set. */
	void question(ActivityFixtures.World world, UUID child, java.time.Instant asked, Duration wait) {
		var id = questions.record(world.worker(), new QuestionRequest(child, child == null, QUESTION_TEXT)).id();
		if (wait != null) {
			questions.answer(world.worker(), id, new QuestionAnswer("Geheimantwoord"));
		}
		jdbc.sql("update participation_question set asked_at = :asked, answered_at = :answered where id = :id")
			.param("asked", Timestamp.from(asked)).param("answered", wait == null ? null : Timestamp.from(asked.plus(wait)))
			.param("id", id).update();
	}

	String name(ActivityFixtures.World world) {
		return jdbc.sql("select name from organisation where id = :id").param("id", world.organisationId()).query(String.class)
			.single();
	}

	static Timestamp longAgo() {
		return Timestamp.from(TODAY.minusDays(40).atTime(LocalTime.NOON).atZone(ReportScope.AMSTERDAM).toInstant());
	}

	static String show(Long count) {
		return count == null ? "<5" : String.valueOf(count);
	}

	/** A line as ideas (children, groups) planned done | ballots voters | feedback average scores. */
	static String line(ParticipationFigureTables.Line line) {
		return show(line.ideas()) + " (" + show(line.ideasByChildren()) + ", " + show(line.ideasForGroups()) + ") "
				+ show(line.planned()) + " " + show(line.done()) + " | " + show(line.ballots()) + " " + show(line.voters())
				+ " | " + show(line.feedback()) + " " + line.averageScore() + " "
				+ String.join(" ", line.scores().stream().map(it -> show(it.count())).toList());
	}

	static String line(ParticipationFigureTables tables, UUID activity) {
		return line(tables.lines().stream().filter(it -> java.util.Objects.equals(it.activityId(), activity)).findFirst()
			.orElseThrow());
	}

	static String questions(ParticipationFigureTables tables) {
		var q = tables.questions();
		return show(q.asked()) + " " + show(q.answered()) + " " + show(q.answeredWithinTarget()) + " " + q.medianHours();
	}

	@Test
	void theCoordinatorSeesTheFiguresAsTheyAreWorkedOutByHand() {
		var f = fixture();

		var tables = figures.figures(f.a().coordinator(), FROM, TODAY, null);

		assertThat(tables.suppressed()).isFalse();
		assertThat(tables.lines()).extracting(ParticipationFigureTables.Line::activityId).as("no activity last")
			.containsExactlyInAnyOrder(f.k().id(), f.v().id(), null).last().isNull();
		assertThat(line(tables, f.k().id())).isEqualTo("7 (5, 2) 1 2 | 6 6 | 5 3.6 1 0 1 1 2");
		assertThat(line(tables, f.v().id())).isEqualTo("0 (0, 0) 0 0 | 0 0 | 2 4.0 0 0 0 2 0");
		assertThat(line(tables, null)).isEqualTo("2 (2, 0) 0 0 | 2 2 | 0 null 0 0 0 0 0");
		assertThat(line(tables.total())).as("a1 voted in two rounds: one child")
			.isEqualTo("9 (7, 2) 1 2 | 8 7 | 7 3.7 1 0 1 3 2");
		assertThat(questions(tables)).as("median of 2 10 30 50 200 hours").isEqualTo("6 5 4 30.0");
		assertThat(tables.questions().targetHours()).isEqualTo(168);
		assertThat(tables.lines().get(0).title()).startsWith("Activiteit ");

		var inM = figures.figures(f.a().coordinator(), FROM, TODAY, f.m());
		assertThat(questions(inM)).as("a1..a4: median of 2 10 30 200 hours, (10 + 30) / 2").isEqualTo("4 4 3 20.0");
		assertThat(line(inM, f.k().id())).isEqualTo("5 (5, 0) 1 1 | 6 6 | 5 3.6 1 0 1 1 2");
		assertThat(line(inM, null)).isEqualTo("0 (0, 0) 0 0 | 1 1 | 0 null 0 0 0 0 0");
		assertThat(inM.total().voters()).isEqualTo(6);
		var inM2 = figures.figures(f.a().coordinator(), FROM, TODAY, f.m2());
		assertThat(line(inM2.total())).as("a8's idea; a8's ballot is old").isEqualTo("1 (1, 0) 0 0 | 0 0 | 0 null 0 0 0 0 0");

		var withOld = figures.figures(f.a().coordinator(), TODAY.minusDays(40), TODAY.minusDays(40), null);
		assertThat(line(withOld.total())).isEqualTo("1 (1, 0) 0 0 | 1 1 | 1 2.0 0 1 0 0 0");
		assertThat(questions(withOld)).isEqualTo("0 0 0 null");
	}

	@Test
	void anOrganisationSeesOnlyItsOwn() throws Exception {
		var f = fixture();

		var b = figures.figures(f.b().coordinator(), FROM, TODAY, null);

		assertThat(b.lines()).extracting(ParticipationFigureTables.Line::activityId).containsExactly(f.d().id());
		assertThat(line(b.total())).isEqualTo("1 (1, 0) 0 0 | 1 1 | 1 2.0 0 1 0 0 0");
		assertThat(questions(b)).isEqualTo("0 0 0 null");
		var json = mvc.perform(get("/api/v1/reports/participation?from=" + FROM + "&to=" + TODAY).with(as(f.a().coordinator())))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).contains(f.k().id().toString()).doesNotContain(f.d().id().toString())
			.doesNotContain("\"title\":\"" + f.d().title() + "\"");
		var other = mvc.perform(get("/api/v1/reports/participation?from=" + FROM + "&to=" + TODAY + "&municipality=" + f.m2())
			.with(as(f.b().coordinator()))).andReturn().getResponse();
		assertThat(other.getStatus()).as("B does not work in M2").isEqualTo(400);
		assertThat(other.getContentAsString()).contains("\"field\":\"municipality\"");
	}

	@Test
	void theMunicipalitySeesItsOwnAcrossOrganisationsPerturbedAndTotalsAreCellsOfTheirOwn() throws Exception {
		var f = fixture();
		var month = ReportPeriod.month(YearMonth.from(TODAY));

		var tables = figures.figures(f.municipalityUser(), month.from(), month.to(), null);

		assertThat(tables.suppressed()).isTrue();
		assertThat(tables.municipalityCode()).isEqualTo(f.m());
		assertThat(line(tables, f.k().id())).as("ideas 5-3, ballots 6+2 (a6's key), voters 6-3, feedback 5-3: no average")
			.isEqualTo("<5 (<5, 0) <5 <5 | 8 <5 | <5 null <5 0 <5 <5 <5");
		assertThat(line(tables, f.v().id())).isEqualTo("0 (0, 0) 0 0 | 0 0 | <5 null 0 0 0 <5 0");
		assertThat(line(tables, f.d().id())).as("B's, in M too").isEqualTo("<5 (<5, 0) 0 0 | <5 <5 | <5 null 0 <5 0 0 0");
		assertThat(line(tables, null)).as("a1's ballot in R2").isEqualTo("0 (0, 0) 0 0 | <5 <5 | 0 null 0 0 0 0 0");
		assertThat(line(tables.total()))
			.as("ideas 6-3; ballots 8 with a6's and b1's keys, -1: 7, below k's 8, so no subtraction gives a line;"
					+ " voters 7-3; feedback 8-3 = 5, but no average: its score counts are <5, and an exact average beside"
					+ " them would give them back (ParticipationDifferencingTests)")
			.isEqualTo("<5 (<5, 0) <5 <5 | 7 <5 | 5 null <5 <5 <5 <5 <5");
		assertThat(questions(tables)).as("asked and answered 4+2 (a1's key), within 3: no median beside 6 answered")
			.isEqualTo("6 6 <5 null");
		assertThat(tables.lines()).as("per organisation, by name, each with its name").allSatisfy(line -> assertThat(
				line.organisation()).isEqualTo(name(f.d().id().equals(line.activityId()) ? f.b() : f.a())));
		assertThat(tables.total().organisation()).isNull();

		var free = mvc.perform(get("/api/v1/reports/participation?from=" + FROM + "&to=" + TODAY).with(as(f.municipalityUser())))
			.andReturn().getResponse();
		assertThat(free.getStatus()).as("a free range is refused for a municipality").isEqualTo(400);
		assertThat(free.getContentAsString()).contains("\"field\":\"from\"");

		var json = mvc.perform(get("/api/v1/reports/participation?period=" + month.code()).with(as(f.municipalityUser())))
			.andReturn().getResponse();
		assertThat(json.getStatus()).isEqualTo(200);
		var body = json.getContentAsString();
		assertThat(body).contains("\"suppressed\":true").contains("\"municipalityCode\":\"" + f.m() + "\"")
			.doesNotContain("medianHours").doesNotContain("averageScore")
			.doesNotContainPattern("\"(ideas|ideasByChildren|ideasForGroups|planned|done|ballots|voters|feedback|count|asked"
					+ "|answered|answeredWithinTarget)\":[1-4][,}]");
		assertNoText(body, f);

		var page = mvc.perform(get("/reports/participation?period=" + month.code()).with(as(f.municipalityUser())))
			.andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		var html = page.getContentAsString();
		assertThat(html).contains("Participatie van kinderen").contains("&lt;5").doesNotContain("20,0").doesNotContain("3,5")
			.contains("<th scope=\"col\">Organisatie</th>").contains("<td>" + name(f.b()) + "</td>")
			.doesNotContain("name=\"municipality\"").doesNotContainPattern("<td class=\"number\">[1-4]</td>");
		assertNoText(html, f);

		var csv = mvc.perform(get("/reports/participation.csv?period=" + month.code()).with(as(f.municipalityUser())))
			.andReturn().getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		var text = new String(csv.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\ufeff").contains("Totaal;;<5;<5;0;<5;<5;7;<5;5;;<5;")
			.contains("Organisatie;Activiteit;").contains(name(f.b()) + ";" + f.d().title() + ";").contains("apart verstoord");
		assertThat(text).doesNotContainPattern(";[1-4](;|\\r\\n)");
		assertNoText(text, f);

		var other = mvc.perform(get("/api/v1/reports/participation?period=" + month.code() + "&municipality=" + f.m2())
			.with(as(f.municipalityUser()))).andReturn().getResponse();
		assertThat(other.getStatus()).isEqualTo(404);
		assertThatThrownBy(() -> figures.figures(f.municipalityUser(), month.from(), month.to(), f.m2()))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void theCoordinatorsPageAndCsvShowTheFiguresWithoutAnyTextOfAChild() throws Exception {
		var f = fixture();

		var html = mvc.perform(get("/reports/participation?from=" + FROM + "&to=" + TODAY).with(as(f.a().coordinator())))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<caption>Ideeën en stemmen per activiteit</caption>").contains(f.k().title())
			.contains("Geen activiteit").contains("30,0").contains("3,6").contains("Beantwoord binnen 168 uur")
			.as("one organisation: no column for it").doesNotContain(">Organisatie</th>");
		assertNoText(html, f);
		var csv = mvc.perform(get("/reports/participation.csv?from=" + FROM + "&to=" + TODAY).with(as(f.a().coordinator())))
			.andReturn().getResponse();
		var text = new String(csv.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains("Totaal;9;7;2;1;2;8;7;7;3,7;1;0;1;3;2").contains("Gesteld;6").contains(";30,0")
			.as("30 hours are 1.25 days, half up").contains("(dagen);1,3");
		assertNoText(text, f);
		var reports = mvc.perform(get("/reports").with(as(f.a().coordinator()))).andReturn().getResponse().getContentAsString();
		assertThat(reports).contains("href=\"/reports/participation\"");

		var bad = mvc.perform(get("/reports/participation.csv?from=" + TODAY + "&to=" + FROM).with(as(f.a().coordinator())))
			.andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentType()).startsWith("text/html");
		assertThat(bad.getContentAsString()).contains("op of na de begindatum");
		var worker = mvc.perform(get("/api/v1/reports/participation?from=" + FROM + "&to=" + TODAY).with(as(f.a().worker())))
			.andReturn().getResponse();
		assertThat(worker.getStatus()).isEqualTo(403);
	}

	@Test
	void theMedianIsTheMiddleWaitOrTheMeanOfTheTwoMiddleOnes() {
		assertThat(ParticipationFigures.medianHours(List.of(Duration.ofHours(30), Duration.ofHours(2), Duration.ofHours(10))))
			.isEqualByComparingTo(new BigDecimal("10.0"));
		assertThat(ParticipationFigures.medianHours(List.of(Duration.ofHours(1), Duration.ofHours(2))))
			.isEqualByComparingTo(new BigDecimal("1.5"));
		assertThat(ParticipationFigures.medianHours(List.of(Duration.ofMinutes(60), Duration.ofMinutes(80))))
			.as("70 minutes, rounded half up to a tenth of an hour").isEqualByComparingTo(new BigDecimal("1.2"));
		assertThat(ParticipationFigures.medianHours(List.of(Duration.ofMinutes(45)))).isEqualByComparingTo(new BigDecimal("0.8"));
		assertThatThrownBy(() -> ParticipationFigures.medianHours(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theStatusCodesReportingCountsAreParticipationsOwn() {
		assertThat(IdeaStatus.valueOf(ParticipationFigures.DONE)).isEqualTo(IdeaStatus.DONE);
		assertThat(IdeaStatus.valueOf(ParticipationFigures.PLANNED)).isEqualTo(IdeaStatus.PLANNED);
	}

	void assertNoText(String text, Fixture f) {
		assertThat(text).doesNotContain(IDEA_TEXT).doesNotContain(QUESTION_TEXT).doesNotContain(FEEDBACK_TEXT)
			.doesNotContain("Geheimantwoord").doesNotContain("Zwaantje").doesNotContain("Xandra").doesNotContain("Wubbo");
		for (var child : f.children()) {
			assertThat(text).doesNotContain(child.toString());
		}
	}
}
