package nl.samenspel.participation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.HolidayRule;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Recurrence;
import nl.samenspel.activities.ScheduleDetails;
import nl.samenspel.activities.Schedules;
import nl.samenspel.activities.Session;
import nl.samenspel.kernel.Cookies;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The kiosk: opened by staff for a session of their own organisation, reached only with its cookie and reaching
 * nothing else, one vote per child per round, nothing saved once locked or expired, only present children, never
 * another child's name with what they entered, and no page kept by the browser.
 */
class KioskTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Schedules schedules;

	@Autowired
	Programme sessions;

	@Autowired
	Attendance attendance;

	@Autowired
	Rounds rounds;

	@Autowired
	Ideas ideas;

	@Autowired
	Questions questions;

	@Autowired
	Kiosks kiosks;

	record Setup(ActivityFixtures.World world, Activity activity, Session session, Round round, Idea idea, UUID sem,
			UUID noor, UUID absent) {
	}

	/** A session today from 00:00 to 23:59 (so a kiosk can be opened whenever the test runs), Sem and Noor present. */
	Setup setup() {
		var world = programme.world();
		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var today = ActivityFixtures.today();
		schedules.addSchedule(world.coordinator(), activity.id(), new ScheduleDetails(Recurrence.ONCE, today, null,
				LocalTime.of(0, 0), LocalTime.of(23, 59), HolidayRule.INCLUDE));
		var session = sessions.sessions(world.organisationId(), activity.id(), today, today).get(0);
		var sem = programme.child(world, "Semmeltje", 9, true);
		var noor = programme.child(world, "Noortje", 10, true);
		var absent = programme.child(world, "Lotteke", 8, true);
		attendance.mark(world.worker(), session.id(), new AttendanceMark(sem, true, null, null));
		attendance.mark(world.worker(), session.id(), new AttendanceMark(noor, true, null, null));
		attendance.mark(world.worker(), session.id(), new AttendanceMark(absent, false, null, null));
		var round = rounds.open(world.worker(), new RoundDetails("Zomervakantieweek", null, VotingMethod.APPROVAL, null,
				null, null));
		var idea = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Zwemmen in het meer", null));
		return new Setup(world, activity, session, round, idea, sem, noor, absent);
	}

	/** Opens a kiosk as the worker and returns the kiosk cookie the browser got. */
	Cookie open(Setup s) throws Exception {
		var response = mvc.perform(post("/participation/kiosks").param("sessionId", s.session().id().toString())
			.with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/kiosk");
		var cookie = response.getCookie(Cookies.KIOSK);
		assertThat(cookie).isNotNull();
		return new Cookie(Cookies.KIOSK, cookie.getValue());
	}

	MockHttpServletResponse kiosk(AbstractMockHttpServletRequestBuilder<?> request, Cookie cookie) throws Exception {
		return mvc.perform(request.cookie(cookie).with(csrf())).andReturn().getResponse();
	}

	int count(String table, String column, UUID id) {
		return jdbc.sql("select count(*) from " + table + " where " + column + " = :id").param("id", id)
			.query(Integer.class).single();
	}

	int ballots(Setup s) {
		return count("participation_ballot", "round_id", s.round().id());
	}

	int ideasOf(Setup s) {
		return count("participation_idea", "round_id", s.round().id());
	}

	int feedbackOf(Setup s) {
		return count("participation_feedback", "session_id", s.session().id());
	}

	int picturesOf(Setup s) {
		return count("participation_idea_picture", "organisation_id", s.world().organisationId());
	}

	static MockMultipartFile photo(byte[] content) {
		return new MockMultipartFile("picture", "foto.jpg", "image/jpeg", content);
	}

	MockMultipartHttpServletRequestBuilder ideaWithPicture(Setup s, UUID child, String text, MockMultipartFile file) {
		return multipart("/kiosk/child/" + child + "/idea").file(file).param("roundId", s.round().id().toString())
			.param("text", text);
	}

	@Test
	void anIdeaWithAPhotoIsStoredWithThePhotoDrawnAgainWithoutExifAndOnlyItsChildSeesItUntilApproved() throws Exception {
		var s = setup();
		var cookie = open(s);
		var original = IdeaPictureTests.jpegWithExif();
		var sent = kiosk(ideaWithPicture(s, s.sem(), "Een boomhut met een glijbaan", photo(original)), cookie);
		assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);
		assertThat(sent.getRedirectedUrl()).isEqualTo("/kiosk/thanks?done=idea");
		var idea = jdbc.sql("select id from participation_idea where round_id = :r and child_id = :c")
			.param("r", s.round().id()).param("c", s.sem()).query(UUID.class).single();
		var stored = jdbc.sql("select content from participation_idea_picture where idea_id = :i").param("i", idea)
			.query(byte[].class).single();
		assertThat(IdeaPictureTests.segments(stored)).as("no APP1, no comment").doesNotContain(0xe1, 0xfe);
		assertThat(IdeaPictureTests.latin(stored)).doesNotContain("Exif").doesNotContain(IdeaPictureTests.MARKER);
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(64);

		var route = "/ideas/" + idea + "/picture";
		assertThat(kiosk(get("/kiosk/child/" + s.sem() + "/ideas"), cookie).getContentAsString())
			.contains("src=\"/kiosk/child/" + s.sem() + route + "\"");
		var shown = kiosk(get("/kiosk/child/" + s.sem() + route), cookie);
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getContentType()).isEqualTo("image/jpeg");
		assertThat(shown.getHeader("Cache-Control")).contains("no-store");
		assertThat(shown.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(shown.getContentAsByteArray()).isEqualTo(stored);

		assertThat(kiosk(get("/kiosk/child/" + s.noor() + route), cookie).getStatus())
			.as("another child, the idea not yet approved").isEqualTo(404);
		assertThat(kiosk(get("/kiosk/child/" + s.noor() + "/vote"), cookie).getContentAsString()).doesNotContain(route);
		var other = setup();
		var otherCookie = open(other);
		assertThat(kiosk(get("/kiosk/child/" + other.sem() + route), otherCookie).getStatus())
			.as("another organisation's kiosk").isEqualTo(404);
		assertThat(kiosk(get("/kiosk/child/" + other.sem() + route), cookie).getStatus())
			.as("another organisation's child").isEqualTo(404);

		ideas.approve(s.world().worker(), idea);
		assertThat(kiosk(get("/kiosk/child/" + s.noor() + route), cookie).getStatus()).isEqualTo(200);
		assertThat(kiosk(get("/kiosk/child/" + s.noor() + "/vote"), cookie).getContentAsString())
			.contains("src=\"/kiosk/child/" + s.noor() + route + "\"");
		assertThat(kiosk(get("/kiosk/child/" + other.sem() + route), otherCookie).getStatus())
			.as("approved, but still another organisation's").isEqualTo(404);
	}

	@Test
	void aPictureThatIsRefusedKeepsTheIdeaFromBeingSavedAndTheChildKeepsTheirText() throws Exception {
		var s = setup();
		var cookie = open(s);
		var notAnImage = new MockMultipartFile("picture", "tekening.png", "image/png",
				"<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
		var empty = new MockMultipartFile("picture", "leeg.jpg", "image/jpeg", new byte[0]);
		for (var file : List.of(notAnImage, empty)) {
			var refused = kiosk(ideaWithPicture(s, s.sem(), "Mijn idee blijft staan", file), cookie);
			assertThat(refused.getStatus()).isEqualTo(200);
			assertThat(refused.getContentAsString()).contains("Dit is geen foto of tekening.")
				.contains("id=\"picture-error\"").contains(">Mijn idee blijft staan</textarea>");
		}
		var overFive = new byte[IdeaPictures.MAX_BYTES + 1];
		System.arraycopy(IdeaPictureTests.jpegWithExif(), 0, overFive, 0, 100);
		var big = kiosk(ideaWithPicture(s, s.sem(), "Mijn idee blijft staan", photo(overFive)), cookie);
		assertThat(big.getStatus()).isEqualTo(200);
		assertThat(big.getContentAsString()).contains("Deze foto is te groot.").doesNotContain("Dit is geen foto")
			.contains(">Mijn idee blijft staan</textarea>");
		assertThat(ideasOf(s)).as("only the worker's idea").isEqualTo(1);
		assertThat(picturesOf(s)).isZero();

		// too large to read at all: sent back to the form before anything reads it, with the child's message
		var tooLarge = kiosk(ideaWithPicture(s, s.sem(), "Een reuzenrad", photo(IdeaPictureTests.jpegWithExif()))
			.with(request -> {
				request.setContent(new byte[6 * 1024 * 1024 + 1]);
				return request;
			}), cookie);
		assertThat(tooLarge.getStatus()).isEqualTo(303);
		assertThat(tooLarge.getHeader("Location")).isEqualTo("/kiosk/child/" + s.sem() + "/idea?picture=tooLarge");
		assertThat(kiosk(get(tooLarge.getHeader("Location")), cookie).getContentAsString())
			.contains("Deze foto is te groot.").contains("id=\"picture-error\"");
		assertThat(ideasOf(s)).isEqualTo(1);
		assertThat(picturesOf(s)).isZero();

		var withoutPicture = kiosk(multipart("/kiosk/child/" + s.sem() + "/idea")
			.param("roundId", s.round().id().toString()).param("text", "Gewoon een idee"), cookie);
		assertThat(withoutPicture.getRedirectedUrl()).isEqualTo("/kiosk/thanks?done=idea");
		assertThat(ideasOf(s)).isEqualTo(2);
		assertThat(picturesOf(s)).isZero();
		assertThat(kiosk(get("/kiosk/child/" + s.sem() + "/idea"), cookie).getContentAsString())
			.contains("enctype=\"multipart/form-data\"").contains("type=\"file\"")
			.contains("accept=\"image/png,image/jpeg,image/gif\"").doesNotContain("capture");
	}

	int questionsOf(Setup s) {
		return count("participation_question", "organisation_id", s.world().organisationId());
	}

	@Test
	void openingTakesAKeeperAndASessionOfTheirOwnOrganisationAndEndsTheirSessionThere() throws Exception {
		var s = setup();
		var other = setup();
		// a worker signed in on the tablet's browser (a real session, by the login form)
		var worker = fixtures.userWithoutSecondFactor(s.world().organisationId(), "tabletwerker", Role.WORKER);
		var login = mvc.perform(post("/login").param("username", worker.getUsername())
			.param("password", OrganisationFixtures.PASSWORD).with(csrf())).andReturn().getResponse();
		var signedIn = login.getCookie(Cookies.SESSION);
		assertThat(signedIn).isNotNull();
		assertThat(mvc.perform(get("/participation/kiosks").cookie(signedIn)).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		var response = mvc.perform(post("/participation/kiosks").param("sessionId", s.session().id().toString())
			.cookie(signedIn).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(302);
		var after = mvc.perform(get("/participation/kiosks").cookie(signedIn)).andReturn().getResponse();
		assertThat(after.getStatus()).as("the worker's session on this browser ended").isEqualTo(302);
		assertThat(after.getRedirectedUrl()).endsWith("/login");
		assertThat(response.getCookie(Cookies.SESSION).getMaxAge()).isZero();
		var cookie = response.getCookie(Cookies.KIOSK);
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
		assertThat(cookie.getPath()).isEqualTo("/kiosk");
		assertThat(cookie.getValue()).hasSizeGreaterThanOrEqualTo(43);
		assertThat(jdbc.sql("select token_hash from participation_kiosk where session_id = :s").param("s", s.session().id())
			.query(String.class).single()).isEqualTo(Kiosks.hash(cookie.getValue())).isNotEqualTo(cookie.getValue());
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'participation_kiosk' and action = 'CREATED' and user_id = :u")
			.param("u", worker.id()).query(Integer.class).single()).isEqualTo(1);

		var volunteer = mvc.perform(post("/participation/kiosks").param("sessionId", s.session().id().toString())
			.with(as(s.world().volunteer())).with(csrf())).andReturn().getResponse();
		assertThat(volunteer.getStatus()).isEqualTo(403);
		var foreign = mvc.perform(post("/participation/kiosks").param("sessionId", other.session().id().toString())
			.with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(foreign.getStatus()).isEqualTo(404);
		assertThat(foreign.getCookie(Cookies.KIOSK)).isNull();
		assertThat(count("participation_kiosk", "session_id", other.session().id())).isZero();

		var later = programme.session(s.world(), s.activity(), ActivityFixtures.today().plusDays(2));
		var future = mvc.perform(post("/participation/kiosks").param("sessionId", later.id().toString())
			.with(as(s.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(future.getStatus()).isEqualTo(200);
		assertThat(future.getContentAsString()).contains("vandaag");
		assertThat(future.getCookie(Cookies.KIOSK)).isNull();
		assertThat(count("participation_kiosk", "session_id", later.id())).isZero();
	}

	@Test
	void theKioskCookieReachesNoStaffPageAndNoApi() throws Exception {
		var s = setup();
		var cookie = open(s);
		for (var path : List.of("/participation/rounds", "/participation/kiosks", "/participation/questions", "/children",
				"/participation/rounds/" + s.round().id())) {
			var page = kiosk(get(path), cookie);
			assertThat(page.getStatus()).as(path).isEqualTo(302);
			assertThat(page.getRedirectedUrl()).as(path).endsWith("/login");
		}
		var api = kiosk(get("/api/v1/ideas/rounds"), cookie);
		assertThat(api.getStatus()).isEqualTo(401);
		var ballot = kiosk(post("/participation/rounds/" + s.round().id() + "/ballots").param("childId", s.sem().toString())
			.param("ideaIds", s.idea().id().toString()), cookie);
		assertThat(ballot.getStatus()).isEqualTo(302);
		assertThat(ballot.getRedirectedUrl()).endsWith("/login");
		assertThat(ballots(s)).isZero();
		// and the kiosk's own pages do work with it
		assertThat(kiosk(get("/kiosk"), cookie).getContentAsString()).contains("Semmeltje").contains("Noortje");
	}

	@Test
	void aChildVotesOnceInARoundOnTheKiosk() throws Exception {
		var s = setup();
		var cookie = open(s);
		var first = kiosk(post("/kiosk/child/" + s.sem() + "/vote").param("roundId", s.round().id().toString())
			.param("ideaIds", s.idea().id().toString()), cookie);
		assertThat(first.getStatus()).isEqualTo(302);
		assertThat(first.getRedirectedUrl()).isEqualTo("/kiosk/thanks?done=vote");
		var second = kiosk(post("/kiosk/child/" + s.sem() + "/vote").param("roundId", s.round().id().toString())
			.param("ideaIds", s.idea().id().toString()), cookie);
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString()).contains("Je hebt al gestemd");
		assertThat(kiosk(get("/kiosk/child/" + s.sem() + "/vote"), cookie).getContentAsString())
			.contains("Je hebt hier al gestemd").doesNotContain("name=\"ideaIds\"");
		assertThat(ballots(s)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'participation_ballot' and username = :u")
			.param("u", "kiosk:" + kioskId(s)).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aChildSpreadsTheirDotsInADotsRoundWithTheFieldsTheVotePageNames() throws Exception {
		var s = setup();
		var round = rounds.open(s.world().worker(), new RoundDetails("Herfstweek", null, VotingMethod.DOTS, 3, null, null));
		var swim = ideas.propose(s.world().worker(), new IdeaProposal(round.id(), "Naar het zwembad", null));
		var film = ideas.propose(s.world().worker(), new IdeaProposal(round.id(), "Een film kijken", null));
		var cookie = open(s);
		var page = kiosk(get("/kiosk/child/" + s.sem() + "/vote").param("roundId", round.id().toString()), cookie)
			.getContentAsString();
		assertThat(page).contains("name=\"dots." + swim.id() + "\"").contains("name=\"dots." + film.id() + "\"");

		var nonsense = kiosk(post("/kiosk/child/" + s.sem() + "/vote").param("roundId", round.id().toString())
			.param("dots." + swim.id(), "drie"), cookie);
		assertThat(nonsense.getStatus()).isEqualTo(200);
		assertThat(count("participation_ballot", "round_id", round.id())).isZero();

		var cast = kiosk(post("/kiosk/child/" + s.sem() + "/vote").param("roundId", round.id().toString())
			.param("dots." + swim.id(), "2").param("dots." + film.id(), "1"), cookie);
		assertThat(cast.getRedirectedUrl()).isEqualTo("/kiosk/thanks?done=vote");
		assertThat(jdbc.sql("""
				select v.idea_id, v.dots from participation_vote v join participation_ballot b on b.id = v.ballot_id
				where b.round_id = :round and b.child_id = :child""").param("round", round.id()).param("child", s.sem())
			.query((rs, n) -> rs.getObject(1, UUID.class) + "=" + rs.getInt(2)).list())
			.containsExactlyInAnyOrder(swim.id() + "=2", film.id() + "=1");
	}

	UUID kioskId(Setup s) {
		return jdbc.sql("select id from participation_kiosk where session_id = :s order by opened_at desc limit 1")
			.param("s", s.session().id()).query(UUID.class).single();
	}

	void acceptsNothing(Setup s, Cookie cookie) throws Exception {
		var page = kiosk(get("/kiosk"), cookie);
		assertThat(page.getContentAsString()).contains("Deze tablet is op slot").doesNotContain("Semmeltje");
		assertThat(kiosk(get("/kiosk/child/" + s.sem()), cookie).getContentAsString()).contains("op slot")
			.doesNotContain("Semmeltje");
		var posts = List.of(
				post("/kiosk/child/" + s.sem() + "/vote").param("roundId", s.round().id().toString())
					.param("ideaIds", s.idea().id().toString()),
				post("/kiosk/child/" + s.sem() + "/idea").param("roundId", s.round().id().toString()).param("text", "Disco"),
				post("/kiosk/child/" + s.sem() + "/feedback").param("score", "5"),
				post("/kiosk/child/" + s.sem() + "/question").param("text", "Mag ik iets vragen?"),
				post("/kiosk/child/" + s.sem() + "/avatar").param("avatar", "FOX"),
				multipart("/kiosk/child/" + s.sem() + "/idea").file(photo(IdeaPictureTests.jpegWithExif()))
					.param("roundId", s.round().id().toString()).param("text", "Disco met foto"));
		for (var request : posts) {
			var response = kiosk(request, cookie);
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).isEqualTo("/kiosk");
		}
		assertThat(ballots(s)).isZero();
		assertThat(ideasOf(s)).isEqualTo(1);
		assertThat(feedbackOf(s)).isZero();
		assertThat(questionsOf(s)).isZero();
		assertThat(count("participation_avatar", "child_id", s.sem())).isZero();
		assertThat(picturesOf(s)).isZero();
		assertThat(kiosk(get("/kiosk/child/" + s.sem() + "/ideas/" + s.idea().id() + "/picture"), cookie).getStatus())
			.isEqualTo(404);
	}

	@Test
	void aKioskLockedOnTheTabletAcceptsNothingAndLeavesNothing() throws Exception {
		var s = setup();
		var cookie = open(s);
		var lock = kiosk(post("/kiosk/lock"), cookie);
		assertThat(lock.getStatus()).isEqualTo(302);
		assertThat(lock.getRedirectedUrl()).isEqualTo("/kiosk");
		assertThat(lock.getHeader("Clear-Site-Data")).contains("\"cache\"").contains("\"cookies\"");
		assertThat(lock.getCookie(Cookies.KIOSK).getMaxAge()).isZero();
		assertThat(lock.getCookie(Cookies.KIOSK).getValue()).isEmpty();
		acceptsNothing(s, cookie);
		// locking again, or without any kiosk, is always fine
		assertThat(kiosk(post("/kiosk/lock"), cookie).getStatus()).isEqualTo(302);
	}

	@Test
	void aKioskTheWorkerLockedAcceptsNothing() throws Exception {
		var s = setup();
		var cookie = open(s);
		var id = kioskId(s);
		var other = setup();
		var foreign = mvc.perform(post("/participation/kiosks/" + id + "/lock").with(as(other.world().worker())).with(csrf()))
			.andReturn().getResponse();
		assertThat(foreign.getStatus()).isEqualTo(404);
		assertThat(kiosk(get("/kiosk"), cookie).getContentAsString()).contains("Semmeltje");
		var listed = mvc.perform(get("/participation/kiosks").with(as(s.world().worker()))).andReturn().getResponse();
		assertThat(listed.getContentAsString()).contains("/participation/kiosks/" + id + "/lock");

		mvc.perform(post("/participation/kiosks/" + id + "/lock").with(as(s.world().worker())).with(csrf()));

		acceptsNothing(s, cookie);
		assertThat(jdbc.sql("select locked_by from participation_kiosk where id = :id").param("id", id).query(UUID.class)
			.single()).isEqualTo(s.world().worker().id());
	}

	@Test
	void anAvatarChosenWhileTheWorkerLockedTheKioskIsNotSaved() throws Exception {
		var s = setup();
		var cookie = open(s);
		// the tap found the kiosk open; the worker locks it on their phone before the avatar is stored
		var kiosk = kiosks.byToken(cookie.getValue()).orElseThrow();
		mvc.perform(post("/participation/kiosks/" + kiosk.id() + "/lock").with(as(s.world().worker())).with(csrf()));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> kiosks.chooseAvatar(kiosk, s.sem(), "FOX"))
			.isInstanceOf(KioskClosed.class);
		assertThat(count("participation_avatar", "child_id", s.sem())).isZero();
	}

	@Test
	void aKioskPastItsSessionsEndAcceptsNothing() throws Exception {
		var s = setup();
		var cookie = open(s);
		jdbc.sql("update participation_kiosk set closes_at = :past where id = :id")
			.param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))).param("id", kioskId(s)).update();
		acceptsNothing(s, cookie);
		var forged = new Cookie(Cookies.KIOSK, "a".repeat(43));
		acceptsNothing(s, forged);
	}

	@Test
	void onlyChildrenPresentAtTheSessionCanBeChosen() throws Exception {
		var s = setup();
		var other = setup();
		var cookie = open(s);
		var names = kiosk(get("/kiosk"), cookie).getContentAsString();
		assertThat(names).contains("Semmeltje").contains("Noortje").doesNotContain("Lotteke");
		for (var child : List.of(s.absent(), other.sem(), UUID.randomUUID())) {
			assertThat(kiosk(get("/kiosk/child/" + child), cookie).getStatus()).isEqualTo(404);
			var vote = kiosk(post("/kiosk/child/" + child + "/vote").param("roundId", s.round().id().toString())
				.param("ideaIds", s.idea().id().toString()), cookie);
			assertThat(vote.getStatus()).isEqualTo(404);
			assertThat(kiosk(post("/kiosk/child/" + child + "/question").param("text", "Hallo?"), cookie).getStatus())
				.isEqualTo(404);
		}
		assertThat(ballots(s)).isZero();
		assertThat(questionsOf(s)).isZero();
	}

	@Test
	void aChildPicksAnAvatarOnceAndThenSeesTheMenu() throws Exception {
		var s = setup();
		var cookie = open(s);
		assertThat(kiosk(get("/kiosk/child/" + s.sem()), cookie).getContentAsString()).contains("Kies je dier")
			.contains("name=\"avatar\"");
		var wrong = kiosk(post("/kiosk/child/" + s.sem() + "/avatar").param("avatar", "DRAAK"), cookie);
		assertThat(wrong.getStatus()).isEqualTo(200);
		assertThat(wrong.getContentAsString()).contains("Kies een dier.");
		assertThat(count("participation_avatar", "child_id", s.sem())).isZero();

		kiosk(post("/kiosk/child/" + s.sem() + "/avatar").param("avatar", "FOX"), cookie);
		kiosk(post("/kiosk/child/" + s.sem() + "/avatar").param("avatar", "CAT"), cookie);
		assertThat(jdbc.sql("select avatar from participation_avatar where child_id = :c").param("c", s.sem())
			.query(String.class).single()).isEqualTo("FOX");
		var menu = kiosk(get("/kiosk/child/" + s.sem()), cookie).getContentAsString();
		assertThat(menu).contains("Ik heb een idee").contains("Stemmen").contains("Hoe was het vandaag?")
			.contains("Ik heb een vraag").contains("Wat is er met mijn ideeën gebeurd?").contains("\uD83E\uDD8A");
	}

	@Test
	void whatAChildEntersIsNeverShownWithAnotherChildsName() throws Exception {
		var s = setup();
		var cookie = open(s);
		var idea = kiosk(post("/kiosk/child/" + s.sem() + "/idea").param("roundId", s.round().id().toString())
			.param("text", "Een geheime disco"), cookie);
		assertThat(idea.getRedirectedUrl()).isEqualTo("/kiosk/thanks?done=idea");
		var asked = kiosk(post("/kiosk/child/" + s.sem() + "/question").param("text", "Waarom is de zaal dicht?"), cookie);
		assertThat(asked.getRedirectedUrl()).isEqualTo("/kiosk/thanks?done=question");
		kiosk(post("/kiosk/child/" + s.sem() + "/feedback").param("score", "4").param("fun", "Het verstoppertje"), cookie);
		var asking = jdbc.sql("select id from participation_question where organisation_id = :o")
			.param("o", s.world().organisationId()).query(UUID.class).single();
		questions.answer(s.world().worker(), asking, new QuestionAnswer("Omdat er gepoetst wordt."));

		var thanks = kiosk(get("/kiosk/thanks?done=idea"), cookie).getContentAsString();
		assertThat(thanks).contains("Dank je wel").doesNotContain("Semmeltje").doesNotContain("Noortje");
		var seen = new StringBuilder();
		for (var path : List.of("/kiosk", "/kiosk/child/" + s.noor() + "/ideas", "/kiosk/child/" + s.noor() + "/question",
				"/kiosk/child/" + s.noor() + "/vote", "/kiosk/child/" + s.noor() + "/feedback",
				"/kiosk/child/" + s.noor() + "/idea")) {
			seen.append(kiosk(get(path), cookie).getContentAsString());
		}
		assertThat(seen.toString()).doesNotContain("Een geheime disco").doesNotContain("Waarom is de zaal dicht")
			.doesNotContain("Het verstoppertje").doesNotContain("gepoetst");
		// the child's own question page does not show the answer either: anyone can tap any name
		var own = kiosk(get("/kiosk/child/" + s.sem() + "/question"), cookie).getContentAsString();
		assertThat(own).doesNotContain("gepoetst").doesNotContain("Waarom is de zaal dicht").contains("begeleider");
		// 'you said, we did' shows the child's own idea
		assertThat(kiosk(get("/kiosk/child/" + s.sem() + "/ideas"), cookie).getContentAsString())
			.contains("Een geheime disco").contains("Een begeleider kijkt nog naar je idee");
		// anonymous by default: no child towards staff
		assertThat(jdbc.sql("select count(*) from participation_question where id = :id and child_id is null")
			.param("id", asking).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from participation_feedback where session_id = :s and child_id is null")
			.param("s", s.session().id()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void noKioskPageIsKeptByTheBrowser() throws Exception {
		var s = setup();
		var cookie = open(s);
		var base = "/kiosk/child/" + s.sem();
		kiosk(post(base + "/avatar").param("avatar", "OWL"), cookie);
		for (var path : List.of("/kiosk", "/kiosk/thanks?done=vote", base, base + "/idea", base + "/vote", base + "/feedback",
				base + "/question", base + "/ideas")) {
			var response = kiosk(get(path), cookie);
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
		}
		var posted = kiosk(post(base + "/idea").param("roundId", s.round().id().toString()).param("text", ""), cookie);
		assertThat(posted.getHeader("Cache-Control")).contains("no-store");
		var locked = kiosk(get("/kiosk"), new Cookie(Cookies.KIOSK, "verlopen"));
		assertThat(locked.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void badInputGivesAChildsMessageAndSavesNothing() throws Exception {
		var s = setup();
		var cookie = open(s);
		var base = "/kiosk/child/" + s.sem();
		var empty = kiosk(post(base + "/idea").param("roundId", s.round().id().toString()).param("text", "  "), cookie);
		assertThat(empty.getStatus()).isEqualTo(200);
		assertThat(empty.getContentAsString()).contains("Schrijf je idee op.").contains("role=\"alert\"");
		var endless = kiosk(post(base + "/idea").param("roundId", s.round().id().toString()).param("text", "x".repeat(501)), cookie);
		assertThat(endless.getContentAsString()).contains("Dat is te lang");
		var noRound = kiosk(post(base + "/idea").param("roundId", "onzin").param("text", "Disco"), cookie);
		assertThat(noRound.getContentAsString()).contains("Kies een ronde.");
		var noChoice = kiosk(post(base + "/vote").param("roundId", s.round().id().toString()), cookie);
		assertThat(noChoice.getContentAsString()).contains("Kies minstens één idee.");
		var strange = kiosk(post(base + "/vote").param("roundId", s.round().id().toString()).param("ideaIds", "onzin"), cookie);
		assertThat(strange.getContentAsString()).contains("Kies alleen ideeën uit de lijst.");
		var smiley = kiosk(post(base + "/feedback").param("score", "zes"), cookie);
		assertThat(smiley.getContentAsString()).contains("Kies een smiley.");
		var question = kiosk(post(base + "/question").param("text", ""), cookie);
		assertThat(question.getContentAsString()).contains("Schrijf je vraag op.");
		rounds.close(s.world().worker(), s.round().id());
		var closed = kiosk(post(base + "/vote").param("roundId", s.round().id().toString())
			.param("ideaIds", s.idea().id().toString()), cookie);
		assertThat(closed.getContentAsString()).contains("Deze stemronde is al klaar.");

		assertThat(ideasOf(s)).isEqualTo(1);
		assertThat(ballots(s)).isZero();
		assertThat(feedbackOf(s)).isZero();
		assertThat(questionsOf(s)).isZero();
	}

	@Test
	void nothingTypedOnTheKioskGivesAServerErrorOrAnAnswerTheBrowserKeeps() throws Exception {
		var s = setup();
		var cookie = open(s);
		var base = "/kiosk/child/" + s.sem();
		kiosk(post(base + "/avatar").param("avatar", "OWL"), cookie);
		var dots = rounds.open(s.world().worker(), new RoundDetails("Stippen", null, VotingMethod.DOTS, 3, null, null));
		var idea = ideas.propose(s.world().worker(), new IdeaProposal(dots.id(), "Bakken", null));
		var round = s.round().id().toString();
		List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(get("/kiosk/child/geen-id"),
				get("/kiosk/child/" + s.absent()), get("/kiosk/child/" + UUID.randomUUID() + "/vote"),
				get(base + "/vote").param("roundId", "geen-id"), get(base + "/ideas/geen-id/picture"),
				get(base + "/ideas/" + UUID.randomUUID() + "/picture"), get("/kiosk/thanks").param("done", "<script>"),
				get(base + "/idea").param("picture", "tooLarge"),
				post(base + "/vote").param("roundId", dots.id().toString()).param("dots." + idea.id(), "99999999999999999999"),
				post(base + "/vote").param("roundId", dots.id().toString()).param("dots." + idea.id(), "2147483647"),
				post(base + "/vote").param("roundId", dots.id().toString()).param("dots.geen-id", "1"),
				post(base + "/vote").param("roundId", round).param("ideaIds", idea.id().toString()), post(base + "/vote"),
				post(base + "/feedback").param("score", "99999999999999999999"),
				post(base + "/feedback").param("score", "-2147483648"), post(base + "/feedback"),
				post(base + "/question").param("text", "x".repeat(100_000)), post(base + "/question"), post(base + "/avatar"),
				post(base + "/idea").param("roundId", round).param("text", "\u0000"), post(base + "/idea"),
				post("/kiosk/child/" + s.absent() + "/vote").param("roundId", round).param("ideaIds", s.idea().id().toString()),
				post("/kiosk/child/geen-id/question").param("text", "Hoi"),
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(base + "/vote"),
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/kiosk"));
		for (var request : requests) {
			var response = kiosk(request, cookie);
			var what = request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
			assertThat(response.getStatus()).as(what).isLessThan(500);
			assertThat(response.getHeader("Cache-Control")).as(what).contains("no-store");
		}
		assertThat(ballots(s) + count("participation_ballot", "round_id", dots.id())).isZero();
		assertThat(ideasOf(s)).isEqualTo(1);
		assertThat(feedbackOf(s)).isZero();
		assertThat(questionsOf(s)).isZero();
	}

	@Test
	void aQuestionThatReadsLikeDangerShowsTheHelpAtOnce() throws Exception {
		var s = setup();
		var cookie = open(s);
		var danger = dangerousText();
		var asked = kiosk(post("/kiosk/child/" + s.sem() + "/question").param("text", danger), cookie);
		assertThat(asked.getRedirectedUrl()).isEqualTo("/kiosk/thanks?done=help");
		assertThat(kiosk(get(asked.getRedirectedUrl()), cookie).getContentAsString()).contains("0800-0432")
			.contains("112").contains("0800-2000");
		assertThat(jdbc.sql("select urgent from participation_question where organisation_id = :o")
			.param("o", s.world().organisationId()).query(Boolean.class).single()).isTrue();
	}

	@Test
	void anUrgentQuestionOnTheKioskNamesTheSessionAndWhoOpenedItAnOrdinaryOneDoesNot() throws Exception {
		var s = setup();
		var cookie = open(s);
		kiosk(post("/kiosk/child/" + s.sem() + "/question").param("text", dangerousText()), cookie);
		kiosk(post("/kiosk/child/" + s.noor() + "/question").param("text", "Waarom is de zaal dicht?"), cookie);
		var urgent = jdbc.sql("select id from participation_question where organisation_id = :o and urgent")
			.param("o", s.world().organisationId()).query(UUID.class).single();
		var ordinary = jdbc.sql("select id from participation_question where organisation_id = :o and not urgent")
			.param("o", s.world().organisationId()).query(UUID.class).single();

		var origin = questions.question(s.world().worker(), urgent).kiosk();
		assertThat(origin).isNotNull();
		assertThat(origin.activity()).isEqualTo(s.session().title());
		assertThat(origin.date()).isEqualTo(s.session().date());
		assertThat(origin.openedBy()).isEqualTo(s.world().worker().displayName());
		assertThat(questions.question(s.world().worker(), urgent).childName()).as("asked anonymously").isNull();
		var page = mvc.perform(get("/participation/questions/" + urgent).with(as(s.world().worker())))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-testid=\"asked-on-kiosk\"").contains(s.session().title())
			.contains(s.world().worker().displayName());

		assertThat(questions.question(s.world().worker(), ordinary).kiosk()).as("an ordinary question").isNull();
		assertThat(mvc.perform(get("/participation/questions/" + ordinary).with(as(s.world().worker())))
			.andReturn().getResponse().getContentAsString()).doesNotContain("asked-on-kiosk");
	}

	@Test
	void withSecureCookiesTheKioskCookieIsHostPrefixedSecureStrictAndReadOnlyUnderThatName() {
		var secure = new Cookies(true);
		var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/participation/kiosks");
		var cookie = secure.strict(request, Cookies.KIOSK, "/kiosk", "het-token", 600);
		assertThat(cookie.getName()).isEqualTo("__Host-SAMENSPEL_KIOSK");
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getSecure()).isTrue();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
		assertThat(cookie.getDomain()).isNull();
		var back = new org.springframework.mock.web.MockHttpServletRequest("GET", "/kiosk");
		back.setCookies(new Cookie("SAMENSPEL_KIOSK", "het-token"));
		assertThat(secure.value(back, Cookies.KIOSK)).as("the plain name is not read").isNull();
		back.setCookies(new Cookie("__Host-SAMENSPEL_KIOSK", "het-token"));
		assertThat(secure.value(back, Cookies.KIOSK)).isEqualTo("het-token");
	}

	@Autowired
	DangerWords dangerWords;

	private String dangerousText() {
		for (var candidate : List.of("Mijn vader slaat me", "Ik word thuis geslagen", "Ik wil dood")) {
			if (dangerWords.matches(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("no sentence of the danger list found");
	}
}
