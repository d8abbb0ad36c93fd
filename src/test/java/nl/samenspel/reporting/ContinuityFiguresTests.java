package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityDetails;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.Cost;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Task;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.volunteers.AgeBand;
import nl.samenspel.volunteers.BuddyEndReason;
import nl.samenspel.volunteers.BuddyMeetingDetails;
import nl.samenspel.volunteers.BuddyPairDetails;
import nl.samenspel.volunteers.BuddyPairEnd;
import nl.samenspel.volunteers.BuddyPairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The continuity measures of task 9 against figures worked out by hand from rows made here, in an organisation of its
 * own: buddy pairs (median duration, the share lasting a year, meetings, ends and reasons), volunteers' relations with
 * groups (first to last confirmed session that took place), and what the intergenerational activities reached; and a
 * municipality user gets them suppressed, for a fixed period only.
 */
class ContinuityFiguresTests extends IntegrationTest {

	static final LocalDate TODAY = ActivityFixtures.today();

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	ReportFixtures reportFixtures;

	@Autowired
	Programme programme;

	@Autowired
	Attendance attendance;

	@Autowired
	BuddyPairs pairs;

	@Autowired
	ContinuityFigures figures;

	static BigDecimal months(long days) {
		return BigDecimal.valueOf(days).divide(new BigDecimal("30.4375"), 1, RoundingMode.HALF_UP);
	}

	UUID pair(ActivityFixtures.World world, Activity group, String resident, LocalDate start) {
		return pairs.start(world.coordinator(), new BuddyPairDetails(null, resident, AgeBand.FROM_70, null, group.id(), start))
			.id();
	}

	@Test
	void buddyPairsLastAsWorkedOutByHand() throws Exception {
		var world = programmeFixtures.world();
		var group = programmeFixtures.activity(world, Mode.SERIES, 12, 6, 12);
		// ran before the period: left out
		var old = pair(world, group, "Oud", TODAY.minusYears(4));
		pairs.end(world.coordinator(), old, new BuddyPairEnd(TODAY.minusYears(3).minusDays(30), BuddyEndReason.OTHER));
		var a = pair(world, group, "A", TODAY.minusDays(400));
		pairs.end(world.coordinator(), a, new BuddyPairEnd(TODAY.minusDays(10), BuddyEndReason.MOVED));
		var b = pair(world, group, "B", TODAY.minusDays(100));
		var c = pair(world, group, "C", TODAY.minusDays(800));
		pairs.end(world.coordinator(), c, new BuddyPairEnd(TODAY.minusDays(500), BuddyEndReason.LOST_INTEREST));
		pair(world, group, "D", TODAY.minusDays(760));
		pairs.logMeeting(world.coordinator(), a, new BuddyMeetingDetails(TODAY.minusDays(300), 60, null));
		pairs.logMeeting(world.coordinator(), a, new BuddyMeetingDetails(TODAY.minusDays(20), null, "Naar de markt"));
		pairs.logMeeting(world.coordinator(), b, new BuddyMeetingDetails(TODAY.minusDays(50), null, null));

		var from = TODAY.minusYears(3);
		var tables = figures.figures(world.coordinator(), from, TODAY, null);
		var p = tables.pairs();

		// by hand: A 390 days (ended), B 100 (running), C 300 (ended), D 760 (running); sorted 100, 300, 390, 760
		var durations = List.of(390L, 100L, 300L, 760L);
		var sorted = new ArrayList<>(durations);
		sorted.sort(null);
		var median = months((sorted.get(1) + sorted.get(2)) / 2);
		assertThat(median).isEqualByComparingTo("11.3");
		// a year or more: A (390 days, past the anniversary) and D; not B or C
		var lasted = 0L;
		for (var pair : List.of(new LocalDate[] { TODAY.minusDays(400), TODAY.minusDays(10) },
				new LocalDate[] { TODAY.minusDays(100), TODAY }, new LocalDate[] { TODAY.minusDays(800), TODAY.minusDays(500) },
				new LocalDate[] { TODAY.minusDays(760), TODAY })) {
			assertThat(durations).contains(ChronoUnit.DAYS.between(pair[0], pair[1]));
			if (!pair[1].isBefore(pair[0].plusYears(1))) {
				lasted++;
			}
		}
		assertThat(lasted).isEqualTo(2);

		assertThat(tables.measuredOn()).isEqualTo(TODAY);
		assertThat(p.running()).isEqualTo(4);
		assertThat(p.withChild()).isZero();
		assertThat(p.started()).isEqualTo(4);
		assertThat(p.ended()).isEqualTo(2);
		assertThat(p.medianMonths()).isEqualByComparingTo(median);
		assertThat(p.lastedAYear()).isEqualTo(lasted);
		assertThat(p.shareLastedAYear()).isEqualByComparingTo("50.0");
		assertThat(p.meetings()).isEqualTo(3);
		assertThat(p.meetingsPerPair()).isEqualByComparingTo("0.8");
		assertThat(p.endReasons()).extracting(ContinuityTables.Reason::reason, ContinuityTables.Reason::count)
			.contains(org.assertj.core.groups.Tuple.tuple("MOVED", 1L),
					org.assertj.core.groups.Tuple.tuple("LOST_INTEREST", 1L),
					org.assertj.core.groups.Tuple.tuple("OTHER", 0L));

		// a period that ended 450 days ago, measured up to its last day: A and B had not started, the old pair had
		// ended before it; C started and ended in it (300 days), D started in it and ran 760 - 450 = 310 days
		var earlier = figures.figures(world.coordinator(), TODAY.minusDays(900), TODAY.minusDays(450), null).pairs();
		assertThat(earlier.running()).isEqualTo(2);
		assertThat(earlier.started()).isEqualTo(2);
		assertThat(earlier.ended()).isEqualTo(1);
		assertThat(earlier.medianMonths()).isEqualByComparingTo(months((300 + 310) / 2));
		assertThat(earlier.lastedAYear()).isZero();
		assertThat(earlier.meetings()).isZero();

		// the page shows the same
		var page = mvc.perform(get("/reports/continuity").param("from", from.toString()).param("to", TODAY.toString())
			.with(as(world.coordinator()))).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("id=\"pairs-running\">4<").contains("id=\"pairs-median\">11,3<")
			.contains("id=\"pairs-share\">50,0<");
		var api = mvc.perform(get("/api/v1/reports/continuity").param("from", from.toString())
			.param("to", TODAY.toString()).with(as(world.coordinator()))).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(api.getContentAsString()).contains("\"medianMonths\":11.3").doesNotContain("\"A\"");
	}

	@Test
	void aVolunteersRelationWithAGroupRunsFromTheFirstToTheLastConfirmedSessionThatTookPlace() {
		var world = programmeFixtures.world();
		var x = programmeFixtures.activity(world, Mode.SERIES, 12, 6, 12);
		var y = programmeFixtures.activity(world, Mode.SERIES, 12, 6, 12);
		var anna = reportFixtures.volunteer(world);
		var bert = reportFixtures.volunteer(world);
		// Anna at X: 500 and 50 days ago; the 20-days-ago one she did not come to
		reportFixtures.assign(world, anna, reportFixtures.held(world, x, TODAY.minusDays(500)), "CONFIRMED", false);
		reportFixtures.assign(world, anna, reportFixtures.held(world, x, TODAY.minusDays(50)), "CONFIRMED", false);
		reportFixtures.assign(world, anna, reportFixtures.held(world, x, TODAY.minusDays(20)), "CONFIRMED", true);
		// Bert at X: 100 and 40 days ago, and a request that was never confirmed 10 days ago
		reportFixtures.assign(world, bert, reportFixtures.held(world, x, TODAY.minusDays(100)), "CONFIRMED", false);
		reportFixtures.assign(world, bert, reportFixtures.held(world, x, TODAY.minusDays(40)), "CONFIRMED", false);
		reportFixtures.assign(world, bert, reportFixtures.held(world, x, TODAY.minusDays(10)), "REQUESTED", false);
		// Anna at Y: cancelled, and confirmed at a session that did not take place: no relation
		reportFixtures.assign(world, anna, reportFixtures.held(world, y, TODAY.minusDays(60)), "CANCELLED", false);
		var notHeld = programmeFixtures.session(world, y, TODAY.minusDays(30));
		programmeFixtures.withoutVolunteers(notHeld);
		reportFixtures.assign(world, anna, notHeld.id(), "CONFIRMED", false);

		var relations = figures.figures(world.coordinator(), TODAY.minusYears(2), TODAY, null).relations();
		// by hand: Anna-X 450 days (a year and more), Bert-X 60 days; median (450 + 60) / 2 = 255 days
		assertThat(relations.relations()).isEqualTo(2);
		assertThat(relations.medianMonths()).isEqualByComparingTo(months(255));
		assertThat(relations.lastedAYear()).isEqualTo(1);
		assertThat(relations.shareLastedAYear()).isEqualByComparingTo("50.0");

		// a period with no session of Anna's: only Bert's relation, up to the period's end
		var lately = figures.figures(world.coordinator(), TODAY.minusDays(45), TODAY.minusDays(35), null).relations();
		assertThat(lately.relations()).isEqualTo(1);
		assertThat(lately.medianMonths()).isEqualByComparingTo(months(60));
	}

	@Test
	void intergenerationalActivitiesAreMarkedShownFilteredAndCounted() throws Exception {
		var world = programmeFixtures.world();
		var marked = programme.create(world.coordinator(), new ActivityDetails("Jong en oud koken", "Samen koken.", null,
				EnumSet.of(Task.MEETING), null, world.locationId(), 6, 12, null, Cost.FREE, null, Mode.DROP_IN, null, null,
				null, List.of(world.worker().id()), true, true));
		var plain = programmeFixtures.activity(world, Mode.DROP_IN, null, 6, 12);
		assertThat(programme.activity(world.organisationId(), marked.id()).intergenerational()).isTrue();
		assertThat(plain.intergenerational()).isFalse();

		var show = mvc.perform(get("/activities/" + marked.id()).with(as(world.coordinator()))).andReturn().getResponse();
		assertThat(show.getContentAsString()).contains("Jong en oud samen");
		var list = mvc.perform(get("/activities").param("intergenerational", "true").with(as(world.coordinator())))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Jong en oud koken").doesNotContain(plain.title() + "<");
		var edit = mvc.perform(get("/activities/" + marked.id() + "/edit").with(as(world.coordinator()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(edit).containsPattern("id=\"intergenerational\" name=\"intergenerational\" value=\"true\" checked");

		// the form sends true when the box is checked: marked; nothing when not: not marked
		var form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/activities/" + plain.id())
			.with(as(world.coordinator())).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("title", plain.title()).param("description", "Samen spelen.").param("tasks", "PLAY")
			.param("locationId", world.locationId().toString()).param("minAge", "6").param("maxAge", "12")
			.param("cost", "FREE").param("mode", "DROP_IN").param("published", "true", "false");
		assertThat(mvc.perform(form.param("intergenerational", "true")).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		assertThat(programme.activity(world.organisationId(), plain.id()).intergenerational()).isTrue();
		// the publish box, checked, sends true before its hidden false, and stays published
		assertThat(programme.activity(world.organisationId(), plain.id()).published()).isTrue();
		form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/activities/" + plain.id())
			.with(as(world.coordinator())).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("title", plain.title()).param("description", "Samen spelen.").param("tasks", "PLAY")
			.param("locationId", world.locationId().toString()).param("minAge", "6").param("maxAge", "12")
			.param("cost", "FREE").param("mode", "DROP_IN").param("published", "false");
		assertThat(mvc.perform(form).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(programme.activity(world.organisationId(), plain.id()).intergenerational()).isFalse();
		assertThat(programme.activity(world.organisationId(), plain.id()).published()).isFalse();

		var child1 = programmeFixtures.child(world, "Jip", 8, true);
		var child2 = programmeFixtures.child(world, "Janneke", 9, true);
		var s1 = programmeFixtures.session(world, marked, TODAY.minusDays(6));
		var s2 = programmeFixtures.session(world, marked, TODAY.minusDays(3));
		var other = programmeFixtures.session(world, plain, TODAY.minusDays(3));
		present(world, s1.id(), child1, child2);
		present(world, s2.id(), child1);
		present(world, other.id(), child2);
		programmeFixtures.session(world, marked, TODAY.plusDays(7));

		var inter = figures.figures(world.coordinator(), TODAY.minusDays(30), TODAY, null).intergenerational();
		assertThat(inter.activities()).isEqualTo(1);
		assertThat(inter.sessions()).isEqualTo(2);
		assertThat(inter.children()).isEqualTo(2);
		assertThat(inter.participations()).isEqualTo(3);
	}

	@Test
	void aMunicipalitySeesSmallCountsSuppressedAndNoMedianOverThemForAFixedPeriodOnly() {
		var world = programmeFixtures.world();
		var code = "GM9" + String.format("%03d", new java.util.Random().nextInt(1000));
		var neighbourhood = reportFixtures.neighbourhoodIn(world.organisationId(), code, "01");
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", neighbourhood)
			.param("l", world.locationId()).update();
		var group = programmeFixtures.activity(world, Mode.SERIES, 12, 6, 12);
		programmeFixtures.session(world, group, TODAY.plusDays(3));
		pair(world, group, "Een", TODAY.minusDays(2));
		pair(world, group, "Twee", TODAY.minusDays(1));
		var user = fixtures.user(world.organisationId(), "gemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, :c)").param("u", user.id())
			.param("c", code).update();

		var year = TODAY.getYear();
		var own = figures.figures(world.coordinator(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				code).pairs();
		assertThat(own.running()).isEqualTo(2);
		assertThat(own.medianMonths()).isNotNull();
		var seen = figures.figures(user, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null);
		assertThat(seen.suppressed()).isTrue();
		assertThat(seen.pairs().running()).isNull();
		assertThat(seen.pairs().medianMonths()).isNull();
		assertThat(seen.pairs().shareLastedAYear()).isNull();
		assertThat(seen.pairs().meetingsPerPair()).isNull();
		assertThatThrownBy(() -> figures.figures(user, TODAY.minusDays(10), TODAY, null))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "from");
	}

	void present(ActivityFixtures.World world, UUID session, UUID... children) {
		for (var child : children) {
			attendance.mark(world.worker(), session, new AttendanceMark(child, true, null, null));
		}
	}
}
