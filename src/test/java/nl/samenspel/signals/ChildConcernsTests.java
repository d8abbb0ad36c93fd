package nl.samenspel.signals;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The child's page shows the child's signals and Meldcode cases to the safeguarding officer only, without their
 * content, each line leading to the signal or case; the officer's read of each is in the audit log. The worker who
 * raised a signal and a coordinator see neither panel on the child's page, and an officer of another organisation
 * gets nothing.
 */
class ChildConcernsTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Signals signals;

	@Autowired
	Meldcode meldcode;

	@Autowired
	ChildConcerns concerns;

	String page(CurrentUser user, UUID child) throws Exception {
		var response = mvc.perform(get("/children/" + child).with(as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	int reads(CurrentUser user, String type, UUID id) {
		return jdbc.sql("""
				select count(*) from audit_event where user_id = :user and action = 'READ' and object_type = :type
				  and object_id = :id and result = 'SUCCESS'""")
			.param("user", user.id()).param("type", type).param("id", id.toString()).query(Integer.class).single();
	}

	@Test
	void theOfficerSeesTheChildsSignalsAndCasesAndTheReadIsAudited() throws Exception {
		var world = programmeFixtures.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var child = programmeFixtures.child(world, "Bram", 9, true);
		var other = programmeFixtures.child(world, "Otto", 9, true);
		var inCase = signals.raise(world.worker(), new SignalRequest(child, LocalDate.now().minusDays(3),
				Category.NEGLECT, Worry.HIGH, "Bram had al drie dagen dezelfde vieze kleren aan.", "Zelf gezien", null));
		var loose = signals.raise(world.worker(), new SignalRequest(child, LocalDate.now(), Category.BULLYING,
				Worry.LOW, "Bram wordt uitgelachen om zijn schoenen.", null, null));
		var otto = signals.raise(world.worker(), new SignalRequest(other, LocalDate.now(), Category.POVERTY,
				Worry.MEDIUM, "Otto heeft honger.", null, null));
		var caseId = meldcode.open(officer, inCase);
		var next = LocalDate.of(2031, 3, 4);
		jdbc.sql("update concern_case set follow_up_on = :on where id = :id").param("on", java.sql.Date.valueOf(next))
			.param("id", caseId).update();

		var html = page(officer, child);
		assertThat(html).contains("id=\"panel-signals\"").contains("href=\"/signals/" + inCase + "\"")
			.contains("href=\"/signals/" + loose + "\"").contains("Verwaarlozing").contains("Erg bezorgd")
			.contains("Pesten").contains("in een Meldcode-zaak")
			.contains("id=\"panel-cases\"").contains("href=\"/cases/" + caseId + "\"").contains("Meldcode, stap 1 van 5")
			.contains("Volgende datum:").contains("2031")
			.doesNotContain("vieze kleren").doesNotContain("uitgelachen").doesNotContain("Zelf gezien")
			.doesNotContain(otto.toString());
		assertThat(html.indexOf("panel-signals")).isGreaterThan(html.indexOf("consents-heading"))
			.isLessThan(html.indexOf("panel-cases"));
		assertThat(reads(officer, "signal", inCase)).isEqualTo(1);
		assertThat(reads(officer, "signal", loose)).isEqualTo(1);
		assertThat(reads(officer, "case", caseId)).isEqualTo(1);
		assertThat(reads(officer, "signal", otto)).as("another child's signal is not read").isZero();

		var quiet = page(officer, other);
		assertThat(quiet).contains("id=\"panel-cases\"").contains("Geen Meldcode-zaak voor dit kind.");
	}

	@Test
	void theWorkerTheCoordinatorAndAnotherOrganisationSeeNoSignalsOrCases() throws Exception {
		var world = programmeFixtures.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var child = programmeFixtures.child(world, "Sara", 8, true);
		var signal = signals.raise(world.worker(), new SignalRequest(child, LocalDate.now(), Category.HEALTH,
				Worry.MEDIUM, "Sara hoest al weken.", null, null));
		var caseId = meldcode.open(officer, signal);

		for (var viewer : java.util.List.of(world.worker(), world.coordinator())) {
			var html = page(viewer, child);
			assertThat(html).contains("Sara").doesNotContain("panel-signals").doesNotContain("panel-cases")
				.doesNotContain(signal.toString()).doesNotContain(caseId.toString());
			assertThat(concerns.of(viewer, child)).isEmpty();
			assertThat(reads(viewer, "signal", signal)).isZero();
		}

		var elsewhere = programmeFixtures.world();
		var stranger = fixtures.user(elsewhere.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var found = concerns.of(stranger, child).orElseThrow();
		assertThat(found.signals()).isEmpty();
		assertThat(found.cases()).isEmpty();
		assertThat(reads(stranger, "signal", signal)).isZero();
	}
}
