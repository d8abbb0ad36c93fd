package nl.samenspel.signals;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;

import static nl.samenspel.Homes.hasPanel;
import static nl.samenspel.Homes.panel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The signals module on a home: the safeguarding officer sees the open Meldcode cases with the child's name, step
 * and next date, linked to the case, each logged as a read; and the new signals no case took up. A worker, a
 * coordinator or another organisation's officer sees none of it.
 */
class SignalsHomeTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Signals signals;

	@Autowired
	Meldcode meldcode;

	@Autowired
	ChildManagement children;

	private String home(CurrentUser user) throws Exception {
		return mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void showsTheOfficerOpenCasesWithNameStepAndDateAndTheNewSignals() throws Exception {
		var world = programme.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var lotte = programme.child(world, "Lotte", 9, true);
		var mees = programme.child(world, "Mees", 9, true);
		var inCase = signals.raise(world.worker(), new SignalRequest(lotte, DutchTime.today(), Category.NEGLECT,
				Worry.HIGH, "Feiten over Lotte.", null, null));
		var caseId = meldcode.open(officer, inCase);
		var loose = signals.raise(world.worker(), new SignalRequest(mees, DutchTime.today(), Category.BULLYING,
				Worry.LOW, "Feiten over Mees.", null, null));
		var other = programme.world();
		var theirOfficer = fixtures.user(other.organisationId(), "af", Role.SAFEGUARDING_OFFICER);

		var html = home(officer);

		var lotteName = children.cards(officer, java.util.List.of(lotte)).get(0).name();
		assertThat(panel(html, "cases")).contains(lotteName).contains("href=\"/cases/" + caseId + "\"")
			.contains("Stap 1: Signalen in kaart brengen").contains("geen volgende datum").doesNotContain("Feiten");
		assertThat(jdbc.sql("select count(*) from audit_event where user_id = :u and action = 'READ' and object_type = 'case' and object_id = :c")
			.param("u", officer.id()).param("c", caseId.toString()).query(Integer.class).single())
			.as("the case shown with the child's name is logged as read").isPositive();
		assertThat(panel(html, "new-signals")).contains("Mees").contains("href=\"/signals/" + loose + "\"")
			.contains("Pesten").doesNotContain("Lotte").doesNotContain("Feiten");

		assertThat(home(theirOfficer)).doesNotContain("Lotte").doesNotContain("Mees");
		for (var user : java.util.List.of(world.worker(), world.coordinator(), world.volunteer())) {
			var theirs = home(user);
			assertThat(hasPanel(theirs, "cases")).as(user.getUsername()).isFalse();
			assertThat(hasPanel(theirs, "new-signals")).as(user.getUsername()).isFalse();
		}
	}

	@Test
	void aUserWithTwoRolesSeesEachPanelOnce() throws Exception {
		var world = programme.world();
		var both = fixtures.user(world.organisationId(), "twee", Role.SAFEGUARDING_OFFICER, Role.WORKER);
		var html = home(new CurrentUser(both.id(), world.organisationId(), both.getUsername(), "Twee",
				EnumSet.of(Role.SAFEGUARDING_OFFICER, Role.WORKER), "nl", null));

		for (var id : java.util.List.of("cases", "new-signals", "today", "waiting-lists", "referrals")) {
			assertThat(html.split("id=\"panel-" + id + "\"", -1)).as(id).hasSize(2);
		}
	}
}
