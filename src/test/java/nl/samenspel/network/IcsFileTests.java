package nl.samenspel.network;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading an uploaded .ics file without Spring: recurring events with their exceptions and changed occurrences,
 * time zones across the change of clocks (New York and Amsterdam change on different Sundays), all-day, floating
 * and UTC times; broken files give their problems with line numbers and no occurrences at all.
 */
class IcsFileTests {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");

	static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");

	static byte[] file(String name) throws IOException {
		try (InputStream in = IcsFileTests.class.getResourceAsStream("/network/" + name)) {
			return in.readAllBytes();
		}
	}

	static List<String> local(IcsFile.Result result, String title) {
		return result.occurrences().stream().filter(it -> it.title().equals(title))
			.map(it -> LocalDateTime.ofInstant(it.startsAt(), AMSTERDAM) + "/" + LocalDateTime.ofInstant(it.endsAt(), AMSTERDAM).toLocalTime())
			.sorted().toList();
	}

	@Test
	void recurringEventsInOtherZonesLandOnDutchTimeAcrossTheChangeOfClocks() throws IOException {
		var result = IcsFile.read(file("recurring.ics"), FROM, TO, IcsFile.Limits.DEFAULT);

		assertThat(result.problems()).isEmpty();
		// 16:00 in New York: 22:00 in Amsterdam, 21:00 in the two weeks the US is on summer time and the Netherlands
		// not yet (from 14 March to 28 March 2027), 22:00 again after; 15 March is an EXDATE
		assertThat(local(result, "Schaken met New York")).containsExactly("2027-03-01T22:00/23:00",
				"2027-03-08T22:00/23:00", "2027-03-22T21:00/22:00", "2027-03-29T22:00/23:00", "2027-04-05T22:00/23:00");
		// in Amsterdam the time stays 15:30 across 28 March; 31 March is an EXDATE, 24 March moved to 16:00
		assertThat(local(result, "Voetbaltraining")).containsExactly("2027-03-17T15:30/17:00", "2027-04-07T15:30/17:00");
		assertThat(local(result, "Voetbaltraining (later)")).containsExactly("2027-03-24T16:00/17:30");
		var training = result.occurrences().stream().filter(it -> it.title().equals("Voetbaltraining")).toList();
		assertThat(training).extracting(IcsFile.Occurrence::startsAt)
			.containsExactlyInAnyOrder(Instant.parse("2027-03-17T14:30:00Z"), Instant.parse("2027-04-07T13:30:00Z"));
		// the changed occurrence keeps the key of the one it replaces
		assertThat(result.occurrences()).extracting(IcsFile.Occurrence::key)
			.contains("ams-weekly@test|2027-03-24T14:30:00Z").doesNotContain("ams-weekly@test|2027-03-24T15:00:00Z");
		// all day, floating (Dutch time) and UTC
		assertThat(local(result, "Open dag")).containsExactly("2027-03-20T00:00/00:00");
		assertThat(result.occurrences().stream().filter(it -> it.title().equals("Open dag")).findFirst().orElseThrow().endsAt())
			.isEqualTo(Instant.parse("2027-03-20T23:00:00Z"));
		assertThat(local(result, "Voorlezen")).containsExactly("2027-03-27T10:00/11:30");
		assertThat(local(result, "Zwemles")).containsExactly("2027-04-03T10:00/11:00");
		// a cancelled event is not on offer; markup is taken out of the text
		assertThat(local(result, "Gaat niet door")).isEmpty();
		assertThat(result.occurrences()).extracting(IcsFile.Occurrence::description).contains("Neem je bsportschoenen/b mee.");
		assertThat(result.occurrences()).hasSize(11);
	}

	@Test
	void onlyOccurrencesWithinTheWindowAreKept() throws IOException {
		var result = IcsFile.read(file("recurring.ics"), Instant.parse("2027-03-21T00:00:00Z"),
				Instant.parse("2027-03-28T00:00:00Z"), IcsFile.Limits.DEFAULT);

		assertThat(result.occurrences()).extracting(IcsFile.Occurrence::title)
			.containsExactlyInAnyOrder("Schaken met New York", "Voetbaltraining (later)", "Voorlezen");
	}

	@Test
	void aSyntaxErrorIsReportedWithItsLineAndNothingIsRead() throws IOException {
		var result = IcsFile.read(file("malformed.ics"), FROM, TO, IcsFile.Limits.DEFAULT);

		assertThat(result.readable()).isFalse();
		assertThat(result.occurrences()).isEmpty();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(14);
			assertThat(problem.messageKey()).isEqualTo("network.calendar.import.problem.syntax");
		});
	}

	@Test
	void eventsThatCannotBeUsedAreEachReportedAndNothingIsRead() throws IOException {
		var result = IcsFile.read(file("problems.ics"), FROM, TO, IcsFile.Limits.DEFAULT);

		assertThat(result.occurrences()).isEmpty();
		assertThat(result.problems()).extracting(IcsFile.Problem::line, IcsFile.Problem::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple(11, "network.calendar.import.problem.noUid"),
				org.assertj.core.groups.Tuple.tuple(17, "network.calendar.import.problem.time"),
				org.assertj.core.groups.Tuple.tuple(23, "network.calendar.import.problem.endBeforeStart"));
	}

	@Test
	void limitsOnSizeEventsAndOccurrences() throws IOException {
		var bytes = file("recurring.ics");
		assertThat(IcsFile.read(bytes, FROM, TO, new IcsFile.Limits(100, 500, 2000)).problems())
			.extracting(IcsFile.Problem::messageKey).containsExactly("network.calendar.import.problem.tooLarge");
		assertThat(IcsFile.read(bytes, FROM, TO, new IcsFile.Limits(1 << 20, 3, 2000)).problems())
			.extracting(IcsFile.Problem::messageKey).containsExactly("network.calendar.import.problem.tooManyEvents");
		assertThat(IcsFile.read(bytes, FROM, TO, new IcsFile.Limits(1 << 20, 500, 4)).problems())
			.extracting(IcsFile.Problem::messageKey).containsExactly("network.calendar.import.problem.tooManyOccurrences");
		assertThat(IcsFile.read("not a calendar".getBytes(), FROM, TO, IcsFile.Limits.DEFAULT).problems())
			.extracting(IcsFile.Problem::line).containsExactly(1);
		assertThat(IcsFile.read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n".getBytes(), FROM, TO,
				IcsFile.Limits.DEFAULT).problems())
			.extracting(IcsFile.Problem::messageKey).containsExactly("network.calendar.import.problem.noEvents");
	}
}
