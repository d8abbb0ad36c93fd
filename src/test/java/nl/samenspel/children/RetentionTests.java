package nl.samenspel.children;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Records without activity for the retention period are listed for review, then anonymised unless kept or held. */
class RetentionTests extends IntegrationTest {

	@Autowired
	Retention retention;

	@Autowired
	ChildRegistry registry;

	@Test
	void listsStaleRecordsThenAnonymisesThemUnlessKeptOrHeld() {
		var organisation = fixtures.organisation();
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		var coordinator = fixtures.user(organisation, "coord", Role.COORDINATOR);
		var stale = register(worker, "Oud");
		var kept = register(worker, "Bewaard");
		var held = register(worker, "Vastgehouden");
		var fresh = register(worker, "Nieuw");
		for (var id : new UUID[] { stale, kept, held }) {
			jdbc.sql("update child set last_activity_at = last_activity_at - interval '800' day where id = :id")
				.param("id", id).update();
		}

		retention.run();

		assertThat(reviewSince(stale)).isNotNull();
		assertThat(reviewSince(fresh)).isNull();
		registry.keep(coordinator, kept);
		HeldChildren.HELD.add(held);
		jdbc.sql("update child set review_since = review_since - interval '31' day where id in (:a, :b, :c)")
			.param("a", stale).param("b", kept).param("c", held).update();
		try {
			retention.run();
		}
		finally {
			HeldChildren.HELD.remove(held);
		}

		assertThat(status(stale)).isEqualTo("ERASED");
		assertThat(status(kept)).as("kept by a coordinator").isEqualTo("ACTIVE");
		assertThat(status(held)).as("held by a Meldcode procedure").isEqualTo("ACTIVE");
		assertThat(status(fresh)).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select first_name from child where id = :id").param("id", stale).query(String.class).single())
			.isEqualTo("-");
	}

	private UUID register(nl.samenspel.kernel.CurrentUser worker, String name) {
		return registry.register(worker, new ChildDetails(name, "Kind", LocalDate.now().minusYears(9), Gender.BOY, null,
				null, null, null)).getId();
	}

	private java.sql.Timestamp reviewSince(UUID id) {
		return jdbc.sql("select review_since from child where id = :id").param("id", id)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).single().orElse(null);
	}

	private String status(UUID id) {
		return jdbc.sql("select status from child where id = :id").param("id", id).query(String.class).single();
	}
}
