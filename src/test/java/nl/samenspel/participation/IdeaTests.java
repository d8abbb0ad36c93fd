package nl.samenspel.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Ideas, rounds and votes: one ballot per child per round, only open rounds, only the round's approved ideas. */
class IdeaTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Rounds rounds;

	@Autowired
	Ideas ideas;

	@Autowired
	Ballots ballots;

	record Setup(ActivityFixtures.World world, Round round, Idea first, Idea second, UUID child) {
	}

	Setup setup(VotingMethod method, Integer dots) {
		var world = programme.world();
		var round = rounds.open(world.worker(), new RoundDetails("Zomervakantieweek", null, method, dots, null, null));
		var child = programme.child(world, "Sem", 9, true);
		var first = ideas.approve(world.worker(), ideas.propose(world.worker(), new IdeaProposal(round.id(), "Zwemmen", child)).id());
		var second = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Speurtocht", null));
		return new Setup(world, round, first, second, child);
	}

	int ballotsOf(UUID round) {
		return jdbc.sql("select count(*) from participation_ballot where round_id = :r").param("r", round).query(Integer.class).single();
	}

	@Test
	void aSecondBallotOfTheSameChildIsRefusedWithAClearMessage() throws Exception {
		var s = setup(VotingMethod.APPROVAL, null);
		var body = "{\"childId\":\"" + s.child() + "\",\"ideaIds\":[\"" + s.first().id() + "\"]}";

		var first = mvc.perform(post("/api/v1/ideas/rounds/" + s.round().id() + "/ballots").contentType(MediaType.APPLICATION_JSON)
			.content(body).with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		var second = mvc.perform(post("/api/v1/ideas/rounds/" + s.round().id() + "/ballots").contentType(MediaType.APPLICATION_JSON)
			.content(body).with(as(s.world().coordinator())).with(csrf())).andReturn().getResponse();

		assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
		assertThat(second.getStatus()).isEqualTo(400);
		assertThat(second.getContentType()).contains("application/problem+json");
		assertThat(second.getContentAsString()).contains("childId").contains("al gestemd");
		assertThat(ballotsOf(s.round().id())).isEqualTo(1);
		assertThat(rounds.results(s.world().worker(), s.round().id()).ideas()).first()
			.satisfies(result -> assertThat(result.voters()).isEqualTo(1));
	}

	@Test
	void tenBallotsOfOneChildAtOnceStoreExactlyOne() throws Exception {
		var s = setup(VotingMethod.APPROVAL, null);
		var actions = new ArrayList<AtOnce.Action>();
		for (var i = 0; i < 10; i++) {
			actions.add(() -> ballots.cast(s.world().worker(), s.round().id(),
					new Ballot(s.child(), List.of(s.first().id()), null)));
		}
		var outcomes = AtOnce.outcomes(actions);
		assertThat(outcomes).filteredOn(AtOnce.STORED::equals).hasSize(1);
		assertThat(outcomes).filteredOn(it -> !AtOnce.STORED.equals(it)).hasSize(9)
			.allMatch("participation.ideas.error.alreadyVoted"::equals);
		assertThat(ballotsOf(s.round().id())).isEqualTo(1);
	}

	@Test
	void aClosedRoundTakesNoBallotAndNoIdea() throws Exception {
		var s = setup(VotingMethod.APPROVAL, null);
		mvc.perform(post("/participation/rounds/" + s.round().id() + "/close").with(as(s.world().worker())).with(csrf()));

		var page = mvc.perform(post("/participation/rounds/" + s.round().id() + "/ballots").param("childId", s.child().toString())
			.param("ideaIds", s.first().id().toString()).with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("id=\"ballot-choice-error\"").contains("gesloten");
		assertThatThrownBy(() -> ideas.propose(s.world().worker(), new IdeaProposal(s.round().id(), "Nog een", null)))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.ideas.error.closed");
		assertThat(ballotsOf(s.round().id())).isZero();
	}

	@Test
	void onlyTheRoundsApprovedIdeasCanBeVotedFor() {
		var s = setup(VotingMethod.APPROVAL, null);
		var other = setup(VotingMethod.APPROVAL, null);
		var sameOrganisationsOtherRound = rounds.open(s.world().worker(), new RoundDetails("Herfst", null, VotingMethod.APPROVAL, null, null, null));
		var elsewhere = ideas.propose(s.world().worker(), new IdeaProposal(sameOrganisationsOtherRound.id(), "Schaatsen", null));

		for (var idea : List.of(elsewhere.id(), other.first().id())) {
			assertThatThrownBy(() -> ballots.cast(s.world().worker(), s.round().id(), new Ballot(s.child(), List.of(idea), null)))
				.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.ideas.error.ideaNotInRound");
		}
		var waiting = ideas.propose(s.world().worker(), new IdeaProposal(s.round().id(), "Nog niet goedgekeurd", s.child()));
		assertThat(waiting.approved()).isFalse();
		assertThatThrownBy(() -> ballots.cast(s.world().worker(), s.round().id(), new Ballot(s.child(), List.of(waiting.id()), null)))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.ideas.error.ideaNotInRound");
		// another organisation's child cannot vote here
		assertThatThrownBy(() -> ballots.cast(s.world().worker(), s.round().id(), new Ballot(other.child(), List.of(s.first().id()), null)))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "childId");
		assertThat(ballotsOf(s.round().id())).isZero();
	}

	@Test
	void aDotsBallotSpreadsExactlyTheRoundsDots() {
		var s = setup(VotingMethod.DOTS, 3);
		assertThatThrownBy(() -> ballots.cast(s.world().worker(), s.round().id(),
				new Ballot(s.child(), null, java.util.Map.of(s.first().id(), 2))))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "dots");
		ballots.cast(s.world().worker(), s.round().id(),
				new Ballot(s.child(), null, java.util.Map.of(s.first().id(), 2, s.second().id(), 1)));
		var results = rounds.results(s.world().worker(), s.round().id());
		assertThat(results.ballots()).isEqualTo(1);
		assertThat(results.ideas()).extracting(Rounds.Result::points).containsExactly(2, 1);
	}

	@Test
	void dotsThatOnlyAddUpByOverflowingAreRefused() throws Exception {
		var s = setup(VotingMethod.DOTS, 3);
		var third = ideas.propose(s.world().worker(), new IdeaProposal(s.round().id(), "Bakken", null));
		// 2147483647 + 2147483647 + 5 is 3 in int arithmetic
		var body = "{\"childId\":\"" + s.child() + "\",\"dots\":{\"" + s.first().id() + "\":2147483647,\""
				+ s.second().id() + "\":2147483647,\"" + third.id() + "\":5}}";

		var response = mvc.perform(post("/api/v1/ideas/rounds/" + s.round().id() + "/ballots")
			.contentType(MediaType.APPLICATION_JSON).content(body).with(as(s.world().worker())).with(csrf()))
			.andReturn().getResponse();

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("dots");
		assertThat(ballotsOf(s.round().id())).isZero();
		assertThat(rounds.results(s.world().worker(), s.round().id()).ideas()).allMatch(result -> result.points() == 0);
	}

	@Test
	void notNowNeedsAReasonAndEveryChangeIsKept() throws Exception {
		var s = setup(VotingMethod.APPROVAL, null);
		var activity = programme.activity(s.world(), Mode.DROP_IN, null, 4, 12);

		var refused = mvc.perform(put("/api/v1/ideas/" + s.first().id() + "/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"NOT_NOW\"}").with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("reason");
		var form = mvc.perform(post("/participation/ideas/" + s.first().id() + "/status").param("status", "NOT_NOW")
			.param("reason", " ").with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(form.getContentAsString()).contains("id=\"reason-error\"");
		assertThat(ideas.idea(s.world().worker(), s.first().id()).status()).isEqualTo(IdeaStatus.NEW);

		ideas.changeStatus(s.world().worker(), s.first().id(), new StatusChange(IdeaStatus.CHOSEN, null, null));
		ideas.changeStatus(s.world().coordinator(), s.first().id(), new StatusChange(IdeaStatus.PLANNED, null, activity.id()));
		ideas.changeStatus(s.world().worker(), s.second().id(),
				new StatusChange(IdeaStatus.NOT_NOW, "Het zwembad is in de zomer dicht.", null));

		var idea = ideas.idea(s.world().worker(), s.first().id());
		assertThat(idea.status()).isEqualTo(IdeaStatus.PLANNED);
		assertThat(idea.activityId()).isEqualTo(activity.id());
		assertThat(idea.history()).extracting(Idea.Change::status)
			.containsExactly(IdeaStatus.NEW, IdeaStatus.CHOSEN, IdeaStatus.PLANNED);
		assertThat(idea.history().get(2).changedBy()).isEqualTo(s.world().coordinator().id());
		assertThat(ideas.idea(s.world().worker(), s.second().id()).history()).last()
			.satisfies(change -> assertThat(change.reason()).isEqualTo("Het zwembad is in de zomer dicht."));
		var page = mvc.perform(get("/participation/ideas/" + s.first().id()).with(as(s.world().worker()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Gepland").contains(activity.title());
	}

	@Test
	void anotherOrganisationsActivityCannotBeLinked() {
		var s = setup(VotingMethod.APPROVAL, null);
		var other = programme.world();
		var theirs = programme.activity(other, Mode.DROP_IN, null, 4, 12);
		assertThatThrownBy(() -> ideas.changeStatus(s.world().worker(), s.first().id(),
				new StatusChange(IdeaStatus.DONE, null, theirs.id())))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "activityId");
		assertThat(ideas.idea(s.world().worker(), s.first().id()).status()).isEqualTo(IdeaStatus.NEW);
	}

	@Test
	void aChildsIdeaWithAPhoneNumberIsFlaggedAndWaitsForApproval() throws Exception {
		var s = setup(VotingMethod.APPROVAL, null);
		var response = mvc.perform(post("/api/v1/ideas").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roundId\":\"" + s.round().id() + "\",\"text\":\"Bel mij: 06-12345678\",\"childId\":\"" + s.child() + "\"}")
			.with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		assertThat(response.getContentAsString()).contains("\"flagged\":true").contains("\"approved\":false");
		assertThat(s.first().flagged()).isFalse();
		var page = mvc.perform(get("/participation/rounds/" + s.round().id()).with(as(s.world().worker()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("telefoonnummer").contains("wacht op goedkeuring");
	}

	@Test
	void anEmptyOrEndlessIdeaOnThePageIsShownNextToItsFieldAndSavesNothing() throws Exception {
		var s = setup(VotingMethod.APPROVAL, null);
		for (var text : List.of(" ", "x".repeat(501))) {
			var page = mvc.perform(post("/participation/rounds/" + s.round().id() + "/ideas").param("text", text)
				.with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
			assertThat(page.getStatus()).isEqualTo(200);
			assertThat(page.getContentAsString()).contains("id=\"idea-text-error\"").contains("href=\"#idea-text\"")
				.contains("aria-describedby=\"idea-text-error idea-text-hint\"");
		}
		assertThat(ideas.ofRound(s.world().worker(), s.round().id())).hasSize(2);
	}

	@Test
	void anotherOrganisationsRoundAndIdeaAreNotFound() throws Exception {
		var s = setup(VotingMethod.APPROVAL, null);
		var other = programme.world();
		for (var path : List.of("/participation/rounds/" + s.round().id(), "/participation/ideas/" + s.first().id(),
				"/api/v1/ideas/rounds/" + s.round().id())) {
			assertThat(mvc.perform(get(path).with(as(other.worker()))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(404);
		}
		var propose = mvc.perform(post("/api/v1/ideas").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roundId\":\"" + s.round().id() + "\",\"text\":\"Indringer\"}").with(as(other.worker())).with(csrf()))
			.andReturn().getResponse();
		assertThat(propose.getStatus()).isEqualTo(400);
		assertThat(propose.getContentAsString()).contains("roundId");
		assertThatThrownBy(() -> ideas.changeStatus(other.worker(), s.first().id(), new StatusChange(IdeaStatus.DONE, null, null)))
			.isInstanceOf(NotFound.class);
		assertThat(rounds.rounds(other.worker())).isEmpty();
		assertThat(jdbc.sql("select count(*) from participation_idea where round_id = :r").param("r", s.round().id())
			.query(Integer.class).single()).isEqualTo(2);
	}
}
