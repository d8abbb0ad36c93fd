package nl.samenspel.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import nl.samenspel.kernel.DutchTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Clashes and gaps without Spring: overlapping times and ages of different organisations clash, nothing else does. */
class CalendarClashesTests {

	static final UUID NEIGHBOURHOOD = UUID.randomUUID();

	static final UUID CLUB = UUID.randomUUID();

	static final UUID SCHOOL = UUID.randomUUID();

	static CalendarEntry entry(@Nullable UUID partner, String start, String end, int minAge, int maxAge) {
		return new CalendarEntry(UUID.randomUUID(), UUID.randomUUID(), partner, partner == null ? null : "p",
				NEIGHBOURHOOD, "t", null, null, at(start), at(end), minAge, maxAge, null, false);
	}

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(DutchTime.ZONE).toInstant();
	}

	@Test
	void overlappingTimesAndAgesOfDifferentOrganisationsClash() {
		var club = entry(CLUB, "2027-03-01T15:00", "2027-03-01T17:00", 6, 9);
		var school = entry(SCHOOL, "2027-03-01T16:00", "2027-03-01T18:00", 9, 12);
		var own = entry(null, "2027-03-01T16:30", "2027-03-01T17:30", 4, 6);

		var clashes = CalendarClashes.clashes(List.of(school, own, club));

		// the school (9 to 12) and the organisation's own (4 to 6) have no age in common
		assertThat(clashes).hasSize(2);
		var byEntry = CalendarClashes.byEntry(clashes);
		assertThat(byEntry.get(club.id())).containsExactlyInAnyOrder(school, own);
		assertThat(byEntry.get(school.id())).containsExactly(club);
		assertThat(byEntry.get(own.id())).containsExactly(club);
	}

	@Test
	void noClashForOtherAgesTouchingTimesOrTheSameOrganisation() {
		var club = entry(CLUB, "2027-03-01T15:00", "2027-03-01T17:00", 6, 9);
		var olderAtSchool = entry(SCHOOL, "2027-03-01T15:00", "2027-03-01T17:00", 10, 12);
		var schoolAfter = entry(SCHOOL, "2027-03-01T17:00", "2027-03-01T18:00", 6, 9);
		var clubAgain = entry(CLUB, "2027-03-01T16:00", "2027-03-01T18:00", 6, 9);

		assertThat(CalendarClashes.clashes(List.of(club, olderAtSchool, schoolAfter, clubAgain)))
			.singleElement().satisfies(clash -> assertThat(List.of(clash.first(), clash.second()))
				.containsExactlyInAnyOrder(clubAgain, schoolAfter));
	}

	@Test
	void aLongEntryClashesWithEveryLaterOneItOverlaps() {
		var camp = entry(CLUB, "2027-03-01T09:00", "2027-03-05T17:00", 4, 12);
		var entries = new ArrayList<CalendarEntry>(List.of(camp));
		for (var day = 1; day <= 6; day++) {
			entries.add(entry(SCHOOL, "2027-03-0" + day + "T15:00", "2027-03-0" + day + "T16:00", 8, 8));
		}
		assertThat(CalendarClashes.clashes(entries)).hasSize(5);
	}

	@Test
	void gapsAreTheDaysAndBandsWithNothingOnOffer() {
		var toddlers = entry(CLUB, "2027-03-02T15:00", "2027-03-02T16:00", 4, 5);
		var overnight = entry(SCHOOL, "2027-03-03T20:00", "2027-03-04T00:00", 7, 12);

		var offer = CalendarClashes.offer(List.of(toddlers, overnight), LocalDate.parse("2027-03-01"), 4);

		assertThat(offer).extracting(CalendarClashes.Day::offered).containsExactly(List.of(0, 0, 0), List.of(1, 0, 0),
				List.of(0, 1, 1), List.of(0, 0, 0));
		assertThat(offer.get(0).anyGap()).isTrue();
	}

	@Test
	void tenThousandEntriesAreSweptQuickly() {
		var entries = new ArrayList<CalendarEntry>();
		var start = LocalDateTime.parse("2027-01-04T09:00");
		for (var i = 0; i < 10_000; i++) {
			var begins = start.plusDays(i / 30).plusMinutes((i % 30) * 20L);
			entries.add(new CalendarEntry(UUID.randomUUID(), UUID.randomUUID(), UUID.nameUUIDFromBytes(new byte[] { (byte) (i % 20) }),
					"p", NEIGHBOURHOOD, "t", null, null, begins.atZone(DutchTime.ZONE).toInstant(),
					begins.plusMinutes(90).atZone(DutchTime.ZONE).toInstant(), 4 + i % 7, 6 + i % 7, null, false));
		}
		var started = System.nanoTime();
		var clashes = CalendarClashes.clashes(entries);
		var offer = CalendarClashes.offer(entries, LocalDate.parse("2027-01-04"), 28);
		var millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(clashes).isNotEmpty();
		assertThat(offer).hasSize(28);
		assertThat(millis).as("sweep of 10,000 entries").isLessThan(2000);
	}
}
