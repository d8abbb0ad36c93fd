package nl.samenspel.kernel;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.children.ChildDetails;
import nl.samenspel.children.ChildRegistry;
import nl.samenspel.children.ChildSafety;
import nl.samenspel.children.Gender;
import nl.samenspel.children.SafetyDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** After a key rotation, values sealed with an old key are sealed again with the active one and still open. */
class ResealingTests extends IntegrationTest {

	@Autowired
	ChildRegistry registry;

	@Autowired
	ChildSafety safetyRecords;

	@Test
	void sealsOldValuesAgainWithTheActiveKey() {
		var organisation = fixtures.organisation();
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		var child = registry.register(worker, new ChildDetails("Roos", "Vos", LocalDate.now().minusYears(6), Gender.GIRL,
				null, null, null, null)).getId();
		safetyRecords.updateSafety(worker, child, new SafetyDetails("Noten", null, null, null));
		var old = EncryptionTests.with("old", "old", EncryptionTests.KEY_A).seal("Noten", child);
		jdbc.sql("update safety_info set allergies = :old where child_id = :id").param("old", old).param("id", child).update();
		var rotated = EncryptionTests.with("new", "old", EncryptionTests.KEY_A, "new", EncryptionTests.KEY_B);
		assertThat(rotated.needsResealing(old)).isTrue();

		var count = new Resealing(jdbc, rotated, declared).reseal();

		assertThat(count).isPositive();
		var now = jdbc.sql("select allergies from safety_info where child_id = :id").param("id", child).query(String.class).single();
		assertThat(now).startsWith("v1:new:");
		assertThat(rotated.open(now, child)).isEqualTo("Noten");
		assertThat(new Resealing(jdbc, rotated, declared).reseal()).as("nothing left the second time").isZero();
	}


	@Autowired
	java.util.List<SealedColumn> declared;

	@Test
	void coversTheColumnsOtherModulesSealToo() {
		assertThat(declared).contains(new SealedColumn("signal", "id", "facts"), new SealedColumn("case_entry", "id", "content"),
				new SealedColumn("referral", "id", "reason"),
				new SealedColumn("participation_question", "id", "question_text"),
				new SealedColumn("participation_question", "id", "answer_text"));
		var organisation = fixtures.organisation();
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		var child = registry.register(worker, new ChildDetails("Teun", "Vos", LocalDate.now().minusYears(6), Gender.BOY,
				null, null, null, null)).getId();
		var signal = java.util.UUID.randomUUID();
		var old = EncryptionTests.with("old", "old", EncryptionTests.KEY_A).seal("Teun huilde", signal);
		jdbc.sql("""
				insert into signal (id, organisation_id, child_id, raised_by, raised_at, observed_on, category, worry, facts)
				values (:id, :org, :child, :by, current_timestamp, current_date, 'OTHER', 'LOW', :facts)""")
			.param("id", signal).param("org", organisation).param("child", child).param("by", worker.id()).param("facts", old)
			.update();
		var rotated = EncryptionTests.with("new", "old", EncryptionTests.KEY_A, "new", EncryptionTests.KEY_B);

		new Resealing(jdbc, rotated, declared).reseal();

		var now = jdbc.sql("select facts from signal where id = :id").param("id", signal).query(String.class).single();
		assertThat(now).startsWith("v1:new:");
		assertThat(rotated.open(now, signal)).isEqualTo("Teun huilde");
	}

	@Test
	void coversTheSecondFactorSecrets() {
		assertThat(declared).contains(new SealedColumn("second_factor", "app_user_id", "secret"));
		var worker = fixtures.user(fixtures.organisation(), "tweestap", Role.WORKER);
		var old = EncryptionTests.with("old", "old", EncryptionTests.KEY_A).seal("JBSWY3DPEHPK3PXP", worker.id());
		jdbc.sql("insert into second_factor (app_user_id, secret, active, created_at) values (:id, :secret, true, current_timestamp)")
			.param("id", worker.id()).param("secret", old).update();
		var rotated = EncryptionTests.with("new", "old", EncryptionTests.KEY_A, "new", EncryptionTests.KEY_B);

		new Resealing(jdbc, rotated, declared).reseal();

		var now = jdbc.sql("select secret from second_factor where app_user_id = :id").param("id", worker.id())
			.query(String.class).single();
		assertThat(now).startsWith("v1:new:");
		assertThat(rotated.open(now, worker.id())).isEqualTo("JBSWY3DPEHPK3PXP");
	}
}
