package nl.samenspel.children;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.samenspel.kernel.FieldRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the {@link Child} aggregate that need no database. */
class ChildTests {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static Child child() {
		return new Child(UUID.randomUUID(), new ChildDetails("Zoë", "Jansen", LocalDate.of(2018, 5, 1), Gender.GIRL, null,
				null, null, null), ChildStatus.ACTIVE, null, NOW);
	}

	@Test
	void withdrawsAConsentOnceAndKeepsItsHistory() {
		var child = child();
		var guardian = UUID.randomUUID();
		child.link(guardian, Relation.MOTHER);
		var consent = child.giveConsent(new ConsentRequest(guardian, ConsentPurpose.PHOTOS_INTERNAL, ConsentMethod.PAPER),
				1, NOW, null);

		assertThat(child.withdrawConsent(consent.getId(), NOW.plusSeconds(60), null)).contains(consent);
		assertThat(child.withdrawConsent(consent.getId(), NOW.plusSeconds(120), null)).as("already withdrawn").isEmpty();
		assertThat(child.allows(ConsentPurpose.PHOTOS_INTERNAL)).isFalse();
		assertThat(child.consentHistory()).containsExactly(consent);
		assertThat(consent.getWithdrawnAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void rejectsWithdrawingAConsentItDoesNotHave() {
		assertThatThrownBy(() -> child().withdrawConsent(UUID.randomUUID(), NOW, null)).isInstanceOf(FieldRejected.class);
	}

	@Test
	void searchesNamesWithoutAccentsAndTakesTwoLettersForATypingMistake() {
		assertThat(ChildNames.searchable(" Zoë  Łukasz ")).isEqualTo("zoe lukasz");
		assertThat(ChildNames.similar("sophie jansen", "sofie jansen")).isTrue();
		assertThat(ChildNames.similar("daan", "sem")).isFalse();
	}
}
