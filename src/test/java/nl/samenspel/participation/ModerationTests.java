package nl.samenspel.participation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The moderation check flags what looks like a phone number, an e-mail address or an address, and little else. */
class ModerationTests {

	@Test
	void flagsPhoneNumbersEmailAddressesAndAddresses() {
		assertThat(Moderation.flags("Bel me op 06-12345678!")).isTrue();
		assertThat(Moderation.flags("bel 06 1234 5678")).isTrue();
		assertThat(Moderation.flags("mijn nummer is +31 6 12345678")).isTrue();
		assertThat(Moderation.flags("010 123 4567")).isTrue();
		assertThat(Moderation.flags("mail sem@example.nl")).isTrue();
		assertThat(Moderation.flags("kom naar 1234 AB 12")).isTrue();
		assertThat(Moderation.flags("ik woon 3011AB, 7")).isTrue();
		assertThat(Moderation.flags("Dorpsstraat 12 is mijn huis")).isTrue();
	}

	@Test
	void leavesOrdinaryIdeasAlone() {
		assertThat(Moderation.flags("Een waterballonnengevecht met 20 kinderen op het plein")).isFalse();
		assertThat(Moderation.flags("Om 14:30 naar de speeltuin, 3 keer per week")).isFalse();
		assertThat(Moderation.flags("Voetbal in 2026 met groep 7 en 8")).isFalse();
	}

	@Test
	void saysWhatItFound() {
		assertThat(Moderation.patterns("Bel 06-12345678 of mail sem@example.nl")).containsExactlyInAnyOrder(
				Moderation.Flag.PHONE, Moderation.Flag.EMAIL);
		assertThat(Moderation.patterns("Dorpsstraat 12")).containsExactly(Moderation.Flag.ADDRESS);
		assertThat(Moderation.patterns("Een speurtocht door de wijk")).isEmpty();
	}
}
