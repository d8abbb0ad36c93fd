package nl.samenspel.activities;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.samenspel.kernel.FieldRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who gets a place and who waits, without a database: the rule {@link Enrolments} loads, applies and saves. */
class PlacesTests {

	private static Places.Place place() {
		return new Places.Place(UUID.randomUUID(), UUID.randomUUID());
	}

	private static List<Places.Place> places(int count) {
		var places = new ArrayList<Places.Place>();
		for (int i = 0; i < count; i++) {
			places.add(place());
		}
		return places;
	}

	/** Ages 6 to 9, with these children enrolled and waiting. */
	private static Places places(int capacity, List<Places.Place> enrolled, List<Places.Place> waiting) {
		return new Places(capacity, 6, 9, enrolled, waiting, List.of());
	}

	@Test
	void theLastPlaceGoesToTheNextChild() {
		var places = places(3, places(2), List.of());

		assertThat(places.full()).isFalse();
		assertThat(places.enrol(UUID.randomUUID(), UUID.randomUUID(), false)).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(places.enrolled()).isEqualTo(3);
		assertThat(places.full()).isTrue();
	}

	@Test
	void aFullActivityRefusesUnlessTheWaitingListIsAccepted() {
		var places = places(2, places(2), List.of());

		assertThatThrownBy(() -> places.enrol(UUID.randomUUID(), UUID.randomUUID(), false))
			.isInstanceOf(FieldRejected.class).hasMessageContaining("enrolment.error.full");
		assertThat(places.waiting()).isZero();

		assertThat(places.enrol(UUID.randomUUID(), UUID.randomUUID(), true)).isEqualTo(EnrolmentStatus.WAITING);
		assertThat(places.enrolled()).isEqualTo(2);
		assertThat(places.waiting()).isEqualTo(1);
	}

	@Test
	void nobodyJumpsTheQueue() {
		// a place is free, but a child already waits for one: the next child waits behind it
		var first = place();
		var places = places(2, places(1), List.of(first));

		assertThat(places.full()).isTrue();
		assertThatThrownBy(() -> places.enrol(UUID.randomUUID(), UUID.randomUUID(), false))
			.hasMessageContaining("enrolment.error.full");
		var second = UUID.randomUUID();
		assertThat(places.enrol(second, UUID.randomUUID(), true)).isEqualTo(EnrolmentStatus.WAITING);
		assertThat(places.waitingList()).extracting(Places.Place::enrolmentId).containsExactly(first.enrolmentId(), second);
	}

	@Test
	void aChildHasOnePlaceOrOneSpotInLine() {
		var enrolled = place();
		var waiting = place();
		var series = UUID.randomUUID();
		var places = new Places(1, 6, 9, List.of(enrolled), List.of(waiting), List.of(series));

		for (var child : List.of(enrolled.childId(), waiting.childId(), series)) {
			assertThatThrownBy(() -> places.enrol(UUID.randomUUID(), child, true)).isInstanceOf(FieldRejected.class)
				.hasMessageContaining("enrolment.error.double");
		}
		assertThat(places.enrolled()).isEqualTo(1);
		assertThat(places.waiting()).isEqualTo(1);
	}

	@Test
	void aFreedPlaceGoesToTheFirstChildWaitingAndTheNextMovesUpInLine() {
		var enrolled = place();
		var first = place();
		var second = place();
		var places = places(1, List.of(enrolled), List.of(first, second));

		assertThat(places.moveUp()).as("no place free").isEmpty();
		places.cancel(enrolled.enrolmentId());
		assertThat(places.enrolled()).isZero();

		assertThat(places.moveUp()).contains(first);
		assertThat(places.moveUp()).as("the place is taken again").isEmpty();
		assertThat(places.enrolled()).isEqualTo(1);
		assertThat(places.waitingList()).containsExactly(second);
	}

	@Test
	void moreCapacityMovesUpAsManyAsThereArePlaces() {
		var waiting = places(3);
		var places = places(3, places(1), waiting);

		assertThat(places.moveUp()).contains(waiting.get(0));
		assertThat(places.moveUp()).contains(waiting.get(1));
		assertThat(places.moveUp()).isEmpty();
		assertThat(places.waitingList()).containsExactly(waiting.get(2));
	}

	@Test
	void leavingTheWaitingListFreesNoPlace() {
		var enrolled = place();
		var first = place();
		var second = place();
		var places = places(1, List.of(enrolled), List.of(first, second));

		places.cancel(first.enrolmentId());

		assertThat(places.moveUp()).isEmpty();
		assertThat(places.waitingList()).containsExactly(second);
	}

	@Test
	void withoutACapacityNobodyMovesUp() {
		var places = new Places(null, 6, 9, List.of(), List.of(place()), List.of());

		assertThat(places.moveUp()).isEmpty();
	}

	@Test
	void onlyStaffLetAChildOutsideTheAgesInAndOnlyWithAReason() {
		var places = places(5, List.of(), List.of());

		places.admit(6, false, null);
		places.admit(9, false, null);
		assertThatThrownBy(() -> places.admit(5, false, "mag toch")).isInstanceOf(FieldRejected.class)
			.hasMessageContaining("enrolment.error.age");
		assertThatThrownBy(() -> places.admit(10, true, " ")).isInstanceOf(FieldRejected.class)
			.hasMessageContaining("overrideReason").hasMessageContaining("enrolment.error.ageOverride");
		places.admit(4, true, "Komt met zijn grote zus mee");
	}
}
