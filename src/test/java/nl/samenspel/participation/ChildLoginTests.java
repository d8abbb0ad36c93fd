package nl.samenspel.participation;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.Mode;
import nl.samenspel.children.ChildConsents;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A child's own login: issued only with consent and at 8 to 12, signing in with the code and pictures as the CHILD
 * account, one answer for every failure, throttled (also against parallel guesses), revoked by a worker or by a
 * withdrawn consent, stored without the code; the child's pages show the child's own things only, and CHILD and
 * staff stay on their own sides.
 */
class ChildLoginTests extends IntegrationTest {

	static final String WRONG = "Dat klopt niet. Probeer het nog eens of vraag het aan je begeleider.";

	@Autowired
	ActivityFixtures programme;

	@Autowired
	ChildManagement children;

	@Autowired
	ChildConsents consents;

	@Autowired
	ChildLogins logins;

	@Autowired
	nl.samenspel.children.ChildPrivacy privacy;

	@Autowired
	Rounds rounds;

	@Autowired
	Ideas ideas;

	@Autowired
	Questions questions;

	@Autowired
	ChildVoice voice;

	@Autowired
	Attendance attendance;

	/** The parallel test comes from the loopback address, which other tests use too: leave it as found. */
	@AfterEach
	void forgetLoopbackFailures() {
		jdbc.sql("delete from login_failure where subject like '%127.0.0.1' or subject like '%:1'").update();
	}

	UUID consent(ActivityFixtures.World world, UUID childId) {
		var guardian = children.guardians(children.child(world.coordinator(), childId)).get(0);
		return children.giveConsent(world.coordinator(), childId,
				new ConsentRequest(guardian.getId(), ConsentPurpose.CHILD_LOGIN, ConsentMethod.PAPER)).getId();
	}

	UUID childWithConsent(ActivityFixtures.World world, String name, int age) {
		var child = programme.child(world, name, age, true);
		consent(world, child);
		return child;
	}

	static Map<String, String> form(String code, List<Pictogram> pictures) {
		var form = new LinkedHashMap<String, String>();
		form.put("code", code);
		for (int i = 0; i < pictures.size(); i++) {
			form.put("picture" + (i + 1), pictures.get(i).name());
		}
		return form;
	}

	static Map<String, String> form(ChildLogins.Card card) {
		return form(card.code(), card.pictures());
	}

	static List<Pictogram> otherThan(List<Pictogram> pictures) {
		var wrong = new ArrayList<>(pictures);
		var last = wrong.get(3);
		wrong.set(3, Pictogram.values()[(last.ordinal() + 1) % Pictogram.values().length]);
		return wrong;
	}

	/** Signs in through the real HTTP stack, keeping the session cookie. */
	HttpSession signIn(ChildLogins.Card card) {
		var session = new HttpSession(baseUrl());
		var answer = session.post("/kind/inloggen", "/kind/inloggen", form(card));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		assertThat(HttpSession.location(answer)).endsWith("/kind");
		return session;
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	String attempt(Map<String, String> form, String address) throws Exception {
		var request = post("/kind/inloggen").with(csrf()).with(from(address));
		form.forEach(request::param);
		var response = mvc.perform(request).andReturn().getResponse();
		return response.getStatus() == 302 ? "signed in" : response.getContentAsString();
	}

	int loginRows() {
		return jdbc.sql("select count(*) from participation_child_login").query(Integer.class).single();
	}

	@Test
	void aLoginIsIssuedOnlyWithConsentAndBetweenEightAndTwelve() throws Exception {
		var world = programme.world();
		var young = childWithConsent(world, "Jip", 7);
		var old = childWithConsent(world, "Bas", 13);
		var noConsent = programme.child(world, "Fenna", 10, true);
		var before = loginRows();

		assertThatThrownBy(() -> logins.issue(world.worker(), young)).isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "participation.login.error.age");
		assertThatThrownBy(() -> logins.issue(world.worker(), old)).isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "participation.login.error.age");
		assertThatThrownBy(() -> logins.issue(world.worker(), noConsent)).isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "participation.login.error.consent");
		var page = mvc.perform(post("/participation/logins/" + noConsent + "/issue").with(as(world.worker())).with(csrf()))
			.andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Er is geen toestemming van een ouder").doesNotContain("login-code");
		assertThat(loginRows()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from app_user u join app_user_role r on r.app_user_id = u.id "
				+ "where u.organisation_id = :o and r.role = 'CHILD'").param("o", world.organisationId())
			.query(Integer.class).single()).as("no CHILD account made").isZero();

		// eight and twelve are in; the list shows the consent and the login
		var eight = childWithConsent(world, "Isa", 8);
		var twelve = childWithConsent(world, "Tim", 12);
		assertThat(logins.issue(world.worker(), eight).code()).hasSize(9);
		var card = mvc.perform(post("/participation/logins/" + twelve + "/issue").with(as(world.coordinator())).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(card).contains("login-code").contains("Inlogkaart van Tim");
		var list = mvc.perform(get("/participation/logins").with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("Isa").contains("Tim").contains("Fenna").contains("Niet gegeven").doesNotContain("Jip")
			.doesNotContain("Bas").doesNotContain("login-code");
	}

	@Test
	void theListOfChildrenIsSearchedByNameAndPagedWhateverTheSizeOfTheOrganisation() throws Exception {
		var world = programme.world();
		var isa = childWithConsent(world, "Isadora", 9);
		programme.child(world, "Fenneke", 10, true);
		for (int i = 0; i < ChildLogins.PAGE_SIZE; i++) {
			programme.child(world, "Kind" + i, 10, true);
		}
		var searched = mvc.perform(get("/participation/logins").param("q", "isadora").with(as(world.worker())))
			.andReturn().getResponse().getContentAsString();
		assertThat(searched).contains("Isadora").doesNotContain("Fenneke").doesNotContain("Kind1");
		assertThat(searched).contains("/participation/logins/" + isa + "/issue");

		var first = logins.overview(world.worker(), null, 0);
		assertThat(first.getContent()).hasSize(ChildLogins.PAGE_SIZE);
		assertThat(first.getTotalElements()).isEqualTo(ChildLogins.PAGE_SIZE + 2);
		var second = logins.overview(world.worker(), null, 1);
		assertThat(second.getContent()).hasSize(2);
		var all = new java.util.ArrayList<>(first.getContent());
		all.addAll(second.getContent());
		assertThat(all.stream().map(line -> line.child().id()).distinct()).hasSize(ChildLogins.PAGE_SIZE + 2);
		assertThat(all.stream().filter(ChildLogins.Line::consent).map(line -> line.child().id())).containsExactly(isa);
		var page = mvc.perform(get("/participation/logins").param("page", "1").with(as(world.worker()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
		assertThat(mvc.perform(get("/participation/logins").param("page", "nonsense").with(as(world.worker())))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theRightCodeAndPicturesSignInAsTheChildWhoSeesWhatBecameOfTheirIdeas() throws Exception {
		var world = programme.world();
		var sem = childWithConsent(world, "Sem", 9);
		var round = rounds.open(world.worker(), new RoundDetails("Zomerweek", null, VotingMethod.APPROVAL, null, null, null));
		var idea = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Een waterballonnengevecht", sem));
		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		programme.session(world, activity, ActivityFixtures.today().plusDays(5));
		ideas.approve(world.worker(), idea.id());
		ideas.changeStatus(world.worker(), idea.id(), new StatusChange(IdeaStatus.PLANNED, null, activity.id()));
		var card = logins.issue(world.worker(), sem);

		// lower case and without the space is the same code
		var session = new HttpSession(baseUrl());
		var answer = session.post("/kind/inloggen", "/kind/inloggen",
				form(card.code().replace(" ", "").toLowerCase(), card.pictures()));
		assertThat(HttpSession.location(answer)).endsWith("/kind");
		assertThat(HttpSession.location(session.get("/"))).as("the start page is the child's own").endsWith("/kind");
		var home = session.get("/kind");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Hoi Sem!").contains("Een waterballonnengevecht").contains("Je idee gaat gebeuren!")
			.contains(activity.title());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'LOGIN_SUCCEEDED' and user_id = "
				+ "(select app_user_id from participation_child_login where child_id = :c)").param("c", sem)
			.query(Integer.class).single()).isEqualTo(1);

		// logging out ends the session and leads back to the child's login
		var out = session.post("/kind", "/logout", Map.of());
		assertThat(HttpSession.location(out)).endsWith("/kind/inloggen?uit");
		assertThat(HttpSession.location(session.get("/kind"))).endsWith("/kind/inloggen");
	}

	@Test
	void aWrongCodeWrongPicturesOrNonsenseGetTheSameAnswer() throws Exception {
		var world = programme.world();
		var card = logins.issue(world.worker(), childWithConsent(world, "Lotte", 10));
		var wrongPictures = attempt(form(card.code(), otherThan(card.pictures())), "10.17.0.1");
		var unknownCode = attempt(form("ACDE 3477".equals(card.code()) ? "ACDE 3479" : "ACDE 3477", card.pictures()),
				"10.17.0.2");
		var nonsense = attempt(Map.of("code", "\u0000<onzin>", "picture1", "DRAAK"), "10.17.0.3");
		for (var answer : List.of(wrongPictures, unknownCode, nonsense)) {
			assertThat(answer).contains(WRONG).doesNotContain("Hoi ");
		}
		assertThat(attempt(form(card), "10.17.0.4")).isEqualTo("signed in");
	}

	@Test
	void guessingIsThrottledPerCodeAndAddress() throws Exception {
		var world = programme.world();
		var card = logins.issue(world.worker(), childWithConsent(world, "Daan", 11));
		for (int i = 0; i < 5; i++) {
			assertThat(attempt(form(card.code(), otherThan(card.pictures())), "10.18.0.1")).contains(WRONG);
		}
		assertThat(attempt(form(card), "10.18.0.1")).as("right, but too many tries from here").contains(WRONG);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'LOGIN_THROTTLED' and object_type = 'child-login'")
			.query(Integer.class).single()).isPositive();
		assertThat(attempt(form(card), "10.18.0.2")).as("the child elsewhere").isEqualTo("signed in");
	}

	@Test
	void parallelGuessesDoNotBeatTheThrottle() throws Exception {
		var world = programme.world();
		var card = logins.issue(world.worker(), childWithConsent(world, "Mila", 9));
		var guesses = new ArrayList<Map<String, String>>();
		for (var a : Pictogram.values()) {
			for (var b : Pictogram.values()) {
				var guess = List.of(a, b, Pictogram.SUN, Pictogram.TREE);
				if (!guess.equals(card.pictures()) && guesses.size() < 30) {
					guesses.add(form(card.code(), guess));
				}
			}
		}
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(30);
		var outcomes = new ArrayList<Future<HttpResponse<String>>>();
		for (var guess : guesses) {
			var session = new HttpSession(baseUrl());
			var token = session.csrf("/kind/inloggen");
			outcomes.add(pool.submit(() -> {
				start.await();
				return session.post(token, "/kind/inloggen", guess);
			}));
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		for (var outcome : outcomes) {
			assertThat(outcome.get().body()).contains(WRONG);
		}
		var name = sha256(("child-login:" + jdbc.sql("select code_hash from participation_child_login where id = :id")
			.param("id", card.loginId()).query(String.class).single()).toLowerCase());
		var checked = jdbc.sql("select count(*) from login_failure where subject = :s").param("s", "account:" + name)
			.query(Integer.class).single();
		assertThat(checked).as("pictures checked of 30 parallel guesses").isBetween(1, 5);
		assertThat(new HttpSession(baseUrl()).post("/kind/inloggen", "/kind/inloggen", form(card)).body())
			.as("the right pictures after the limit").contains(WRONG);
	}

	static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Autowired
	ChildLoginDemoData demoData;

	@Autowired
	nl.samenspel.organisation.DemoMode demo;

	@Autowired
	nl.samenspel.organisation.UserManagement users;

	/**
	 * The demo data runs at every start; a second start on the same database (a second test context, as the browser
	 * tests make) found a new first child of 8 to 12 and issued the demo's fixed code again, which the unique code
	 * refused, so that start failed.
	 */
	@Test
	void theDemoCardIsIssuedOnceAlsoWhenALaterStartFindsAnotherFirstChild() throws Exception {
		var worker = ParticipationDemoData.demoWorker(demo, users).orElseThrow();
		var world = new nl.samenspel.activities.ActivityFixtures.World(worker.organisationId(), null, worker, worker,
				worker);
		// sorts before every demo child, without the consent for a login: as the kiosk's browser test adds them
		var first = programme.child(world, "Aaaa", 9, true);

		demoData.run(null);

		assertThat(jdbc.sql("select count(*) from participation_child_login where child_id = :c").param("c", first)
			.query(Integer.class).single()).isZero();
		assertThat(attempt(form(ChildLoginDemoData.CODE, ChildLoginDemoData.PICTURES), "10.19.2.1")).isEqualTo("signed in");
	}

	@Test
	void aCardStopsWorkingWhenItsChildTurnsThirteen() throws Exception {
		var world = programme.world();
		var lars = programme.child(world, "Lars", 12, true);
		consent(world, lars);
		var card = logins.issue(world.worker(), lars);
		assertThat(signIn(card).get("/kind").statusCode()).isEqualTo(200);

		// a year on (the birthday moved back): thirteen, and the card opens nothing, with the same answer as any failure
		jdbc.sql("update child set date_of_birth = :born where id = :id")
			.param("born", java.sql.Date.valueOf(nl.samenspel.activities.ActivityFixtures.today().minusYears(13)))
			.param("id", lars).update();
		assertThat(attempt(form(card), "10.19.1.1")).contains(WRONG);
	}

	@Test
	void aSessionStopsReachingTheChildsThingsWhenTheChildTurnsThirteenOrTheConsentIsGone() throws Exception {
		var world = programme.world();
		var lars = programme.child(world, "Larsje", 12, true);
		consent(world, lars);
		var round = rounds.open(world.worker(), new RoundDetails("Winterweek", null, VotingMethod.APPROVAL, null, null, null));
		var idea = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Schaatsen op de vijver", lars));
		var session = signIn(logins.issue(world.worker(), lars));
		assertThat(session.get("/kind").body()).contains("Schaatsen op de vijver");

		// thirteen while signed in (the session may last eight hours): the pages no longer show the child's things
		jdbc.sql("update child set date_of_birth = :born where id = :id")
			.param("born", java.sql.Date.valueOf(ActivityFixtures.today().minusYears(13))).param("id", lars).update();
		assertThat(session.get("/kind").body()).doesNotContain("Schaatsen op de vijver");
		assertThat(session.post("/kind/ideeen", "/kind/ideeen/" + round.id() + "/stem",
				Map.of("ideaIds", idea.id().toString())).statusCode()).isEqualTo(404);

		// the consent withdrawn, before the listener that revokes the login has run: the same
		var sara = programme.child(world, "Saartje", 10, true);
		var consentId = consent(world, sara);
		var other = signIn(logins.issue(world.worker(), sara));
		assertThat(other.get("/kind").statusCode()).isEqualTo(200);
		jdbc.sql("update consent set withdrawn_at = current_timestamp where id = :id").param("id", consentId).update();
		assertThat(other.post("/kind/vragen", "/kind/vragen", Map.of("text", "Mag ik nog iets vragen?")).body())
			.doesNotContain("Mag ik nog iets vragen?");
		assertThat(jdbc.sql("select count(*) from participation_ballot where round_id = :r").param("r", round.id())
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from participation_question where organisation_id = :o")
			.param("o", world.organisationId()).query(Integer.class).single()).isZero();
	}

	@Test
	void aLoginRevokedWhileTheRequestWasOnItsWaySavesNothing() {
		var world = programme.world();
		var mila = childWithConsent(world, "Mila", 10);
		var card = logins.issue(world.worker(), mila);
		var round = rounds.open(world.worker(), new RoundDetails("Herfstweek", null, VotingMethod.APPROVAL, null, null, null));
		var idea = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Een speurtocht", null));
		// the request found the login active and built the speaker; then a worker revokes the login
		var speaker = new Speaker(world.organisationId(), mila, Channel.LOGIN, card.loginId());
		logins.revoke(world.worker(), mila);

		assertThatThrownBy(() -> voice.vote(speaker, round.id(), List.of(idea.id()), null)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> voice.propose(speaker, round.id(), "Een disco", null)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> voice.ask(speaker, "Mag ik mee?", true)).isInstanceOf(NotFound.class);
		assertThat(jdbc.sql("select count(*) from participation_ballot where round_id = :r").param("r", round.id())
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from participation_idea where round_id = :r").param("r", round.id())
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from participation_question where organisation_id = :o")
			.param("o", world.organisationId()).query(Integer.class).single()).isZero();
	}

	@Test
	void erasingTheChildEndsTheLoginAndForgetsTheAccountsName() throws Exception {
		var world = programme.world();
		var femke = childWithConsent(world, "Femkelientje", 11);
		var card = logins.issue(world.worker(), femke);
		var session = signIn(card);
		assertThat(session.get("/kind").statusCode()).isEqualTo(200);

		privacy.erase(world.coordinator(), femke);
		delivered();

		assertThat(HttpSession.location(session.get("/kind"))).as("the session ended").endsWith("/kind/inloggen");
		assertThat(jdbc.sql("select count(*) from participation_child_login where child_id = :c and revoked_at is null")
			.param("c", femke).query(Integer.class).single()).isZero();
		var account = jdbc.sql("select display_name, status from app_user where id = (select app_user_id from "
				+ "participation_child_login where id = :id)").param("id", card.loginId())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).single();
		assertThat(account[0]).as("the child's first name is gone with the child").doesNotContain("Femkelientje");
		assertThat(account[1]).isEqualTo("DEACTIVATED");
		assertThat(jdbc.sql("select count(*) from app_user where organisation_id = :o and display_name like '%Femkelientje%'")
			.param("o", world.organisationId()).query(Integer.class).single()).isZero();
		// a second delivery changes nothing
		logins.childErased(world.organisationId(), femke);
	}

	@Test
	void aRevokedLoginAndAWithdrawnConsentAreRefusedAndEndTheSession() throws Exception {
		var world = programme.world();
		var yara = programme.child(world, "Yara", 10, true);
		var consentId = consent(world, yara);
		var card = logins.issue(world.worker(), yara);
		var session = signIn(card);
		assertThat(session.get("/kind").statusCode()).isEqualTo(200);

		mvc.perform(post("/participation/logins/" + yara + "/revoke").with(as(world.worker())).with(csrf()));
		assertThat(HttpSession.location(session.get("/kind"))).as("the session ended").endsWith("/kind/inloggen");
		assertThat(attempt(form(card), "10.19.0.1")).contains(WRONG);
		assertThat(jdbc.sql("select status from app_user where id = (select app_user_id from participation_child_login "
				+ "where id = :id)").param("id", card.loginId()).query(String.class).single()).isEqualTo("DEACTIVATED");

		// a new card works, the old one not; withdrawing the consent revokes the new one too
		var again = logins.issue(world.worker(), yara);
		assertThat(again.code()).isNotEqualTo(card.code());
		assertThat(attempt(form(card), "10.19.0.2")).contains(WRONG);
		var second = signIn(again);
		consents.withdrawConsent(world.coordinator(), yara, consentId);
		delivered();
		assertThat(HttpSession.location(second.get("/kind"))).endsWith("/kind/inloggen");
		assertThat(attempt(form(again), "10.19.0.3")).contains(WRONG);
		assertThat(jdbc.sql("select count(*) from participation_child_login where child_id = :c and revoked_at is null")
			.param("c", yara).query(Integer.class).single()).isZero();
		// a second delivery changes nothing
		logins.consentWithdrawn(world.organisationId(), yara);
		assertThatThrownBy(() -> logins.issue(world.worker(), yara)).isInstanceOf(FieldRejected.class);
	}

	@Test
	void theStoredCodeAndPicturesAreNotTheCodeOrThePictures() throws Exception {
		var world = programme.world();
		var card = logins.issue(world.worker(), childWithConsent(world, "Finn", 12));
		var row = jdbc.sql("select code_hash, pictures_hash from participation_child_login where id = :id")
			.param("id", card.loginId()).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).single();
		var code = card.code().replace(" ", "");
		assertThat(row[0]).doesNotContain(code).doesNotContain(code.toLowerCase()).isNotEqualTo(sha256(code))
			.doesNotContain(sha256(code));
		for (var picture : card.pictures()) {
			assertThat(row[1]).doesNotContain(picture.name());
		}
		assertThat(row[1]).startsWith("{argon2}");
		// the CHILD account has no password and no e-mail, and no password login or reset opens it
		var account = jdbc.sql("select username, email, password_hash from app_user where id = (select app_user_id from "
				+ "participation_child_login where id = :id)").param("id", card.loginId())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).single();
		assertThat(account[1]).isEmpty();
		assertThat(account[2]).isNull();
		assertThat(HttpSession.location(new HttpSession(baseUrl()).login(account[0], ""))).endsWith("/login?error");
		new HttpSession(baseUrl()).post("/password-reset", "/password-reset", Map.of("identifier", account[0]));
		assertThat(jdbc.sql("select count(*) from one_time_link where app_user_id = (select app_user_id from "
				+ "participation_child_login where id = :id)").param("id", card.loginId()).query(Integer.class).single())
			.isZero();
	}

	@Test
	void aChildReachesNoStaffPageOrApiAndStaffNoChildPage() throws Exception {
		var world = programme.world();
		var session = signIn(logins.issue(world.worker(), childWithConsent(world, "Noah", 10)));
		for (var path : List.of("/children", "/participation/logins", "/participation/rounds", "/activities", "/users",
				"/api/v1/ideas/rounds", "/api/v1/questions", "/account", "/account/tokens", "/api/v1/organisation",
				"/api/v1/tokens")) {
			assertThat(session.get(path).statusCode()).as(path).isIn(403, 404);
		}
		for (var staff : List.of(world.worker(), world.coordinator())) {
			for (var path : List.of("/kind", "/kind/ideeen", "/kind/vragen", "/kind/feedback")) {
				assertThat(mvc.perform(get(path).with(as(staff))).andReturn().getResponse().getStatus()).as(path)
					.isEqualTo(403);
			}
		}
	}

	@Test
	void aChildSeesOnlyTheirOwnIdeasQuestionsAndFeedbackAndThePublishedQuestions() throws Exception {
		var world = programme.world();
		var sem = childWithConsent(world, "Sem", 9);
		var noor = childWithConsent(world, "Noor", 10);
		var round = rounds.open(world.worker(), new RoundDetails("Herfst", null, VotingMethod.APPROVAL, null, null, null));
		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var sessionDay = programme.session(world, activity, ActivityFixtures.today());
		attendance.mark(world.worker(), sessionDay.id(), new AttendanceMark(sem, true, null, null));
		attendance.mark(world.worker(), sessionDay.id(), new AttendanceMark(noor, true, null, null));
		var semSession = signIn(logins.issue(world.worker(), sem));
		var noorSession = signIn(logins.issue(world.worker(), noor));

		semSession.post("/kind/ideeen", "/kind/ideeen/" + round.id(), Map.of("text", "Idee van Sem: een speurtocht"));
		noorSession.post("/kind/ideeen", "/kind/ideeen/" + round.id(), Map.of("text", "Idee van Noor: een disco"));
		semSession.post("/kind/vragen", "/kind/vragen", Map.of("text", "Vraag van Sem over de vakantie?", "anoniem", "true"));
		noorSession.post("/kind/vragen", "/kind/vragen", Map.of("text", "Vraag van Noor over het voetbal?"));
		semSession.post("/kind/feedback", "/kind/feedback/" + sessionDay.id(),
				Map.of("score", "5", "fun", "Sem vond het springkussen leuk"));
		var published = questions.record(world.worker(), new QuestionRequest(null, true, "Waarom is de lucht blauw?"));
		questions.answer(world.worker(), published.id(), new QuestionAnswer("Door het zonlicht."));
		questions.publish(world.worker(), published.id(), true);

		var semHome = semSession.get("/kind").body();
		assertThat(semHome).contains("Idee van Sem").doesNotContain("Idee van Noor");
		assertThat(noorSession.get("/kind").body()).contains("Idee van Noor").doesNotContain("Idee van Sem");
		var semQuestions = semSession.get("/kind/vragen").body();
		assertThat(semQuestions).contains("Vraag van Sem").doesNotContain("Vraag van Noor")
			.contains("Waarom is de lucht blauw?").contains("Door het zonlicht.");
		assertThat(noorSession.get("/kind/vragen").body()).contains("Vraag van Noor").doesNotContain("Vraag van Sem")
			.contains("Waarom is de lucht blauw?");
		assertThat(semSession.get("/kind/feedback").body()).contains("Sem vond het springkussen leuk");
		assertThat(noorSession.get("/kind/feedback").body()).doesNotContain("Sem vond het springkussen leuk")
			.contains(activity.title());
	}

	@Test
	void oneVotePerRoundThroughTheLoginAndBadInputIsAChildsMessageWithNothingSaved() throws Exception {
		var world = programme.world();
		var sem = childWithConsent(world, "Sem", 9);
		var round = rounds.open(world.worker(), new RoundDetails("Winter", null, VotingMethod.APPROVAL, null, null, null));
		var idea = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Schaatsen", null));
		var session = signIn(logins.issue(world.worker(), sem));

		var first = session.post("/kind/ideeen", "/kind/ideeen/" + round.id() + "/stem", Map.of("ideaIds", idea.id().toString()));
		assertThat(HttpSession.location(first)).endsWith("/kind/ideeen");
		assertThat(session.get("/kind/ideeen").body()).contains("Je hebt gestemd");
		var second = session.post("/kind/ideeen", "/kind/ideeen/" + round.id() + "/stem",
				Map.of("ideaIds", idea.id().toString()));
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("Je hebt al gestemd");
		assertThat(jdbc.sql("select count(*) from participation_ballot where round_id = :r").param("r", round.id())
			.query(Integer.class).single()).isEqualTo(1);

		var ideasBefore = jdbc.sql("select count(*) from participation_idea where round_id = :r").param("r", round.id())
			.query(Integer.class).single();
		var empty = session.post("/kind/ideeen", "/kind/ideeen/" + round.id(), Map.of("text", "   "));
		assertThat(empty.body()).contains("Schrijf je idee op.").contains("field-error");
		var endless = session.post("/kind/ideeen", "/kind/ideeen/" + round.id(), Map.of("text", "lang ".repeat(200)));
		assertThat(endless.body()).contains("Dat is te lang.");
		assertThat(jdbc.sql("select count(*) from participation_idea where round_id = :r").param("r", round.id())
			.query(Integer.class).single()).isEqualTo(ideasBefore);
		var noQuestion = session.post("/kind/vragen", "/kind/vragen", Map.of("text", ""));
		assertThat(noQuestion.body()).contains("Schrijf je vraag op.");

		rounds.close(world.worker(), round.id());
		var closed = session.post("/kind/ideeen", "/kind/ideeen/" + round.id(), Map.of("text", "Nog een idee"));
		assertThat(closed.statusCode()).isEqualTo(200);
		assertThat(closed.body()).contains("Deze stemronde is al klaar");
	}

	int picturesOf(UUID child) {
		return jdbc.sql("""
				select count(*) from participation_idea_picture p join participation_idea i on i.id = p.idea_id
				where i.child_id = :c""").param("c", child).query(Integer.class).single();
	}

	@Test
	void aChildAddsAPhotoToTheirIdeaWhichIsStoredWithoutExifAndShownOnlyToThemUntilApproved() throws Exception {
		var world = programme.world();
		var sem = childWithConsent(world, "Sem", 9);
		var noor = childWithConsent(world, "Noor", 10);
		var round = rounds.open(world.worker(), new RoundDetails("Lente", null, VotingMethod.APPROVAL, null, null, null));
		var semSession = signIn(logins.issue(world.worker(), sem));
		var noorSession = signIn(logins.issue(world.worker(), noor));
		assertThat(semSession.get("/kind/ideeen").body()).contains("enctype=\"multipart/form-data\"")
			.contains("accept=\"image/png,image/jpeg,image/gif\"");

		// through the real HTTP stack: the CSRF token travels as a field of the multipart form
		var sent = semSession.postMultipart(semSession.csrf("/kind/ideeen"), "/kind/ideeen/" + round.id(),
				Map.of("text", "Een speurtocht met een schatkaart"), "picture", "foto.jpg", "image/jpeg",
				IdeaPictureTests.jpegWithExif());
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		assertThat(HttpSession.location(sent)).endsWith("/kind/ideeen");
		var idea = jdbc.sql("select id from participation_idea where round_id = :r and child_id = :c")
			.param("r", round.id()).param("c", sem).query(UUID.class).single();
		var stored = jdbc.sql("select content from participation_idea_picture where idea_id = :i").param("i", idea)
			.query(byte[].class).single();
		assertThat(IdeaPictureTests.segments(stored)).doesNotContain(0xe1, 0xfe);
		assertThat(IdeaPictureTests.latin(stored)).doesNotContain("Exif").doesNotContain(IdeaPictureTests.MARKER);

		var route = "/kind/ideeen/" + idea + "/picture";
		assertThat(semSession.get("/kind").body()).contains("src=\"" + route + "\"");
		var shown = semSession.get(route);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(shown.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(shown.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(noorSession.get(route).statusCode()).as("another child, not yet approved").isEqualTo(404);
		assertThat(noorSession.get("/kind/ideeen").body()).doesNotContain(route);

		var elsewhere = programme.world();
		var lotte = childWithConsent(elsewhere, "Lotte", 9);
		var lotteSession = signIn(logins.issue(elsewhere.worker(), lotte));
		assertThat(lotteSession.get(route).statusCode()).as("another organisation's idea").isEqualTo(404);

		ideas.approve(world.worker(), idea);
		assertThat(noorSession.get(route).statusCode()).isEqualTo(200);
		assertThat(noorSession.get("/kind/ideeen").body()).contains("src=\"" + route + "\"");
		assertThat(lotteSession.get(route).statusCode()).as("approved, still another organisation's").isEqualTo(404);
	}

	@Test
	void aPictureThatIsRefusedKeepsTheIdeaFromBeingSavedAlsoAfterTheChildsLogin() throws Exception {
		var world = programme.world();
		var sem = childWithConsent(world, "Sem", 9);
		var round = rounds.open(world.worker(), new RoundDetails("Zomer", null, VotingMethod.APPROVAL, null, null, null));
		var session = signIn(logins.issue(world.worker(), sem));
		var refused = session.postMultipart(session.csrf("/kind/ideeen"), "/kind/ideeen/" + round.id(),
				Map.of("text", "Mijn idee blijft staan"), "picture", "tekening.png", "image/png",
				"<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Dit is geen foto of tekening.")
			.contains("id=\"r" + round.id() + "-picture-error\"").contains(">Mijn idee blijft staan</textarea>");

		// too large to read at all: answered before the CSRF check reads the body, with the child's message
		var tooLarge = session.postMultipart(session.csrf("/kind/ideeen"), "/kind/ideeen/" + round.id(),
				Map.of("text", "Een reuzenrad"), "picture", "groot.jpg", "image/jpeg", new byte[7 * 1024 * 1024]);
		assertThat(tooLarge.statusCode()).isEqualTo(303);
		assertThat(HttpSession.location(tooLarge)).endsWith("/kind/ideeen?picture=tooLarge&round=" + round.id());
		assertThat(session.get("/kind/ideeen?picture=tooLarge&round=" + round.id()).body())
			.contains("Deze foto is te groot.").contains("id=\"r" + round.id() + "-picture-error\"");
		assertThat(jdbc.sql("select count(*) from participation_idea where round_id = :r").param("r", round.id())
			.query(Integer.class).single()).isZero();
		assertThat(picturesOf(sem)).isZero();
	}

	@Test
	void aTooLargeUploadSentInChunksIsAnsweredBeforeAnythingReadsIt() throws Exception {
		var world = programme.world();
		var sem = childWithConsent(world, "Semmie", 9);
		var round = rounds.open(world.worker(), new RoundDetails("Zomer", null, VotingMethod.APPROVAL, null, null, null));
		var session = signIn(logins.issue(world.worker(), sem));

		// no Content-Length: the size is not known before the body is read, so it is not read at all
		var chunked = session.postMultipart(session.csrf("/kind/ideeen"), "/kind/ideeen/" + round.id(),
				Map.of("text", "Een reuzenrad"), "picture", "groot.jpg", "image/jpeg", new byte[7 * 1024 * 1024], true);

		assertThat(chunked.statusCode()).isEqualTo(303);
		assertThat(HttpSession.location(chunked)).endsWith("/kind/ideeen?picture=tooLarge&round=" + round.id());
		assertThat(jdbc.sql("select count(*) from participation_idea where round_id = :r").param("r", round.id())
			.query(Integer.class).single()).isZero();
		// a small picture sent in chunks is no different
		var small = session.postMultipart(session.csrf("/kind/ideeen"), "/kind/ideeen/" + round.id(),
				Map.of("text", "Een draaimolen"), "picture", "klein.jpg", "image/jpeg", new byte[10], true);
		assertThat(HttpSession.location(small)).endsWith("/kind/ideeen?picture=tooLarge&round=" + round.id());
	}

	@Test
	void aQuestionThatReadsLikeDangerShowsTheHelpAtOnce() throws Exception {
		var world = programme.world();
		var session = signIn(logins.issue(world.worker(), childWithConsent(world, "Lina", 11)));
		var ordinary = session.post("/kind/vragen", "/kind/vragen", Map.of("text", "Wanneer gaan we weer knutselen?"));
		assertThat(HttpSession.location(ordinary)).endsWith("/kind/vragen");
		var danger = session.post("/kind/vragen", "/kind/vragen", Map.of("text", "Mijn vader slaat mij"));
		// post, redirect, get: reloading the page neither sends the question nor alerts the officers again
		assertThat(HttpSession.location(danger)).endsWith("/kind/vragen");
		var help = session.get("/kind/vragen");
		assertThat(help.body()).contains("data-testid=\"urgent-help\"").contains("0800-0432").contains("0800-2000");
		assertThat(session.get("/kind/vragen").body()).as("the page again").doesNotContain("data-testid=\"urgent-help\"");
		assertThat(jdbc.sql("select count(*) from participation_question where organisation_id = :o and urgent")
			.param("o", world.organisationId()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void nothingAChildCanTypeGivesAServerError() throws Exception {
		var world = programme.world();
		var timo = childWithConsent(world, "Timo", 10);
		var round = rounds.open(world.worker(), new RoundDetails("Stippen", null, VotingMethod.DOTS, 3, null, null));
		var idea = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Bakken", null));
		var elsewhere = programme.world();
		var foreign = rounds.open(elsewhere.worker(), new RoundDetails("Ander", null, VotingMethod.APPROVAL, null, null, null));
		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var today = programme.session(world, activity, ActivityFixtures.today());
		attendance.mark(world.worker(), today.id(), new AttendanceMark(timo, true, null, null));
		var session = signIn(logins.issue(world.worker(), timo));
		var csrf = session.csrf("/kind/ideeen");
		var vote = "/kind/ideeen/" + round.id() + "/stem";
		var posts = List.<Map.Entry<String, Map<String, String>>>of(
				Map.entry(vote, Map.of("dots." + idea.id(), "99999999999999999999")),
				Map.entry(vote, Map.of("dots." + idea.id(), "2147483647")), Map.entry(vote, Map.of("dots.geen-id", "1")),
				Map.entry(vote, Map.of("ideaIds", "geen-id")), Map.entry(vote, Map.of()),
				Map.entry("/kind/ideeen/" + foreign.id() + "/stem", Map.of("ideaIds", idea.id().toString())),
				Map.entry("/kind/ideeen/geen-id/stem", Map.of()),
				Map.entry("/kind/ideeen/" + round.id(), Map.of("text", "x".repeat(100_000))),
				Map.entry("/kind/ideeen/" + round.id(), Map.of()), Map.entry("/kind/ideeen/" + foreign.id(), Map.of("text", "Hoi")),
				Map.entry("/kind/vragen", Map.of("text", "\u0000")), Map.entry("/kind/vragen", Map.of()),
				Map.entry("/kind/vragen", Map.of("text", "x".repeat(100_000), "anoniem", "misschien")),
				Map.entry("/kind/feedback/" + UUID.randomUUID(), Map.of("score", "5")),
				Map.entry("/kind/feedback/geen-id", Map.of("score", "5")),
				Map.entry("/kind/feedback/" + today.id(), Map.of("score", "99999999999999999999")),
				Map.entry("/kind/feedback/" + today.id(), Map.of("score", "-2147483648")),
				Map.entry("/kind/feedback/" + today.id(), Map.of()));
		for (var post : posts) {
			assertThat(session.post(csrf, post.getKey(), post.getValue()).statusCode()).as(post.getKey() + " " + post.getValue()
				.keySet()).isLessThan(500);
		}
		for (var path : List.of("/kind/ideeen?picture=tooLarge&round=geen-id", "/kind/ideeen/" + UUID.randomUUID() + "/picture",
				"/kind/ideeen/geen-id/picture", "/kind/ideeen/" + idea.id() + "/picture")) {
			assertThat(session.get(path).statusCode()).as(path).isLessThan(500);
		}
		assertThat(jdbc.sql("select count(*) from participation_ballot where round_id = :r").param("r", round.id())
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from participation_question where organisation_id = :o")
			.param("o", world.organisationId()).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from participation_feedback where organisation_id = :o")
			.param("o", world.organisationId()).query(Integer.class).single()).isZero();
	}

	@Test
	void organisationsStayApart() throws Exception {
		var a = programme.world();
		var b = programme.world();
		var sem = childWithConsent(a, "Sem", 9);
		assertThatThrownBy(() -> logins.issue(b.worker(), sem)).isInstanceOf(NotFound.class);
		assertThat(mvc.perform(post("/participation/logins/" + sem + "/issue").with(as(b.worker())).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/participation/logins/" + sem + "/revoke").with(as(b.worker())).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		var session = signIn(logins.issue(a.worker(), sem));
		assertThat(mvc.perform(get("/participation/logins").with(as(b.worker()))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("Sem");
		var roundOfB = rounds.open(b.worker(), new RoundDetails("Ander", null, VotingMethod.APPROVAL, null, null, null));
		var answer = session.post("/kind/ideeen", "/kind/ideeen/" + roundOfB.id(), Map.of("text", "Een idee"));
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(session.get("/kind/ideeen").body()).doesNotContain("Ander");
	}
}
