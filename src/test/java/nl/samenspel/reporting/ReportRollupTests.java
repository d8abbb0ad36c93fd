package nl.samenspel.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.AgeBand;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.AttendanceRegistered;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.activities.SessionChanges;
import nl.samenspel.activities.SessionDetails;
import nl.samenspel.activities.WalkIn;
import nl.samenspel.activities.WalkInGender;
import nl.samenspel.activities.WalkIns;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.reporting.Reports.Breakdown;
import nl.samenspel.reporting.Reports.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rollups give the same figures as the rows, for a random programme over the last hundred days, for every month,
 * quarter and year it touches, per neighbourhood and per month, for the coordinator and the municipality; attendance
 * registered after a rebuild sends the month back to the rows until the next rebuild; a held session moved to another
 * month and location moves its figures; an attendance event whose listener failed marks its month once it is
 * resubmitted. Reach rates per home neighbourhood are worked out by hand.
 */
class ReportRollupTests extends IntegrationTest {

	static final LocalDate TODAY = ActivityFixtures.today();

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Programme programme;

	@Autowired
	Attendance attendance;

	@Autowired
	SessionChanges changes;

	@Autowired
	WalkIns walkIns;

	@Autowired
	Reports reports;

	@Autowired
	ReachRates reach;

	@Autowired
	Rollups rollups;

	@Autowired
	ReportFixtures reportFixtures;

	@Autowired
	EventPublicationRegistry publications;

	@Autowired
	IncompleteEventPublications incomplete;

	@Test
	void rollupsAndRowsAgreeOnARandomProgramme() {
		var random = new Random(20261201);
		var world = programmeFixtures.world();
		var municipality = fixtures.municipality(world.organisationId());
		var digits = municipality.getCode().substring(2);
		var neighbourhoods = new ArrayList<UUID>();
		var locations = new ArrayList<UUID>();
		locations.add(world.locationId());
		for (int i = 1; i <= 3; i++) {
			neighbourhoods.add(neighbourhood(world.organisationId(), municipality.getId(), "BU" + digits + "010" + i,
					"Wijkje " + i, 100 * i));
		}
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", neighbourhoods.get(0))
			.param("l", world.locationId()).update();
		for (int i = 1; i < 3; i++) {
			var location = fixtures.location(world.organisationId());
			jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", neighbourhoods.get(i))
				.param("l", location.getId()).update();
			locations.add(location.getId());
		}
		var children = new ArrayList<UUID>();
		for (int i = 0; i < 18; i++) {
			var child = programmeFixtures.child(world, "Kind" + i, 5 + random.nextInt(7), true);
			if (random.nextInt(4) > 0) {
				jdbc.sql("update child set neighbourhood_id = :n where id = :c")
					.param("n", neighbourhoods.get(random.nextInt(3))).param("c", child).update();
			}
			children.add(child);
		}
		var sessions = new ArrayList<Session>();
		for (int a = 0; a < 4; a++) {
			var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
			for (int s = 0; s < 8; s++) {
				var day = TODAY.minusDays(1 + random.nextInt(100));
				if (!programme.sessions(world.organisationId(), activity.id(), day, day).isEmpty()) {
					continue;
				}
				var session = programmeFixtures.session(world, activity, day);
				var location = locations.get(random.nextInt(locations.size()));
				// the volunteer works at half the sessions through an assignment (the fixture's), the worker as staff
				if (!random.nextBoolean()) {
					programmeFixtures.withoutVolunteers(session);
				}
				var staff = List.of(world.worker().id());
				session = changes.updateSession(world.coordinator(), session.id(), new SessionDetails(day,
						LocalTime.of(14, 0), LocalTime.of(14, 0).plusMinutes(45 + 15 * random.nextInt(6)), location, staff));
				sessions.add(session);
			}
		}
		for (var session : sessions) {
			for (var child : children) {
				var draw = random.nextInt(10);
				if (draw < 4) {
					attendance.mark(world.worker(), session.id(), new AttendanceMark(child, draw > 0, null, null));
				}
			}
			if (random.nextInt(3) == 0) {
				walkIns.recordWalkIns(world.worker(), session.id(), List.of(new WalkIn(AgeBand.SEVEN_TO_NINE,
						WalkInGender.GIRL, 1 + random.nextInt(6))));
			}
		}
		var gemeente = fixtures.user(world.organisationId(), "gemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, :c)").param("u", gemeente.id())
			.param("c", municipality.getCode()).update();

		reportFixtures.delivered();
		rollups.refresh();

		var periods = periods(TODAY.minusDays(100), TODAY.minusDays(1));
		assertThat(periods).hasSizeGreaterThan(5);
		for (var period : periods) {
			agree(world.coordinator(), period, null);
			agree(world.coordinator(), period, municipality.getCode());
			agree(gemeente, period, null);
		}
		var year = reports.figures(world.coordinator(), LocalDate.of(TODAY.minusDays(1).getYear(), 1, 1),
				LocalDate.of(TODAY.minusDays(1).getYear(), 12, 31), null);
		assertThat(year.fromRollups()).as("an up-to-date year is read from the rollups").isTrue();
		assertThat(year.total(Figure.PARTICIPATIONS)).isPositive();

		// a held session moves to another day (perhaps another month) and location: both months are rebuilt
		var moved = sessions.stream().filter(it -> it.date().isBefore(TODAY.minusDays(40))).findFirst().orElseThrow();
		changes.updateSession(world.coordinator(), moved.id(), new SessionDetails(TODAY.minusDays(2), LocalTime.of(10, 0),
				LocalTime.of(12, 0), locations.get((locations.indexOf(moved.locationId()) + 1) % locations.size()),
				List.of()));
		reportFixtures.delivered();
		assertThat(reports.figures(world.coordinator(), YearMonth.from(moved.date()).atDay(1),
				YearMonth.from(moved.date()).atEndOfMonth(), null).fromRollups()).as("stale until rebuilt").isFalse();
		reportFixtures.delivered();
		rollups.refresh();
		for (var period : periods) {
			agree(world.coordinator(), period, null);
			agree(gemeente, period, null);
		}
	}

	@Test
	void newAttendanceSendsTheMonthBackToTheRowsUntilTheRebuild() {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var day = TODAY.minusDays(1);
		var session = programmeFixtures.session(world, activity, day);
		var first = programmeFixtures.child(world, "Eerste", 8, true);
		var second = programmeFixtures.child(world, "Tweede", 8, true);
		attendance.mark(world.worker(), session.id(), new AttendanceMark(first, true, null, null));
		var month = YearMonth.from(day);

		reportFixtures.delivered();
		rollups.refresh();
		var before = reports.figures(world.coordinator(), month.atDay(1), month.atEndOfMonth(), null);
		attendance.mark(world.worker(), session.id(), new AttendanceMark(second, true, null, null));
		reportFixtures.delivered();
		var stale = reports.figures(world.coordinator(), month.atDay(1), month.atEndOfMonth(), null);
		reportFixtures.delivered();
		var refreshed = rollups.refresh();
		var after = reports.figures(world.coordinator(), month.atDay(1), month.atEndOfMonth(), null);

		assertThat(before.fromRollups()).isTrue();
		assertThat(before.total(Figure.PARTICIPATIONS)).isEqualTo(1L);
		assertThat(stale.fromRollups()).as("a stale month is counted from the rows").isFalse();
		assertThat(stale.total(Figure.PARTICIPATIONS)).isEqualTo(2L);
		assertThat(refreshed.months()).isGreaterThanOrEqualTo(1);
		assertThat(after.fromRollups()).isTrue();
		assertThat(after.total(Figure.PARTICIPATIONS)).isEqualTo(2L);
		assertThat(after.total(Figure.UNIQUE_CHILDREN)).isEqualTo(2L);
		assertThat(after.total(Figure.NEW_CHILDREN)).isEqualTo(2L);
	}

	@Test
	void anEventWhoseListenerFailedIsCompletedOnResubmission() {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var day = TODAY.minusDays(1);
		var session = programmeFixtures.session(world, activity, day);
		var first = programmeFixtures.child(world, "Eerste", 8, true);
		var second = programmeFixtures.child(world, "Tweede", 8, true);
		attendance.mark(world.worker(), session.id(), new AttendanceMark(first, true, null, null));
		reportFixtures.delivered();
		rollups.refresh();
		var month = YearMonth.from(day);
		java.util.function.Predicate<EventPublication> ours = it -> it.getEvent() instanceof AttendanceRegistered event
				&& event.sessionId().equals(session.id());

		// the table the listener marks months in is away (as in an outage): the listener fails, the event stays due
		jdbc.sql("alter table report_stale rename to report_stale_away").update();
		try {
			attendance.mark(world.worker(), session.id(), new AttendanceMark(second, true, null, null));
			Awaitility.await("the listener failed").atMost(java.time.Duration.ofSeconds(20))
				.until(() -> publications.findIncompletePublications().stream()
					.anyMatch(it -> ours.test(it) && it.getStatus() == EventPublication.Status.FAILED));
		}
		finally {
			jdbc.sql("alter table report_stale_away rename to report_stale").update();
		}
		var missed = reports.figures(world.coordinator(), month.atDay(1), month.atEndOfMonth(), null);
		assertThat(publications.findIncompletePublications()).filteredOn(ours::test).hasSize(1)
			.allSatisfy(it -> assertThat(it.getCompletionDate()).isEmpty());
		assertThat(missed.fromRollups()).as("the month was never marked stale").isTrue();
		assertThat(missed.total(Figure.PARTICIPATIONS)).isEqualTo(1L);

		incomplete.resubmitIncompletePublications(ours);
		reportFixtures.delivered();
		var stale = reports.figures(world.coordinator(), month.atDay(1), month.atEndOfMonth(), null);
		rollups.refresh();
		var after = reports.figures(world.coordinator(), month.atDay(1), month.atEndOfMonth(), null);

		assertThat(publications.findIncompletePublications()).filteredOn(ours::test).isEmpty();
		assertThat(stale.fromRollups()).as("the resubmitted event marked the month stale").isFalse();
		assertThat(stale.total(Figure.PARTICIPATIONS)).isEqualTo(2L);
		assertThat(after.fromRollups()).isTrue();
		assertThat(after.total(Figure.PARTICIPATIONS)).isEqualTo(2L);
		assertThat(after.total(Figure.UNIQUE_CHILDREN)).isEqualTo(2L);
	}

	@Test
	void aCorrectionThatMovesAFirstVisitEarlierRebuildsThePeriodsItWasNewIn() {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var today = programmeFixtures.session(world, activity, TODAY);
		var lastYear = programmeFixtures.session(world, activity, LocalDate.of(TODAY.getYear() - 1, 6, 3));
		var child = programmeFixtures.child(world, "Nieuw", 8, true);
		present(world, today, child);
		reportFixtures.delivered();
		rollups.refresh();
		var year = new LocalDate[] { LocalDate.of(TODAY.getYear(), 1, 1), LocalDate.of(TODAY.getYear(), 12, 31) };
		assertThat(reports.figures(world.coordinator(), year[0], year[1], null).total(Figure.NEW_CHILDREN)).isEqualTo(1L);

		// a correction: the child was also there last year, so this year it is no longer new
		present(world, lastYear, child);
		reportFixtures.delivered();
		rollups.refresh();

		var month = YearMonth.from(TODAY);
		var quarter = YearMonth.of(TODAY.getYear(), (TODAY.getMonthValue() - 1) / 3 * 3 + 1);
		for (var period : List.of(year, new LocalDate[] { month.atDay(1), month.atEndOfMonth() },
				new LocalDate[] { quarter.atDay(1), quarter.plusMonths(2).atEndOfMonth() })) {
			var figures = reports.figures(world.coordinator(), period[0], period[1], null);
			assertThat(figures.fromRollups()).as("%s..%s read from the rollups", period[0], period[1]).isTrue();
			assertThat(figures.total(Figure.NEW_CHILDREN)).as("new in %s..%s", period[0], period[1]).isZero();
			assertThat(figures.total(Figure.UNIQUE_CHILDREN)).isEqualTo(1L);
			agree(world.coordinator(), period, null);
		}
		var before = LocalDate.of(TODAY.getYear() - 1, 1, 1);
		assertThat(reports.figures(world.coordinator(), before, before.withMonth(12).withDayOfMonth(31), null)
			.total(Figure.NEW_CHILDREN)).isEqualTo(1L);
	}

	/**
	 * <pre>
	 * Buurt A (estimate 40 children 4-12): 6 children present  -> 15.0%
	 * Buurt B (estimate 10):               2 children present  -> 20.0%
	 * unknown neighbourhood:               1 child
	 * total 9; a child who was only absent, and one present only outside the period, do not count
	 * municipality, for the month of the session, every child's record key 0 but one of A's at 96%: A 6+2 = 8 (rate
	 * 8/40 = 20.0 %, from the perturbed count), B 2 (&lt;5, no rate), total 8+2 = 10 (a cell of its own)
	 * </pre>
	 */
	@Test
	void reachPerHomeNeighbourhoodAgainstTheCbsEstimate() {
		var world = programmeFixtures.world();
		var municipality = fixtures.municipality(world.organisationId());
		var digits = municipality.getCode().substring(2);
		var a = neighbourhood(world.organisationId(), municipality.getId(), "BU" + digits + "0201", "Buurt A", 40);
		var b = neighbourhood(world.organisationId(), municipality.getId(), "BU" + digits + "0202", "Buurt B", 10);
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var day = TODAY.minusDays(2);
		var session = programmeFixtures.session(world, activity, day);
		var earlier = programmeFixtures.session(world, activity, TODAY.minusDays(60));
		for (int i = 0; i < 6; i++) {
			present(world, session, livingIn(world, a, "A" + i));
		}
		for (int i = 0; i < 2; i++) {
			present(world, session, livingIn(world, b, "B" + i));
		}
		present(world, session, programmeFixtures.child(world, "Onbekend", 8, true));
		attendance.mark(world.worker(), session.id(), new AttendanceMark(livingIn(world, a, "Afwezig"), false, null, null));
		present(world, earlier, livingIn(world, a, "Eerder"));
		var gemeente = fixtures.user(world.organisationId(), "gemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, :c)").param("u", gemeente.id())
			.param("c", municipality.getCode()).update();
		var from = day.minusDays(5);
		jdbc.sql("update child set record_key = 0 where organisation_id = :o").param("o", world.organisationId()).update();
		jdbc.sql("update child set record_key = :k where organisation_id = :o and id = (select a.child_id from attendance a"
				+ " join child c on c.id = a.child_id where a.session_id = :s and a.present = true and c.neighbourhood_id = :n order by a.child_id limit 1)")
			.param("k", CellKeyTests.at(960_000)).param("o", world.organisationId()).param("s", session.id()).param("n", a).update();
		reportFixtures.staleRollups(world.organisationId());
		var sessionMonth = YearMonth.from(day);

		var coordinator = reach.reach(world.coordinator(), from, day, null);
		var suppressed = reach.reach(gemeente, sessionMonth.atDay(1), sessionMonth.atEndOfMonth(), null);

		assertThat(coordinator.rows()).extracting(ReachRates.ReachTable.Row::code)
			.containsExactly("", "BU" + digits + "0201", "BU" + digits + "0202");
		assertThat(coordinator.rows()).extracting(ReachRates.ReachTable.Row::children).containsExactly(1L, 6L, 2L);
		assertThat(coordinator.rows()).extracting(it -> it.percent() == null ? null : it.percent().toPlainString())
			.containsExactly(null, "15.0", "20.0");
		assertThat(coordinator.rows().get(1).name()).isEqualTo("Buurt A");
		assertThat(coordinator.total()).isEqualTo(9L);
		assertThat(suppressed.rows()).extracting(ReachRates.ReachTable.Row::children).containsExactly(8L, null);
		assertThat(suppressed.rows()).extracting(it -> it.percent() == null ? null : it.percent().toPlainString())
			.containsExactly("20.0", null);
		assertThat(suppressed.total()).isEqualTo(10L);
		assertThatThrownBy(() -> reach.reach(gemeente, from, day, null)).as("a free range, for a municipality")
			.isInstanceOf(nl.samenspel.kernel.FieldRejected.class);

		// the same from the rollups, for the month of the session
		reportFixtures.delivered();
		rollups.refresh();
		var month = YearMonth.from(day);
		var rows = reach.reach(world.coordinator(), month.atDay(1), month.atEndOfMonth(), null);
		var raw = jdbc.sql("select count(distinct a.child_id) from attendance a join activity_session s on s.id = a.session_id"
				+ " where a.present = true and s.organisation_id = :o and s.session_date between :f and :t")
			.param("o", world.organisationId()).param("f", month.atDay(1)).param("t", month.atEndOfMonth())
			.query(Long.class).single();
		assertThat(rows.total()).isEqualTo(raw);
	}

	private UUID livingIn(ActivityFixtures.World world, UUID neighbourhood, String name) {
		var child = programmeFixtures.child(world, name, 8, true);
		jdbc.sql("update child set neighbourhood_id = :n where id = :c").param("n", neighbourhood).param("c", child).update();
		return child;
	}

	private void present(ActivityFixtures.World world, Session session, UUID child) {
		attendance.mark(world.worker(), session.id(), new AttendanceMark(child, true, null, null));
	}

	private void agree(CurrentUser user, LocalDate[] period, String municipality) {
		var what = "";
		for (var breakdown : List.of(Breakdown.NEIGHBOURHOOD, Breakdown.MONTH)) {
			var rows = reports.figures(user, period[0], period[1], municipality, breakdown, Source.RAW);
			var rollup = reports.figures(user, period[0], period[1], municipality, breakdown, Source.ROLLUP);
			what = user.roles() + " " + period[0] + ".." + period[1] + " " + breakdown;
			assertThat(rows.fromRollups()).isFalse();
			assertThat(rollup.fromRollups()).isTrue();
			assertThat(rollup.rows()).as(what).isEqualTo(rows.rows());
			assertThat(rollup.totals()).as(what).isEqualTo(rows.totals());
		}
		for (var figure : List.of(Figure.SESSIONS_HELD, Figure.PARTICIPATIONS, Figure.WALK_INS)) {
			var rows = reports.perNeighbourhoodAndMonth(user, period[0], period[1], municipality, figure, Source.RAW);
			var rollup = reports.perNeighbourhoodAndMonth(user, period[0], period[1], municipality, figure, Source.ROLLUP);
			assertThat(rollup.fromRollups()).isTrue();
			assertThat(rollup).as("per neighbourhood and month " + figure + " " + what)
				.isEqualTo(new CrossTable(rows.figure(), rows.suppressed(), true, rows.neighbourhoods(), rows.months(),
						rows.cells(), rows.neighbourhoodTotals(), rows.monthTotals(), rows.total()));
		}
		var rawReach = reach.reach(user, period[0], period[1], municipality, Source.RAW);
		var rollupReach = reach.reach(user, period[0], period[1], municipality, Source.ROLLUP);
		assertThat(rollupReach.rows()).as("reach " + what).isEqualTo(rawReach.rows());
		assertThat(rollupReach.total()).as("reach " + what).isEqualTo(rawReach.total());
	}

	/** Every month, quarter and year the days touch, as first and last day. */
	private static List<LocalDate[]> periods(LocalDate from, LocalDate to) {
		var periods = new ArrayList<LocalDate[]>();
		for (var month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			periods.add(new LocalDate[] { month.atDay(1), month.atEndOfMonth() });
			if ((month.getMonthValue() - 1) % 3 == 0 || month.equals(YearMonth.from(from))) {
				var quarter = YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
				periods.add(new LocalDate[] { quarter.atDay(1), quarter.plusMonths(2).atEndOfMonth() });
			}
			if (month.getMonthValue() == 1 || month.equals(YearMonth.from(from))) {
				periods.add(new LocalDate[] { LocalDate.of(month.getYear(), 1, 1), LocalDate.of(month.getYear(), 12, 31) });
			}
		}
		return periods;
	}

	private UUID neighbourhood(UUID organisation, UUID municipality, String code, String name, Integer children412) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into neighbourhood (id, version, organisation_id, municipality_id, code, district_code, name, cbs_year,
				  children_4_12, children_4_12_estimated, active)
				values (:id, 0, :org, :m, :code, :district, :name, 2024, :children, true, true)""")
			.param("id", id).param("org", organisation).param("m", municipality).param("code", code)
			.param("district", "WK" + code.substring(2, 8)).param("name", name).param("children", children412).update();
		// and the platform's copy of the CBS figures, which a municipality's reach reads
		jdbc.sql("""
				insert into cbs_neighbourhood (code, cbs_year, district_code, name, children_4_12, imported_at)
				values (:code, 2024, :district, :name, :children, current_timestamp)""")
			.param("code", code).param("district", "WK" + code.substring(2, 8)).param("name", name)
			.param("children", children412).update();
		return id;
	}
}
