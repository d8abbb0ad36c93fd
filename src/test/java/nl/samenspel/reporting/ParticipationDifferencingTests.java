package nl.samenspel.reporting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.kernel.CurrentUser;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The differencing attack on the children's participation figures ({@link ParticipationDifferencingAttack}): a
 * municipality user asks the API for every fixed period of last year and reasons along every equation and inequality
 * that holds between what is shown, the average scores and the median included. No count that is hidden or below 5
 * may come out exactly; the same attack on the exact figures with only "&lt;5" does recover counts, so the test can
 * fail.
 *
 * <p>The municipality's exact figures are what the coordinator of the one organisation that works in it sees when
 * narrowing to it (the API's {@code municipality=}): ideas for groups, anonymous questions and children living
 * elsewhere or nowhere drop out of both.
 */
class ParticipationDifferencingTests extends IntegrationTest {

	/** Municipality codes of this test only (GM58xx), so that no other data counts. */
	static final AtomicInteger CODES = new AtomicInteger(5800);

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final LocalDate TODAY = ActivityFixtures.today();

	static final String TEXT = "Geheimtekst";

	@Autowired
	ReportFixtures reportFixtures;

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

	/** An organisation that works in municipality {@code m} (and in another), with children living in {@code m}. */
	record Place(ActivityFixtures.World world, String m, List<UUID> children, UUID elsewhere, UUID nowhere,
			CurrentUser municipalityUser) {
	}

	/** Gives each moment set in a test a second of its own, so that ordering by it draws the keys in a fixed order. */
	private final AtomicInteger second = new AtomicInteger();

	@Test
	void differencingEveryFixedPeriodOfAYearRecoversNoHiddenParticipationCount() throws Exception {
		var random = new Random(17);
		int year = TODAY.getYear() - 1;
		var place = place(12);
		var world = place.world();
		var activities = new ArrayList<Activity>();
		for (int i = 0; i < 3; i++) {
			activities.add(programme.activity(world, Mode.DROP_IN, null, 4, 12));
		}
		var sessions = activities.stream().map(activity -> programme.session(world, activity, TODAY.plusDays(2)).id())
			.toList();
		// the children who may take part: those of the municipality, and now and then one living elsewhere or nowhere
		var everyone = new ArrayList<UUID>(place.children());
		everyone.add(place.elsewhere());
		everyone.add(place.nowhere());
		int[] scores = { 5, 5, 5, 4, 4, 4, 3, 2, 1 };
		for (int month = 1; month <= 12; month++) {
			var yearMonth = YearMonth.of(year, month);
			for (int a = 0; a <= activities.size(); a++) {
				// a round per activity and month, and one about no activity
				var activity = a < activities.size() ? activities.get(a).id() : null;
				var round = rounds.open(world.worker(), new RoundDetails("Ronde " + month, activity, VotingMethod.APPROVAL,
						null, null, null)).id();
				var forGroup = idea(world, round, null, day(random, yearMonth));
				int byChildren = random.nextInt(5);
				Collections.shuffle(everyone, random);
				for (int i = 0; i < byChildren; i++) {
					var idea = idea(world, round, everyone.get(i), day(random, yearMonth));
					var status = List.of(IdeaStatus.PLANNED, IdeaStatus.DONE, IdeaStatus.DISCUSSED).get(random.nextInt(3));
					if (random.nextInt(3) > 0) {
						ideas.changeStatus(world.worker(), idea, new StatusChange(status, null, null));
					}
				}
				int voters = random.nextInt(a < activities.size() ? 8 : 4);
				Collections.shuffle(everyone, random);
				for (int i = 0; i < voters; i++) {
					ballots.cast(world.worker(), round, new Ballot(everyone.get(i), List.of(forGroup), null));
					jdbc.sql("update participation_ballot set cast_at = :at where round_id = :r and child_id = :c")
						.param("at", day(random, yearMonth)).param("r", round).param("c", everyone.get(i)).update();
				}
				if (activity != null) {
					for (int i = random.nextInt(10); i > 0; i--) {
						feedback(world, sessions.get(a), scores[random.nextInt(scores.length)], day(random, yearMonth));
					}
				}
			}
			for (int i = random.nextInt(7); i > 0; i--) {
				var child = random.nextInt(8) == 0 ? null : everyone.get(random.nextInt(everyone.size()));
				var wait = random.nextInt(5) == 0 ? null : Duration.ofMinutes(30 + random.nextInt(300 * 60));
				question(world, child, day(random, yearMonth).toInstant(), wait);
			}
		}
		keys(random, world);

		var result = ParticipationDifferencingAttack.attack(year, CellKey.MAX_NOISE, false, period -> shown(place, period),
				period -> exact(place, period));
		// the same attack on the exact figures with only "<5": it recovers counts, so the test can fail
		var bare = ParticipationDifferencingAttack.attack(year, 0, true,
				period -> exact(place, period).primarySuppressionOnly(), period -> exact(place, period));
		// and on the perturbed counts with exact averages, as a municipality got them before
		var exactAverages = ParticipationDifferencingAttack.attack(year, CellKey.MAX_NOISE, true,
				period -> shown(place, period).withExactAveragesOf(exact(place, period)), period -> exact(place, period));
		System.out.println("Differencing attack on the participation figures of a random year, " + year + ": " + result);
		System.out.println("The same attack without the cell key method (only <5): " + bare);
		System.out.println("The same attack with exact average scores: " + exactAverages);
		assertThat(result.protectedCells()).as("the year has small counts to attack").isGreaterThan(300);
		assertThat(result.narrowed()).as("and the equations reach them: " + result).isGreaterThan(50);
		assertThat(result.recovered()).as(result.toString()).isZero();
		assertThat(bare.recovered()).as("primary suppression alone: " + bare).isGreaterThan(20);
		assertThat(exactAverages.recovered()).as("exact averages: " + exactAverages).isPositive();
	}

	/**
	 * An exact average beside the perturbed score counts gives a hidden one back: 9 forms gave 5 and 1 gave 1, shown
	 * (record keys 0: -3 from 4 up) as 6 fives, a "&lt;5" of ones and 7 forms. An average of 4.6 fits one 1 and eight or
	 * nine 5s, and nothing with two 1s. So a municipality gets the average of the score counts as shown, and only
	 * when every one of them is shown.
	 */
	@Test
	void theAverageScoreGivesNoHiddenScoreCountBack() throws Exception {
		int year = TODAY.getYear() - 1;
		var place = place(2);
		var world = place.world();
		var k = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var v = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var kSession = programme.session(world, k, TODAY.plusDays(2)).id();
		var vSession = programme.session(world, v, TODAY.plusDays(2)).id();
		var march = YearMonth.of(year, 3);
		var at = Timestamp.from(march.atDay(10).atTime(LocalTime.NOON).atZone(ReportScope.AMSTERDAM).toInstant());
		for (int i = 0; i < 9; i++) {
			feedback(world, kSession, 5, at);
		}
		feedback(world, kSession, 1, at);
		var vFives = new ArrayList<UUID>();
		for (int i = 0; i < 6; i++) {
			vFives.add(feedback(world, vSession, 5, at));
		}
		var vFours = new ArrayList<UUID>();
		for (int i = 0; i < 5; i++) {
			vFours.add(feedback(world, vSession, 4, at));
		}
		jdbc.sql("update participation_feedback set record_key = 0 where organisation_id = :o")
			.param("o", world.organisationId()).update();
		// v's fives +1 (85%), its fours 0 (50%); v's forms together 35%: 0
		jdbc.sql("update participation_feedback set record_key = :k where id = :id").param("k", CellKeyTests.at(850_000))
			.param("id", vFives.get(0)).update();
		jdbc.sql("update participation_feedback set record_key = :k where id = :id").param("k", CellKeyTests.at(500_000))
			.param("id", vFours.get(0)).update();

		var result = ParticipationDifferencingAttack.attack(year, CellKey.MAX_NOISE, false, period -> shown(place, period),
				period -> exact(place, period));
		System.out.println("Differencing attack with the average scores: " + result);
		assertThat(result.recovered()).as(result.toString()).isZero();
		// with the exact averages beside the same counts, k's one 1 comes out (in March, its quarter and the year)
		var before = ParticipationDifferencingAttack.attack(year, CellKey.MAX_NOISE, true,
				period -> shown(place, period).withExactAveragesOf(exact(place, period)), period -> exact(place, period));
		assertThat(before.recoveredCells()).as(before.toString())
			.contains(ReportPeriod.month(march).code() + " " + k.id() + " score1 = 1 (shown <5)");

		var month = ReportPeriod.month(march);
		var tables = shown(place, month);
		var kLine = tables.counts().get(k.id().toString());
		assertThat(kLine).containsEntry("score5", 6L).containsEntry("score1", null).containsEntry("feedback", 7L);
		assertThat(tables.averages()).as("k has a score count shown as <5: no average").doesNotContainKey(k.id().toString())
			.as("nor has the total").doesNotContainKey(ParticipationDifferencingAttack.TOTAL);
		var vLine = tables.counts().get(v.id().toString());
		assertThat(vLine).containsEntry("score5", 7L).containsEntry("score4", 5L).containsEntry("feedback", 11L);
		assertThat(tables.averages().get(v.id().toString())).as("(7 × 5 + 5 × 4) / 12 as shown, not the exact 50 / 11 = 4.5")
			.isEqualByComparingTo("4.6");
		var exact = exact(place, month);
		assertThat(exact.averages().get(k.id().toString())).as("the coordinator's: exact, 46 / 10").isEqualByComparingTo("4.6");
		assertThat(exact.averages().get(v.id().toString())).isEqualByComparingTo("4.5");
		var page = mvc.perform(get("/reports/participation?period=" + month.code()).with(as(place.municipalityUser())))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("4,6").doesNotContain("4,5").doesNotContain(TEXT);
	}

	/**
	 * The median beside the perturbed counts gives a hidden one back: 8 questions answered after 1, 2, 3, 160, 200,
	 * 210, 220 and 230 hours, 4 of them within the target of 168 hours, shown as 6 asked and answered (-2) and 5 within
	 * (+1), with the median (160 + 200) / 2 = 180 hours. Above the target, so at most half were answered within it: at
	 * most 9 / 2, so 4, and a shown 5 is at least 4 (1 to 3 are never moved). So a municipality sees the median only
	 * when the answered count is shown as at least 10 and the count within the target is shown too: in April, 12
	 * questions, 6 of them answered within 1 to 6 hours and 6 after 200 to 250 hours, shown as they are, with their
	 * median of (6 + 200) / 2 = 103 hours.
	 */
	@Test
	void theMedianGivesNoHiddenWithinTargetCountBack() throws Exception {
		int year = TODAY.getYear() - 1;
		var place = place(8);
		var world = place.world();
		var march = YearMonth.of(year, 3);
		var asked = march.atDay(10).atTime(LocalTime.NOON).atZone(ReportScope.AMSTERDAM).toInstant();
		var ids = new ArrayList<UUID>();
		var waits = List.of(1, 2, 3, 160, 200, 210, 220, 230);
		for (int i = 0; i < waits.size(); i++) {
			ids.add(question(world, place.children().get(i), asked.plusSeconds(i), Duration.ofHours(waits.get(i))));
		}
		var april = YearMonth.of(year, 4);
		var askedInApril = april.atDay(10).atTime(LocalTime.NOON).atZone(ReportScope.AMSTERDAM).toInstant();
		var inApril = new ArrayList<UUID>();
		for (int i = 0; i < 12; i++) {
			inApril.add(question(world, place.children().get(i % 8), askedInApril.plusSeconds(i),
					Duration.ofHours(i < 6 ? 1 + i : 200 + 10 * (i - 6))));
		}
		jdbc.sql("update participation_question set record_key = 0 where organisation_id = :o")
			.param("o", world.organisationId()).update();
		// in April one within the target 50% round: its 6 and all 12 keep their value
		jdbc.sql("update participation_question set record_key = :k where id = :id").param("k", CellKeyTests.at(500_000))
			.param("id", inApril.get(0)).update();
		// in March the four within the target 85% round (+1), all eight 3% round (-2)
		jdbc.sql("update participation_question set record_key = :k where id = :id").param("k", CellKeyTests.at(850_000))
			.param("id", ids.get(0)).update();
		jdbc.sql("update participation_question set record_key = :k where id = :id").param("k", CellKeyTests.at(180_000))
			.param("id", ids.get(4)).update();

		var month = ReportPeriod.month(march);
		var exact = exact(place, month);
		assertThat(exact.counts().get(ParticipationDifferencingAttack.QUESTIONS)).containsEntry("asked", 8L)
			.containsEntry("answered", 8L).containsEntry("answeredWithinTarget", 4L);
		assertThat(exact.median()).as("the coordinator's").isEqualByComparingTo("180.0");
		var result = ParticipationDifferencingAttack.attack(year, CellKey.MAX_NOISE, false, period -> shown(place, period),
				period -> exact(place, period));
		System.out.println("Differencing attack with the median: " + result);
		assertThat(result.recovered()).as(result.toString()).isZero();
		var tables = shown(place, month);
		assertThat(tables.counts().get(ParticipationDifferencingAttack.QUESTIONS)).containsEntry("asked", 6L)
			.containsEntry("answered", 6L).containsEntry("answeredWithinTarget", 5L);
		assertThat(tables.median()).as("6 answered shown: no median").isNull();
		var aprilTables = shown(place, ReportPeriod.month(april));
		assertThat(aprilTables.counts().get(ParticipationDifferencingAttack.QUESTIONS)).containsEntry("answered", 12L)
			.containsEntry("answeredWithinTarget", 6L);
		assertThat(aprilTables.median()).as("12 answered and 6 within shown").isEqualByComparingTo("103.0");
		// with the median beside the same counts, the 4 comes out (in March, its quarter and the year)
		var before = ParticipationDifferencingAttack.attack(year, CellKey.MAX_NOISE, false,
				period -> shown(place, period).withMedianOf(exact(place, period)), period -> exact(place, period));
		assertThat(before.recoveredCells()).as(before.toString())
			.contains(month.code() + " questions answeredWithinTarget = 4 (shown 5)");
	}

	/** The organisation, its municipality with a neighbourhood, children living there, and the municipality's user. */
	private Place place(int children) {
		var world = programme.world();
		var m = "GM" + CODES.incrementAndGet();
		var n = reportFixtures.neighbourhoodIn(world.organisationId(), m, "01");
		var n2 = reportFixtures.neighbourhoodIn(world.organisationId(), "GM" + CODES.incrementAndGet(), "01");
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", n).param("l", world.locationId())
			.update();
		var inM = new ArrayList<UUID>();
		for (int i = 0; i < children; i++) {
			inM.add(reportFixtures.childIn(world, "Kind" + (char) ('A' + i), n));
		}
		var elsewhere = reportFixtures.childIn(world, "Elders", n2);
		var nowhere = reportFixtures.childIn(world, "Nergens", null);
		var user = fixtures.user(world.organisationId(), "gemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, :c)").param("u", user.id())
			.param("c", m).update();
		return new Place(world, m, List.copyOf(inM), elsewhere, nowhere, user);
	}

	/** A day of the month at noon, and a second of its own. */
	private Timestamp day(Random random, YearMonth month) {
		var noon = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(LocalTime.NOON).atZone(ReportScope.AMSTERDAM);
		return Timestamp.from(noon.plusSeconds(second.incrementAndGet()).toInstant());
	}

	private UUID idea(ActivityFixtures.World world, UUID round, @Nullable UUID child, Timestamp at) {
		var idea = ideas.propose(world.worker(), new IdeaProposal(round, TEXT, child));
		var id = ideas.approve(world.worker(), idea.id()).id();
		jdbc.sql("update participation_idea set created_at = :at where id = :id").param("at", at).param("id", id).update();
		return id;
	}

	private UUID feedback(ActivityFixtures.World world, UUID session, int score, Timestamp at) {
		var id = feedback.record(world.worker(), session, score, TEXT, null, null, true).id();
		jdbc.sql("update participation_feedback set recorded_at = :at where id = :id").param("at", at).param("id", id).update();
		return id;
	}

	private UUID question(ActivityFixtures.World world, @Nullable UUID child, Instant asked, @Nullable Duration wait) {
		var id = questions.record(world.worker(), new QuestionRequest(child, child == null, TEXT)).id();
		if (wait != null) {
			questions.answer(world.worker(), id, new QuestionAnswer("Geheimantwoord"));
		}
		jdbc.sql("update participation_question set asked_at = :asked, answered_at = :answered where id = :id")
			.param("asked", Timestamp.from(asked)).param("answered", wait == null ? null : Timestamp.from(asked.plus(wait)))
			.param("id", id).update();
		return id;
	}

	/** Record keys drawn from the seed in a fixed order (by moment), so that every run attacks the same noise. */
	private void keys(Random random, ActivityFixtures.World world) {
		for (var table : List.of("participation_idea order by created_at", "participation_ballot order by cast_at",
				"participation_feedback order by recorded_at", "participation_question order by asked_at",
				"child order by search_name")) {
			var name = table.substring(0, table.indexOf(' '));
			for (var id : jdbc.sql("select id from " + table.replace(" order", " where organisation_id = :o order"))
				.param("o", world.organisationId()).query(UUID.class).list()) {
				jdbc.sql("update " + name + " set record_key = :k where id = :id")
					.param("k", random.nextInt((int) CellKey.MODULUS)).param("id", id).update();
			}
		}
	}

	/** What the municipality user gets from the API for a fixed period. */
	private ParticipationDifferencingAttack.Table shown(Place place, ReportPeriod period) {
		return table("/api/v1/reports/participation?period=" + period.code(), place.municipalityUser());
	}

	/** The same figures exact: the coordinator's, narrowed to the municipality. */
	private ParticipationDifferencingAttack.Table exact(Place place, ReportPeriod period) {
		return table("/api/v1/reports/participation?from=" + period.from() + "&to=" + period.to() + "&municipality="
				+ place.m(), place.world().coordinator());
	}

	private ParticipationDifferencingAttack.Table table(String url, CurrentUser user) {
		try {
			var response = mvc.perform(get(url).with(as(user))).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			var body = response.getContentAsString();
			assertThat(body).doesNotContain(TEXT);
			return ParticipationDifferencingAttack.Table.of(JSON.readTree(body));
		}
		catch (Exception e) {
			throw new IllegalStateException(url, e);
		}
	}
}
