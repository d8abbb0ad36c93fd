package nl.samenspel.participation;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.children.ChildDetails;
import nl.samenspel.children.ChildRegistry;
import nl.samenspel.children.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A child's public text that names a child of the organisation (first or last name, whole word, case and accents
 * aside, names of two letters or fewer left out) is flagged "name" for the worker; another organisation's children
 * do not count.
 */
class NameModerationTests extends IntegrationTest {

	static final String NAME = "participation.moderation.flag.NAME";

	@Autowired
	ActivityFixtures programme;

	@Autowired
	ChildRegistry registry;

	@Autowired
	Moderator moderator;

	@Autowired
	Rounds rounds;

	@Autowired
	Ideas ideas;

	UUID child(ActivityFixtures.World world, String first, String last) {
		return registry.register(world.coordinator(), new ChildDetails(first, last, LocalDate.now().minusYears(9),
				Gender.GIRL, null, null, null, null)).getId();
	}

	@Test
	void flagsAChildsFirstOrLastNameAsAWholeWordWithoutRegardToCaseOrAccents() {
		var world = programme.world();
		child(world, "Zoë", "Bakkal");
		child(world, "Bo", "Li");
		child(world, "Anne-Marie", "van den Heuvel");
		var organisation = world.organisationId();

		assertThat(moderator.flags(organisation, "Ik wil met zoe naar het zwembad")).containsExactly(NAME);
		assertThat(moderator.flags(organisation, "ZOË doet ook mee!")).containsExactly(NAME);
		assertThat(moderator.flags(organisation, "Een feest bij Bakkal thuis")).containsExactly(NAME);
		assertThat(moderator.flags(organisation, "Ik ga met Anne-Marie")).containsExactly(NAME);
		assertThat(moderator.flags(organisation, "Een picknick bij de familie Van den Heuvel")).containsExactly(NAME);
		assertThat(moderator.flags(organisation, "heuvel")).as("the last name without its prefix").containsExactly(NAME);
		assertThat(moderator.flags(organisation, "Zoë, bel 06-12345678")).hasSize(2).contains(NAME);

		assertThat(moderator.flags(organisation, "Bo en Li willen voetballen")).as("names of two letters are too short")
			.isEmpty();
		assertThat(moderator.flags(organisation, "Zoetjes en bakkals")).as("whole words only").isEmpty();
		assertThat(moderator.flags(organisation, "Anne gaat mee")).as("part of a first name is not the name").isEmpty();
		assertThat(moderator.flags(organisation, "Een speurtocht met de hele groep door de wijk")).isEmpty();
	}

	@Test
	void anotherOrganisationsChildrenAreNotLookedFor() {
		var world = programme.world();
		var other = programme.world();
		child(other, "Fenna", "Zwart");

		assertThat(moderator.flags(world.organisationId(), "Fenna wil een disco")).isEmpty();
		assertThat(moderator.flags(other.organisationId(), "Fenna wil een disco")).containsExactly(NAME);
	}

	@Test
	void aNameLateInALongTextIsFoundToo() {
		var world = programme.world();
		child(world, "Jurre", "Kwakman");
		var words = IntStream.range(0, 240).mapToObj(i -> "woord" + i).collect(Collectors.joining(" "));

		assertThat(moderator.flags(world.organisationId(), words + " jurre")).containsExactly(NAME);
		assertThat(moderator.flags(world.organisationId(), words)).isEmpty();
	}

	@Test
	void anIdeaNamingAChildIsFlaggedAndThePageSaysWhy() throws Exception {
		var world = programme.world();
		child(world, "Mees", "Opdam");
		var round = rounds.open(world.worker(), new RoundDetails("Herfstweek", null, VotingMethod.APPROVAL, null, null, null));

		var named = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Een verjaardagsfeest voor mees", null));
		var plain = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Een verjaardagsfeest", null));

		assertThat(named.flagged()).isTrue();
		assertThat(plain.flagged()).isFalse();
		assertThat(mvc.perform(get("/participation/ideas/" + named.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString()).contains("een naam van een kind");
		assertThat(mvc.perform(get("/participation/rounds/" + round.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString()).contains("Let op: de tekst lijkt persoonsgegevens te bevatten");
	}

	@Autowired
	Questions questions;

	@Test
	void aQuestionNamingAChildIsFlaggedBeforeItIsPublished() throws Exception {
		var world = programme.world();
		child(world, "Tijn", "Hoekstra");
		var named = questions.ask(world.organisationId(), null, "Waarom mag tijn altijd als eerste?", world.worker().id());
		var plain = questions.ask(world.organisationId(), null, "Waarom is de lucht blauw?", world.worker().id());

		assertThat(mvc.perform(get("/participation/questions/" + named.id()).with(as(world.worker()))).andReturn()
			.getResponse().getContentAsString()).contains("een naam van een kind");
		assertThat(mvc.perform(get("/participation/questions/" + plain.id()).with(as(world.worker()))).andReturn()
			.getResponse().getContentAsString()).doesNotContain("een naam van een kind");
	}
}
