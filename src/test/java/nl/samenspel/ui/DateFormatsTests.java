package nl.samenspel.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One date format in both languages, as Java's locale data (CLDR) really writes it: Dutch abbreviates a month with a
 * dot except May ("6 dec. 2026", "6 mei 2026"), English without one, the day first ("6 Dec 2026", not "Dec 6, 2026").
 */
class DateFormatsTests {

	static final LocalDate SIXTH_OF_DECEMBER = LocalDate.of(2026, 12, 6);

	/** 6 December 2026, 14:30 UTC: 15:30 on the Dutch clock (winter time). */
	static final Instant AFTERNOON = Instant.parse("2026-12-06T14:30:00Z");

	/** 1 July 2026, 22:30 UTC: already 2 July on the Dutch clock (summer time). */
	static final Instant SUMMER_NIGHT = Instant.parse("2026-07-01T22:30:00Z");

	private static Page page(String language) {
		return new Page(new Messages(new StaticMessageSource(), Locale.forLanguageTag(language)), null, null, "/", "",
				List.of(), null);
	}

	@Test
	void writesADutchDateWithTheMonthAbbreviatedAsDutchDoes() {
		var dutch = page("nl");

		assertThat(dutch.date(SIXTH_OF_DECEMBER)).isEqualTo("6 dec. 2026");
		assertThat(dutch.date(LocalDate.of(2026, 5, 6))).isEqualTo("6 mei 2026");
		assertThat(dutch.date(LocalDate.of(2026, 3, 6))).isEqualTo("6 mrt. 2026");
		assertThat(dutch.day(SIXTH_OF_DECEMBER)).isEqualTo("zo 6 dec. 2026");
		assertThat(dutch.date(AFTERNOON)).isEqualTo("6 dec. 2026");
		assertThat(dutch.dateTime(AFTERNOON)).isEqualTo("6 dec. 2026 15:30");
		assertThat(dutch.dateTime(SUMMER_NIGHT)).isEqualTo("2 jul. 2026 00:30");
	}

	@Test
	void writesAnEnglishDateDayFirstWithoutAComma() {
		var english = page("en");

		assertThat(english.date(SIXTH_OF_DECEMBER)).isEqualTo("6 Dec 2026");
		assertThat(english.date(LocalDate.of(2026, 9, 6))).isEqualTo("6 Sep 2026");
		assertThat(english.day(SIXTH_OF_DECEMBER)).isEqualTo("Sun 6 Dec 2026");
		assertThat(english.date(AFTERNOON)).isEqualTo("6 Dec 2026");
		assertThat(english.dateTime(AFTERNOON)).isEqualTo("6 Dec 2026 15:30");
	}

	@Test
	void writesADashForNoDate() {
		assertThat(page("nl").date((LocalDate) null)).isEqualTo("–");
		assertThat(page("nl").date((Instant) null)).isEqualTo("–");
		assertThat(page("en").dateTime(null)).isEqualTo("–");
		assertThat(page("en").day(null)).isEqualTo("–");
	}

	@Test
	void mailsWriteTheSameDayAsPages() {
		assertThat(DateFormats.day(SIXTH_OF_DECEMBER, Locale.forLanguageTag("nl"))).isEqualTo(page("nl").day(SIXTH_OF_DECEMBER));
		assertThat(DateFormats.day(SIXTH_OF_DECEMBER, Locale.ENGLISH)).isEqualTo("Sun 6 Dec 2026");
	}
}
