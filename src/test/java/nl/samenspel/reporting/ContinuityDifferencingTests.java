package nl.samenspel.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.samenspel.children.ChildConsents;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.volunteers.AgeBand;
import nl.samenspel.volunteers.BuddyEndReason;
import nl.samenspel.volunteers.BuddyMeetingDetails;
import nl.samenspel.volunteers.BuddyPairDetails;
import nl.samenspel.volunteers.BuddyPairEnd;
import nl.samenspel.volunteers.BuddyPairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The differencing attack on the continuity figures ({@link ContinuityDifferencingAttack}): a municipality user asks
 * the API for every fixed period of last year and reasons along every equation and inequality that holds between what
 * is shown, the medians included. No count that is hidden or below 5 may come out exactly; the same attack on the exact
 * figures with only "&lt;5" does recover counts, and so does it on the perturbed counts with the medians as a
 * municipality got them before, so the test can fail.
 *
 * <p>The municipality's exact figures are what the coordinator of the one organisation that works in it sees when
 * narrowing to it (the API's {@code municipality=}): pairs with a child living elsewhere drop out of both. The random
 * year has buddy pairs, volunteers with two groups, and children at the sessions of one of them, marked
 * intergenerational.
 */
class ContinuityDifferencingTests extends IntegrationTest {

	/** Municipality codes of this test only (GM57xx), so that no other data counts. */
	static final AtomicInteger CODES = new AtomicInteger(5700);

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final LocalDate TODAY = ActivityFixtures.today();

	@Autowired
	ReportFixtures reportFixtures;

	@Autowired
	ActivityFixtures programme;

	@Autowired
	BuddyPairs pairs;

	@Autowired
	ChildManagement children;

	@Autowired
	ChildConsents consents;

	/** An organisation that works in municipality {@code m}, with children living there, and the municipality's user. */
	record Place(ActivityFixtures.World world, String m, List<UUID> children, UUID elsewhere, List<Activity> groups,
			CurrentUser municipalityUser) {
	}

	@Test
	void differencingEveryFixedPeriodOfAYearRecoversNoHiddenContinuityCount() {
		var random = new Random(19);
		int year = TODAY.getYear() - 1;
		var place = place(8, 2);
		var world = place.world();
		var first = LocalDate.of(year - 2, 1, 1);
		var last = LocalDate.of(year, 12, 31);
		int span = (int) (last.toEpochDay() - first.toEpochDay());
		// buddy pairs over three years: with a child (now and then one living elsewhere) or with a group
		for (int i = 0; i < 60; i++) {
			var start = first.plusDays(random.nextInt(span + 1));
			@Nullable UUID child = null;
			@Nullable UUID group = null;
			if (random.nextBoolean()) {
				child = random.nextInt(10) == 0 ? place.elsewhere() : place.children().get(random.nextInt(place.children().size()));
			}
			else {
				group = place.groups().get(random.nextInt(place.groups().size())).id();
			}
			var end = random.nextInt(10) < 6 ? start.plusDays(1 + random.nextInt(600)) : null;
			if (end != null && !end.isBefore(TODAY)) {
				end = null;
			}
			var pair = pair(world, child, group, start, random);
			var until = end == null || end.isAfter(last) ? last : end;
			for (int m = random.nextInt(7); m > 0; m--) {
				var day = start.plusDays(random.nextInt((int) (until.toEpochDay() - start.toEpochDay()) + 1));
				var meeting = pairs.logMeeting(world.coordinator(), pair, new BuddyMeetingDetails(day, null, null));
				key("volunteer_buddy_meeting", meeting.id(), random);
			}
			if (end != null) {
				var reasons = BuddyEndReason.values();
				pairs.end(world.coordinator(), pair, new BuddyPairEnd(end, reasons[random.nextInt(reasons.length)]));
			}
		}
		// volunteers with the groups: each now and then for a stretch of the fortnightly sessions
		var sessions = new ArrayList<List<UUID>>();
		for (var group : place.groups()) {
			var its = new ArrayList<UUID>();
			for (var day = first.plusDays(random.nextInt(14)); !day.isAfter(last); day = day.plusDays(14)) {
				its.add(reportFixtures.held(world, group, day));
			}
			sessions.add(its);
		}
		for (int v = 0; v < 16; v++) {
			var volunteer = reportFixtures.volunteer(world);
			key("volunteer", volunteer, random);
			for (var its : sessions) {
				if (random.nextInt(10) < 7) {
					int from = random.nextInt(its.size());
					int to = Math.min(its.size(), from + 1 + random.nextInt(45));
					for (int s = from; s < to; s++) {
						if (random.nextInt(10) < 8) {
							reportFixtures.assign(world, volunteer, its.get(s), "CONFIRMED", random.nextInt(10) == 0);
						}
					}
				}
			}
		}
		// the first group is intergenerational too: now and then a child of the municipality at its sessions
		jdbc.sql("update activity set intergenerational = true where id = :id").param("id", place.groups().get(0).id())
			.update();
		for (var child : place.children()) {
			key("child", child, random);
		}
		for (var session : sessions.get(0)) {
			for (var child : place.children()) {
				if (random.nextInt(8) == 0) {
					reportFixtures.mark(world, session, child);
					jdbc.sql("update attendance set record_key = :k where session_id = :s and child_id = :c")
						.param("k", random.nextInt((int) CellKey.MODULUS)).param("s", session).param("c", child).update();
				}
			}
		}

		var result = ContinuityDifferencingAttack.attack(year, CellKey.MAX_NOISE, period -> shown(place, period),
				period -> exact(place, period));
		// the same attack on the exact figures with only "<5": it recovers counts, so the test can fail
		var bare = ContinuityDifferencingAttack.attack(year, 0, period -> exact(place, period).primarySuppressionOnly(),
				period -> exact(place, period));
		// and on the perturbed counts with the medians wherever the count under them is shown, as before
		var medians = ContinuityDifferencingAttack.attack(year, CellKey.MAX_NOISE,
				period -> shown(place, period).withMediansOf(exact(place, period)), period -> exact(place, period));
		System.out.println("Differencing attack on the continuity figures of a random year, " + year + ": " + result);
		System.out.println("The same attack without the cell key method (only <5): " + bare);
		System.out.println("The same attack with the medians as before: " + medians);
		assertThat(result.findings().protectedCells()).as("the year has small counts to attack").isGreaterThan(50);
		assertThat(result.findings().narrowed()).as("and the constraints reach them: " + result).isGreaterThan(20);
		assertThat(result.recovered()).as(result.toString()).isZero();
		assertThat(bare.recovered()).as("primary suppression alone: " + bare).isGreaterThan(20);
		assertThat(result.pairMedians()).as("a median still comes with 10 pairs or more shown").isPositive();
	}

	/**
	 * The median beside the perturbed counts gives a hidden count back: in March 8 pairs ran, 4 of them for more than a
	 * year (since February of the year before: 424 days) and 4 for 10 days, shown (record keys 0 but two) as 6 pairs
	 * (-2) and 5 that lasted a year (+1), with the median (10 + 424) / 2 = 217 days, 7.1 months. Below a year, so at
	 * most half lasted a year: at most 9 / 2, so 4, and a shown 5 is at least 4 (1 to 3 are never moved). So a
	 * municipality sees a median only when the count under it is shown as 10 or more and the count that lasted a year
	 * is shown too.
	 */
	@Test
	void theMedianGivesNoHiddenLastedAYearCountBack() {
		int year = TODAY.getYear() - 1;
		var place = place(1, 1);
		var world = place.world();
		var group = place.groups().get(0).id();
		var random = new Random(1);
		var ids = new ArrayList<UUID>();
		for (int i = 0; i < 4; i++) {
			ids.add(pair(world, null, group, LocalDate.of(year - 1, 2, 1), random));
		}
		for (int i = 0; i < 4; i++) {
			var pair = pair(world, null, group, LocalDate.of(year, 3, 5), random);
			pairs.end(world.coordinator(), pair, new BuddyPairEnd(LocalDate.of(year, 3, 15), BuddyEndReason.MOVED));
			ids.add(pair);
		}
		jdbc.sql("update volunteer_buddy_pair set record_key = 0 where organisation_id = :o")
			.param("o", world.organisationId()).update();
		// the long ones 85% round (+1), all eight 3% round (-2)
		jdbc.sql("update volunteer_buddy_pair set record_key = :k where id = :id").param("k", CellKeyTests.at(850_000))
			.param("id", ids.get(0)).update();
		jdbc.sql("update volunteer_buddy_pair set record_key = :k where id = :id").param("k", CellKeyTests.at(180_000))
			.param("id", ids.get(4)).update();

		var march = ReportPeriod.month(java.time.YearMonth.of(year, 3));
		var exact = exact(place, march);
		assertThat(exact.counts().get(ContinuityDifferencingAttack.PAIRS)).containsEntry("running", 8L)
			.containsEntry("lastedAYear", 4L);
		assertThat(exact.pairMedian()).as("the coordinator's").isEqualByComparingTo("7.1");
		var tables = shown(place, march);
		assertThat(tables.counts().get(ContinuityDifferencingAttack.PAIRS)).containsEntry("running", 6L)
			.containsEntry("lastedAYear", 5L);
		assertThat(tables.pairMedian()).as("6 pairs shown: no median").isNull();
		var result = ContinuityDifferencingAttack.attack(year, CellKey.MAX_NOISE, period -> shown(place, period),
				period -> exact(place, period));
		System.out.println("Differencing attack with the medians of the pairs: " + result);
		assertThat(result.recovered()).as(result.toString()).isZero();
		// with the median beside the same counts, the 4 comes out
		var before = ContinuityDifferencingAttack.attack(year, CellKey.MAX_NOISE,
				period -> shown(place, period).withMediansOf(exact(place, period)), period -> exact(place, period));
		assertThat(before.recoveredCells()).as(before.toString())
			.contains(march.code() + " pairs lastedAYear = 4 (shown 5)");
	}

	/** The organisation, its municipality with a neighbourhood, children living there, groups, the municipality's user. */
	private Place place(int children, int groups) {
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
		for (var child : inM) {
			buddyConsent(world, child);
		}
		buddyConsent(world, elsewhere);
		var activities = new ArrayList<Activity>();
		for (int i = 0; i < groups; i++) {
			var group = programme.activity(world, Mode.SERIES, 12, 6, 12);
			// a session (that did not take place) puts the group and its pairs in the municipality
			programme.withoutVolunteers(programme.session(world, group, TODAY.plusDays(3)));
			activities.add(group);
		}
		var user = fixtures.user(world.organisationId(), "gemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, :c)").param("u", user.id())
			.param("c", m).update();
		return new Place(world, m, List.copyOf(inM), elsewhere, List.copyOf(activities), user);
	}

	/** The guardian's consent to a buddy pair with the child. */
	private void buddyConsent(ActivityFixtures.World world, UUID child) {
		var guardian = children.guardians(children.child(world.coordinator(), child)).get(0);
		consents.giveConsent(world.coordinator(), child,
				new ConsentRequest(guardian.getId(), ConsentPurpose.BUDDY, ConsentMethod.PAPER));
	}

	/** A pair with a resident of 70 or older, and a record key drawn from the seed. */
	private UUID pair(ActivityFixtures.World world, @Nullable UUID child, @Nullable UUID group, LocalDate start, Random random) {
		var pair = pairs.start(world.coordinator(), new BuddyPairDetails(null, "Buurtgenoot", AgeBand.FROM_70, child, group,
				start)).id();
		key("volunteer_buddy_pair", pair, random);
		return pair;
	}

	/** Record keys drawn from the seed as the rows are made, so that every run attacks the same noise. */
	private void key(String table, UUID id, Random random) {
		jdbc.sql("update " + table + " set record_key = :k where id = :id").param("k", random.nextInt((int) CellKey.MODULUS))
			.param("id", id).update();
	}

	/** What the municipality user gets from the API for a fixed period. */
	private ContinuityDifferencingAttack.Table shown(Place place, ReportPeriod period) {
		return table("/api/v1/reports/continuity?period=" + period.code(), place.municipalityUser());
	}

	/** The same figures exact: the coordinator's, narrowed to the municipality. */
	private ContinuityDifferencingAttack.Table exact(Place place, ReportPeriod period) {
		return table("/api/v1/reports/continuity?from=" + period.from() + "&to=" + period.to() + "&municipality="
				+ place.m(), place.world().coordinator());
	}

	private ContinuityDifferencingAttack.Table table(String url, CurrentUser user) {
		try {
			var response = mvc.perform(get(url).with(as(user))).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			return ContinuityDifferencingAttack.Table.of(JSON.readTree(response.getContentAsString()));
		}
		catch (Exception e) {
			throw new IllegalStateException(url, e);
		}
	}
}
