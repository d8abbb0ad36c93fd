package nl.samenspel.participation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped danger list: what a child in danger says matches, everyday questions do not. */
class DangerWordsTests {

	static final DangerWords LIST = new DangerWords();

	@ParameterizedTest
	@ValueSource(strings = { "Mijn stiefvader slaat mij als mama weg is.", "Papa SLAAT ME!", "Het doet me pijn als hij dat doet",
			"ik durf niet naar huis", "Ik wil dood.", "Is misbruik erg?", "Hij zit aan mijn lichaam en zegt dat het een geheimpje is",
			"Wat moet ik doen als iemand me misbruikt?", "Ik wíl dóód", "waarom word ik geslagen", "ik wil niet meer leven",
			// forms the list missed: one word where the list had two, the correct spelling, what a child sees at home
			"Ik wil doodgaan", "Soms wil ik mezelf doodmaken", "Ik snijd mezelf met een mesje", "ik wil er niet meer zijn",
			"Papa slaat mama als hij boos is", "Mijn vader slaat mijn moeder", "We hebben thuis geen eten" })
	void whatAChildInDangerSaysMatches(String question) {
		assertThat(LIST.matches(question)).as(question).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Waarom is de lucht blauw?", "Ik heb pijn in mijn buik van het lachen",
			"Ik ga dood van het lachen", "Waarom zijn bananen krom?", "Mag ik doodmoe zijn na voetbal?",
			"We hebben een geheimpje voor de verjaardag van opa", "Hoe sla je een bal heel hard?",
			"Kan de juf ons misbruikbare ... nee, wanneer is de vakantie?", "Ik wil niet doodgaan in het spel",
			"Eten we thuis of hier?" })
	void everydayQuestionsDoNot(String question) {
		assertThat(LIST.matches(question)).as(question).isFalse();
	}

	@Test
	void matchesWholeWordsOnNormalisedText() {
		var list = new DangerWords(java.util.List.of("# comment", "wil dood", "!dood van het lachen"));
		assertThat(list.size()).isEqualTo(1);
		assertThat(DangerWords.normalise("Ik  WÍL, dóód!")).isEqualTo("ik wil dood");
		assertThat(list.matches("ik wil doodgewoon spelen")).as("no part of a word").isFalse();
		assertThat(list.matches("ik wil dood van het lachen")).as("an exclusion").isFalse();
		assertThat(list.matches("ik wil dood")).isTrue();
	}
}
