package nl.samenspel.participation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Session;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The child's own voice (kiosk and login): one ballot per child per round across channels, only open rounds, only the
 * organisation's rounds, sessions and children, a child sees only their own ideas, questions and feedback.
 */
class ChildVoiceTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Rounds rounds;

	@Autowired
	Ideas ideas;

	@Autowired
	Ballots ballots;

	@Autowired
	Questions questions;

	@Autowired
	SessionFeedback sessionFeedback;

	@Autowired
	Attendance attendance;

	@Autowired
	ChildVoice voice;

	@Autowired
	ChildOutcomes outcomes;

	@Autowired
	KioskStore kioskStore;

	@Autowired
	Kiosks kiosks;

	record Setup(ActivityFixtures.World world, Round round, Idea idea, UUID sem, UUID noor, Activity activity,
			Session session, UUID kiosk) {

		/** The child on the setup's kiosk, open for the next hour. */
		Speaker kiosk(UUID child) {
			return new Speaker(world.organisationId(), child, Channel.KIOSK, kiosk);
		}

		Speaker login(UUID child) {
			return new Speaker(world.organisationId(), child, Channel.LOGIN);
		}
	}

	Setup setup() {
		var world = programme.world();
		var round = rounds.open(world.worker(), new RoundDetails("Zomervakantieweek", null, VotingMethod.APPROVAL, null,
				null, null));
		var idea = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Zwemmen", null));
		var sem = programme.child(world, "Sem", 9, true);
		var noor = programme.child(world, "Noor", 10, true);
		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var session = programme.session(world, activity, ActivityFixtures.today());
		attendance.mark(world.worker(), session.id(), new AttendanceMark(sem, true, null, null));
		attendance.mark(world.worker(), session.id(), new AttendanceMark(noor, true, null, null));
		var kiosk = UUID.randomUUID();
		var now = Instant.now();
		kioskStore.insert(new Kiosk(kiosk, world.organisationId(), session.id(), world.worker().id(), now,
				now.plus(Duration.ofHours(1)), null), Kiosks.hash(UUID.randomUUID().toString()));
		return new Setup(world, round, idea, sem, noor, activity, session, kiosk);
	}

	int ballotsOf(UUID round) {
		return jdbc.sql("select count(*) from participation_ballot where round_id = :r").param("r", round)
			.query(Integer.class).single();
	}

	int ideasOf(UUID round) {
		return jdbc.sql("select count(*) from participation_idea where round_id = :r").param("r", round)
			.query(Integer.class).single();
	}

	@Test
	void aChildVotesOnceInARoundWhateverTheChannel() {
		var s = setup();
		voice.vote(s.kiosk(s.sem()), s.round().id(), List.of(s.idea().id()), null);
		assertThat(voice.hasVoted(s.login(s.sem()), s.round().id())).isTrue();
		assertThatThrownBy(() -> voice.vote(s.login(s.sem()), s.round().id(), List.of(s.idea().id()), null))
			.isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.alreadyVoted");
		assertThatThrownBy(() -> ballots.cast(s.world().worker(), s.round().id(), new Ballot(s.sem(), List.of(s.idea().id()), null)))
			.isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "participation.ideas.error.alreadyVoted");

		// and the other way round: after login, not again on the kiosk
		assertThat(voice.hasVoted(s.kiosk(s.noor()), s.round().id())).isFalse();
		voice.vote(s.login(s.noor()), s.round().id(), List.of(s.idea().id()), null);
		assertThatThrownBy(() -> voice.vote(s.kiosk(s.noor()), s.round().id(), List.of(s.idea().id()), null))
			.isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.alreadyVoted");

		assertThat(ballotsOf(s.round().id())).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from participation_ballot where round_id = :r and recorded_by is null")
			.param("r", s.round().id()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void tenBallotsAtOnceOnKioskAndLoginStoreExactlyOne() throws Exception {
		var s = setup();
		var actions = new ArrayList<AtOnce.Action>();
		for (var i = 0; i < 10; i++) {
			var speaker = i % 2 == 0 ? s.kiosk(s.sem()) : s.login(s.sem());
			actions.add(() -> voice.vote(speaker, s.round().id(), List.of(s.idea().id()), null));
		}
		var outcomes = AtOnce.outcomes(actions);
		assertThat(outcomes).filteredOn(AtOnce.STORED::equals).hasSize(1);
		assertThat(outcomes).filteredOn(it -> !AtOnce.STORED.equals(it)).hasSize(9)
			.allMatch("participation.voice.error.alreadyVoted"::equals);
		assertThat(ballotsOf(s.round().id())).isEqualTo(1);
	}

	@Test
	void aClosedRoundTakesNoBallotAndNoIdeaAndSaysSoInChildLanguage() {
		var s = setup();
		rounds.close(s.world().worker(), s.round().id());
		assertThatThrownBy(() -> voice.vote(s.kiosk(s.sem()), s.round().id(), List.of(s.idea().id()), null))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.closed");
		assertThatThrownBy(() -> voice.propose(s.kiosk(s.sem()), s.round().id(), "Nog een idee"))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.closed");
		assertThat(voice.openRounds(s.kiosk(s.sem()))).isEmpty();
		assertThat(ballotsOf(s.round().id())).isZero();
		assertThat(ideasOf(s.round().id())).isEqualTo(1);
	}

	@Test
	void anotherOrganisationsRoundSessionOrChildIsNotFound() {
		var s = setup();
		var other = setup();
		// another organisation's child, speaking for this organisation
		var stranger = new Speaker(s.world().organisationId(), other.sem(), Channel.KIOSK);
		assertThatThrownBy(() -> voice.openRounds(stranger)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> voice.vote(stranger, s.round().id(), List.of(s.idea().id()), null))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> voice.ask(stranger, "Mag ik meedoen?", true)).isInstanceOf(NotFound.class);
		// this organisation's child, with another organisation's round and session
		assertThatThrownBy(() -> voice.vote(s.kiosk(s.sem()), other.round().id(), List.of(other.idea().id()), null))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> voice.propose(s.kiosk(s.sem()), other.round().id(), "Schaatsen"))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> voice.ballotIdeas(s.kiosk(s.sem()), other.round().id())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> voice.feedback(s.kiosk(s.sem()), other.session().id(), 5, null, null, true))
			.isInstanceOf(NotFound.class);
		assertThat(ballotsOf(other.round().id())).isZero();
		assertThat(ideasOf(other.round().id())).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from participation_feedback where session_id = :s")
			.param("s", other.session().id()).query(Integer.class).single()).isZero();
	}

	@Test
	void aChildsIdeaWaitsForApprovalAndTheBallotNamesNobody() {
		var s = setup();
		var mine = voice.propose(s.kiosk(s.sem()), s.round().id(), "  Een disco, bel me op 06-12345678 ");
		assertThat(mine.approved()).isFalse();
		assertThat(mine.flagged()).isTrue();
		assertThat(mine.childId()).isEqualTo(s.sem());
		assertThat(mine.text()).isEqualTo("Een disco, bel me op 06-12345678");
		assertThat(voice.ballotIdeas(s.kiosk(s.noor()), s.round().id())).extracting(Idea::id)
			.containsExactly(s.idea().id());

		ideas.approve(s.world().worker(), mine.id());
		assertThat(voice.ballotIdeas(s.kiosk(s.noor()), s.round().id())).extracting(Idea::id)
			.containsExactly(s.idea().id(), mine.id());
		assertThat(voice.ballotIdeas(s.kiosk(s.noor()), s.round().id())).allMatch(idea -> idea.childId() == null);
	}

	@Test
	void badInputGivesAChildsMessageAndSavesNothing() {
		var s = setup();
		for (var text : new String[] { null, "", "   ", "x".repeat(IdeaProposal.MAX_LENGTH + 1) }) {
			assertThatThrownBy(() -> voice.propose(s.kiosk(s.sem()), s.round().id(), text))
				.isInstanceOf(FieldRejected.class)
				.satisfies(e -> assertThat(((FieldRejected) e).messageKey()).startsWith("participation.voice.error."));
		}
		assertThatThrownBy(() -> voice.vote(s.kiosk(s.sem()), s.round().id(), List.of(), null))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.noChoice");
		assertThatThrownBy(() -> voice.vote(s.kiosk(s.sem()), s.round().id(), List.of(UUID.randomUUID()), null))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.idea");
		assertThatThrownBy(() -> voice.feedback(s.kiosk(s.sem()), s.session().id(), 0, null, null, true))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.score");
		assertThatThrownBy(() -> voice.feedback(s.kiosk(s.sem()), s.session().id(), 4, "x".repeat(301), null, true))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.tooLong");
		assertThatThrownBy(() -> voice.ask(s.kiosk(s.sem()), " ", true))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.questionText");
		// control characters are no question
		assertThatThrownBy(() -> voice.ask(s.kiosk(s.sem()), "\u0000\u0007 \u001b", true))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.questionText");
		assertThat(ideasOf(s.round().id())).isEqualTo(1);
		assertThat(ballotsOf(s.round().id())).isZero();
		assertThat(jdbc.sql("select count(*) from participation_feedback where organisation_id = :o")
			.param("o", s.world().organisationId()).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from participation_question where organisation_id = :o")
			.param("o", s.world().organisationId()).query(Integer.class).single()).isZero();
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void aWorkersLockWaitsForAVoteBeingSavedAndNothingIsSavedAfterIt() throws Exception {
		var s = setup();
		// the tablet's vote is being saved (its transaction still open) when the worker taps "lock" on their phone
		waitsForTheSave(() -> voice.vote(s.kiosk(s.sem()), s.round().id(), List.of(s.idea().id()), null),
				() -> kiosks.lock(s.world().worker(), s.kiosk()));
		// the vote begun before the lock counts; anything after it is refused
		assertThat(ballotsOf(s.round().id())).isEqualTo(1);
		assertThatThrownBy(() -> voice.feedback(s.kiosk(s.noor()), s.session().id(), 5, null, null, true))
			.isInstanceOf(KioskClosed.class);
	}

	@Test
	void aRoundThatClosesWaitsForABallotBeingSavedAndTakesNoneAfter() throws Exception {
		var s = setup();
		waitsForTheSave(() -> voice.vote(s.login(s.sem()), s.round().id(), List.of(s.idea().id()), null),
				() -> rounds.close(s.world().worker(), s.round().id()));
		assertThat(ballotsOf(s.round().id())).isEqualTo(1);
		assertThatThrownBy(() -> voice.vote(s.login(s.noor()), s.round().id(), List.of(s.idea().id()), null))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.closed");
	}

	/**
	 * Runs {@code save} in a transaction held open, then {@code close} beside it: {@code close} must wait until the save
	 * commits (it still runs unfinished half a second later), and both then end.
	 */
	private void waitsForTheSave(Runnable save, Runnable close) throws Exception {
		var saving = new java.util.concurrent.CountDownLatch(1);
		var release = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var saved = pool.submit(() -> new org.springframework.transaction.support.TransactionTemplate(transactions)
				.executeWithoutResult(status -> {
					save.run();
					saving.countDown();
					await(release);
				}));
			assertThat(saving.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			var closed = pool.submit(close);
			Thread.sleep(500);
			assertThat(closed.isDone()).as("closing waits for the save under way").isFalse();
			release.countDown();
			saved.get(10, java.util.concurrent.TimeUnit.SECONDS);
			closed.get(10, java.util.concurrent.TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	private static void await(java.util.concurrent.CountDownLatch latch) {
		try {
			latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aKioskLockedOrRunOutWhileTheRequestWasOnItsWaySavesNothing() {
		var s = setup();
		// the request on the tablet found the kiosk open and chose the child; then the worker locks it on their phone
		var speaker = s.kiosk(s.sem());
		kiosks.lock(s.world().worker(), s.kiosk());

		assertThatThrownBy(() -> voice.vote(speaker, s.round().id(), List.of(s.idea().id()), null))
			.isInstanceOf(KioskClosed.class);
		assertThatThrownBy(() -> voice.propose(speaker, s.round().id(), "Een disco", null)).isInstanceOf(KioskClosed.class);
		assertThatThrownBy(() -> voice.feedback(speaker, s.session().id(), 5, "Het voetbal", null, true))
			.isInstanceOf(KioskClosed.class);
		assertThatThrownBy(() -> voice.ask(speaker, "Waarom is het zwembad dicht?", true)).isInstanceOf(KioskClosed.class);

		// the same for a kiosk whose time ran out, without a lock
		var other = setup();
		jdbc.sql("update participation_kiosk set closes_at = :past where id = :id")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1))).param("id", other.kiosk()).update();
		assertThatThrownBy(() -> voice.vote(other.kiosk(other.noor()), other.round().id(), List.of(other.idea().id()), null))
			.isInstanceOf(KioskClosed.class);

		assertThat(ballotsOf(s.round().id()) + ballotsOf(other.round().id())).isZero();
		assertThat(ideasOf(s.round().id())).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from participation_feedback where organisation_id = :o")
			.param("o", s.world().organisationId()).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from participation_question where organisation_id = :o")
			.param("o", s.world().organisationId()).query(Integer.class).single()).isZero();
	}

	@Test
	void aChildGivesFeedbackOnASessionOnceWhateverTheChannel() {
		var s = setup();
		voice.feedback(s.kiosk(s.sem()), s.session().id(), 1, null, null, true);

		// tapping "Heel stom" again and again on the tablet, or after logging in, does not count again
		for (var speaker : List.of(s.kiosk(s.sem()), s.login(s.sem()))) {
			assertThatThrownBy(() -> voice.feedback(speaker, s.session().id(), 1, null, "Nog een keer", false))
				.isInstanceOf(FieldRejected.class)
				.hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.feedbackGiven");
		}
		voice.feedback(s.kiosk(s.noor()), s.session().id(), 5, null, null, true);
		assertThat(sessionFeedback.satisfaction(s.world().worker(), s.activity().id()).entries()).isEqualTo(2);
		// a worker may still record feedback for a child on paper
		sessionFeedback.record(s.world().worker(), s.session().id(), 4, null, null, s.sem(), false);
		assertThat(sessionFeedback.ofSession(s.world().worker(), s.session().id())).hasSize(3);
	}

	@Test
	void tenFeedbackFormsOfOneChildAtOnceOnKioskAndLoginStoreExactlyOne() throws Exception {
		var s = setup();
		var actions = new ArrayList<AtOnce.Action>();
		for (var i = 0; i < 10; i++) {
			var speaker = i % 2 == 0 ? s.kiosk(s.sem()) : s.login(s.sem());
			actions.add(() -> voice.feedback(speaker, s.session().id(), 1, null, null, true));
		}
		var outcomes = AtOnce.outcomes(actions);
		assertThat(outcomes).filteredOn(AtOnce.STORED::equals).hasSize(1);
		assertThat(outcomes).filteredOn(it -> !AtOnce.STORED.equals(it)).hasSize(9)
			.allMatch("participation.voice.error.feedbackGiven"::equals);
		assertThat(sessionFeedback.ofSession(s.world().worker(), s.session().id())).hasSize(1);
	}

	@Test
	void feedbackOnlyForASessionTheChildWasPresentAt() {
		var s = setup();
		var absent = programme.child(s.world(), "Lotte", 8, true);
		assertThatThrownBy(() -> voice.feedback(s.kiosk(absent), s.session().id(), 5, null, null, true))
			.isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "participation.voice.error.notPresent");
		var given = voice.feedback(s.kiosk(s.sem()), s.session().id(), 5, "Het voetbal", null, true);
		assertThat(given.score()).isEqualTo(5);
		// anonymous towards staff: no child_id, only the child's own column
		assertThat(jdbc.sql("select child_id from participation_feedback where id = :id").param("id", given.id())
			.query(UUID.class).optional()).isEmpty();
		assertThat(sessionFeedback.ofSession(s.world().worker(), s.session().id())).hasSize(1);
	}

	@Test
	void aChildSeesOnlyTheirOwnIdeasQuestionsAndFeedbackAndThePublishedOnes() throws Exception {
		var s = setup();
		var semsIdea = voice.propose(s.kiosk(s.sem()), s.round().id(), "Een disco");
		var noorsIdea = voice.propose(s.login(s.noor()), s.round().id(), "Een speurtocht");
		var semsQuestion = voice.ask(s.kiosk(s.sem()), "Waarom is de zaal dicht op woensdag?", true);
		var noorsQuestion = voice.ask(s.login(s.noor()), "Mogen we een konijn?", false);
		voice.feedback(s.kiosk(s.sem()), s.session().id(), 4, "Het spel", "Langer", true);
		voice.feedback(s.kiosk(s.noor()), s.session().id(), 2, null, null, false);

		ideas.changeStatus(s.world().worker(), semsIdea.id(), new StatusChange(IdeaStatus.PLANNED, null, s.activity().id()));
		ideas.changeStatus(s.world().worker(), noorsIdea.id(), new StatusChange(IdeaStatus.NOT_NOW, "Het is te koud.", null));
		questions.answer(s.world().worker(), semsQuestion.id(), new QuestionAnswer("Omdat er dan gepoetst wordt."));
		questions.answer(s.world().worker(), noorsQuestion.id(), new QuestionAnswer("Nee, helaas niet."));
		questions.publish(s.world().worker(), noorsQuestion.id(), true);

		var semsIdeas = outcomes.myIdeas(s.kiosk(s.sem()));
		assertThat(semsIdeas).singleElement().satisfies(idea -> {
			assertThat(idea.text()).isEqualTo("Een disco");
			assertThat(idea.status()).isEqualTo(IdeaStatus.PLANNED);
			assertThat(idea.activityTitle()).isEqualTo(s.activity().title());
			assertThat(idea.activityDate()).isEqualTo(s.session().date());
			assertThat(idea.roundTitle()).isEqualTo("Zomervakantieweek");
		});
		assertThat(outcomes.myIdeas(s.login(s.noor()))).singleElement().satisfies(idea -> {
			assertThat(idea.text()).isEqualTo("Een speurtocht");
			assertThat(idea.reason()).isEqualTo("Het is te koud.");
			assertThat(idea.activityTitle()).isNull();
		});

		var semsQuestions = outcomes.myQuestions(s.kiosk(s.sem()));
		assertThat(semsQuestions).singleElement().satisfies(question -> {
			assertThat(question.text()).isEqualTo("Waarom is de zaal dicht op woensdag?");
			assertThat(question.anonymous()).isTrue();
			assertThat(question.answer()).isEqualTo("Omdat er dan gepoetst wordt.");
		});
		assertThat(outcomes.myQuestions(s.login(s.noor()))).extracting(ChildOutcomes.MyQuestion::id)
			.containsExactly(noorsQuestion.id());
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'question' and action = 'READ' and object_id = :id and username like 'kiosk:%'")
			.param("id", semsQuestion.id().toString()).query(Integer.class).single()).isEqualTo(1);

		assertThat(outcomes.myFeedback(s.kiosk(s.sem()))).singleElement().satisfies(entry -> {
			assertThat(entry.score()).isEqualTo(4);
			assertThat(entry.fun()).isEqualTo("Het spel");
			assertThat(entry.sessionDate()).isEqualTo(s.session().date());
		});
		assertThat(outcomes.myFeedback(s.kiosk(s.noor()))).extracting(ChildOutcomes.MyFeedback::score).containsExactly(2);

		assertThat(outcomes.publishedQuestions(s.world().organisationId())).singleElement().satisfies(published -> {
			assertThat(published.text()).isEqualTo("Mogen we een konijn?");
			assertThat(published.answer()).isEqualTo("Nee, helaas niet.");
		});
		assertThat(outcomes.publishedQuestions(setup().world().organisationId())).isEmpty();
	}

	@Test
	void anAnonymousQuestionShowsStaffNoName() throws Exception {
		var s = setup();
		var asked = voice.ask(s.kiosk(s.sem()), "Waarom moeten we altijd opruimen?", true);
		var named = voice.ask(s.kiosk(s.noor()), "Wanneer is de disco?", false);

		var opened = questions.question(s.world().worker(), asked.id());
		assertThat(opened.childId()).isNull();
		assertThat(opened.childName()).isNull();
		assertThat(questions.question(s.world().worker(), named.id()).childName()).startsWith("Noor");
		assertThat(questions.list(s.world().worker())).filteredOn(summary -> summary.id().equals(asked.id()))
			.singleElement().satisfies(summary -> assertThat(summary.childName()).isNull());

		var page = mvc.perform(get("/participation/questions/" + asked.id()).with(as(s.world().worker()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Waarom moeten we altijd opruimen?").doesNotContain("Sem");
		var list = mvc.perform(get("/participation/questions").with(as(s.world().worker()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("Noor").doesNotContain("Sem");
		var api = mvc.perform(get("/api/v1/questions/" + asked.id()).with(as(s.world().worker()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(api).doesNotContain(s.sem().toString()).doesNotContain("Sem");
	}
}
