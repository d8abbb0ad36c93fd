package nl.samenspel.children;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.CurrentUser;

import static nl.samenspel.Homes.hasPanel;
import static nl.samenspel.Homes.panel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The children module on a home: a parent sees what is left to sign for their own children only; a coordinator's
 * "due" panel counts the records listed for review as the children's list does.
 */
class ChildrenHomeTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	ChildManagement children;

	private String home(CurrentUser user) throws Exception {
		return mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void showsAParentWhatIsLeftToSignForTheirOwnChildrenOnly() throws Exception {
		var world = programme.world();
		var pim = programme.child(world, "Pim", 9, true);
		var parent = programme.parentOf(world, pim);
		programme.child(world, "Quinten", 9, false);

		var html = home(parent);

		assertThat(panel(html, "to-sign")).contains("Pim: 5 vragen over toestemming nog niet beantwoord")
			.contains("href=\"/portal/children/" + pim + "#consents-heading\"");
		assertThat(html).doesNotContain("Quinten").doesNotContain("panel-due");
	}

	@Test
	void showsACoordinatorTheRecordsListedForReviewAsTheListCountsThem() throws Exception {
		var world = programme.world();
		var rosa = programme.child(world, "Rosa", 9, true);
		jdbc.sql("update child set review_since = current_timestamp where id = :id").param("id", rosa).update();

		var html = home(world.coordinator());

		var listed = children.search(world.coordinator(), new ChildQuery(null, null, null, null, null, false, true),
				PageRequest.of(0, 25)).getTotalElements();
		assertThat(listed).isEqualTo(1);
		assertThat(panel(html, "due")).contains("1 dossier wacht op de bewaartermijncontrole")
			.contains("href=\"/children?review=true\"");
		assertThat(hasPanel(home(world.worker()), "due")).isFalse();
	}
}
