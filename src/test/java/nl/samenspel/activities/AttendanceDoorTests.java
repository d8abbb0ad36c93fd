package nl.samenspel.activities;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.samenspel.IntegrationTest;
import nl.samenspel.children.ChildCollectors;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildPrivacy;
import nl.samenspel.children.CollectorDetails;
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
 * The door (issue 18): everyone present at once through the same path as single marks, a list that keeps its order
 * whatever is tapped, the photo flag from the children module's consents, and the check-out that shows who may collect
 * the child and records who did.
 */
@RecordApplicationEvents
class AttendanceDoorTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Attendance attendance;

	@Autowired
	CheckOuts checkOuts;

	@Autowired
	ChildCollectors collectors;

	@Autowired
	ChildManagement children;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ChildPrivacy privacy;

	@Autowired
	org.springframework.context.MessageSource messages;

	private ActivityFixtures.World world;

	private Activity activity;

	private Session today;

	private UUID anna;

	private UUID bram;

	private UUID cas;

	private void setUp() {
		world = programme.world();
		activity = programme.activity(world, Mode.SERIES, 10, 4, 12);
		today = programme.session(world, activity, ActivityFixtures.today());
		cas = programme.child(world, "Cas", 8, true);
		anna = programme.child(world, "Anna", 8, true);
		bram = programme.child(world, "Bram", 9, true);
		for (var child : List.of(cas, anna, bram)) {
			programme.enrol(world, activity, child, false);
		}
	}

	private List<String> names(UUID session) {
		return attendance.sheet(world.worker(), session).lines().stream().map(line -> line.child().firstName()).toList();
	}

	private int marks(UUID child) {
		return jdbc.sql("select count(*) from attendance where session_id = :s and child_id = :c").param("s", today.id())
			.param("c", child).query(Integer.class).single();
	}

	@Test
	void everyonePresentMarksOnlyTheEnrolledChildrenNobodyMarkedAndDoesNothingTheSecondTime() {
		setUp();
		var walkedIn = programme.child(world, "Dirk", 7, true);
		attendance.mark(world.worker(), today.id(), new AttendanceMark(bram, false, null, null));
		attendance.mark(world.worker(), today.id(), new AttendanceMark(walkedIn, true, null, null));

		var marked = attendance.markEveryonePresent(world.volunteer(), today.id());

		assertThat(marked.lines()).extracting(line -> line.child().firstName()).containsExactlyInAnyOrder("Anna", "Cas");
		var sheet = attendance.sheet(world.worker(), today.id());
		assertThat(sheet.present()).isEqualTo(3);
		assertThat(sheet.lines()).filteredOn(line -> line.child().id().equals(bram)).singleElement()
			.extracting(Attendance.Line::present).as("a child marked absent stays absent").isEqualTo(false);
		assertThat(events.stream(AttendanceRegistered.class).filter(it -> it.sessionId().equals(today.id())))
			.as("the same event as a single mark").last().extracting(AttendanceRegistered::present).isEqualTo(3);

		assertThat(attendance.markEveryonePresent(world.worker(), today.id()).lines()).isEmpty();
		assertThat(attendance.sheet(world.worker(), today.id()).present()).isEqualTo(3);
	}

	@Test
	void everyonePresentIsRefusedForAnotherOrganisationsSessionAndForASessionStillToCome() {
		setUp();
		var other = programme.world();
		assertThatThrownBy(() -> attendance.markEveryonePresent(other.coordinator(), today.id())).isInstanceOf(NotFound.class);
		var future = programme.session(world, activity, ActivityFixtures.today().plusDays(7));
		assertThatThrownBy(() -> attendance.markEveryonePresent(world.worker(), future.id()))
			.isInstanceOf(FieldRejected.class);
		assertThat(marks(anna) + marks(bram) + marks(cas)).isZero();
	}

	@Test
	void everyonePresentOnThePageSaysHowManyChildrenWereMarked() throws Exception {
		setUp();
		var response = mvc.perform(post("/sessions/" + today.id() + "/attendance/everyone-present").with(as(world.worker()))
			.with(csrf())).andReturn();
		assertThat(response.getResponse().getRedirectedUrl()).startsWith("/sessions/" + today.id());
		assertThat(response.getFlashMap().get("markedPresent")).isEqualTo(3);
		var nl = java.util.Locale.forLanguageTag("nl");
		assertThat(messages.getMessage("attendance.everyonePresent.done", new Object[] { 12 }, nl))
			.isEqualTo("12 kinderen aanwezig gemeld.");
		assertThat(messages.getMessage("attendance.everyonePresent.done", new Object[] { 1 }, nl))
			.isEqualTo("1 kind aanwezig gemeld.");
		assertThat(messages.getMessage("attendance.everyonePresent.done", new Object[] { 1 }, java.util.Locale.ENGLISH))
			.isEqualTo("1 child marked present.");
		var page = mvc.perform(get("/sessions/" + today.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).as("nobody left to mark").doesNotContain("Iedereen aanwezig</summary>");
	}

	@Test
	void theListKeepsItsOrderByNameWhateverIsTapped() {
		setUp();
		assertThat(names(today.id())).containsExactly("Anna", "Bram", "Cas");
		attendance.mark(world.worker(), today.id(), new AttendanceMark(bram, true, null, null));
		assertThat(names(today.id())).containsExactly("Anna", "Bram", "Cas");
		attendance.mark(world.worker(), today.id(), new AttendanceMark(anna, false, null, null));
		attendance.mark(world.worker(), today.id(), new AttendanceMark(cas, true, null, null));
		assertThat(names(today.id())).containsExactly("Anna", "Bram", "Cas");
	}

	@Test
	void childrenWithTheSameNameAreOrderedByLastNameThenAlwaysTheSameWay() {
		setUp();
		var second = programme.child(world, "Anna", 7, true);
		programme.enrol(world, activity, second, false);
		var before = attendance.sheet(world.worker(), today.id()).lines().stream().map(line -> line.child().id()).toList();
		attendance.mark(world.worker(), today.id(), new AttendanceMark(before.get(1), true, null, null));
		var after = attendance.sheet(world.worker(), today.id()).lines().stream().map(line -> line.child().id()).toList();
		assertThat(after).containsExactlyElementsOf(before);
		assertThat(before.subList(0, 2)).containsExactlyInAnyOrder(anna, second);
	}

	@Test
	void theListFlagsTheChildrenWithoutConsentToPhotos() throws Exception {
		setUp();
		var guardian = children.guardians(children.child(world.coordinator(), anna)).get(0);
		children.giveConsent(world.coordinator(), anna, new ConsentRequest(guardian.getId(), ConsentPurpose.PHOTOS_INTERNAL,
				ConsentMethod.PAPER));

		var lines = attendance.sheet(world.volunteer(), today.id()).lines();
		assertThat(lines).filteredOn(Attendance.Line::noPhotos).extracting(line -> line.child().firstName())
			.containsExactly("Bram", "Cas");
		var page = mvc.perform(get("/sessions/" + today.id()).with(as(world.volunteer()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page.split("Geen foto&#39;s|Geen foto's", -1)).hasSize(3);
	}

	@Test
	void theDoorShowsWhoMayCollectAndTheCheckOutRecordsWhoDid() throws Exception {
		setUp();
		var oma = collectors.add(world.coordinator(), anna, new CollectorDetails("Oma Vos", "oma", "06 11112222"));
		attendance.mark(world.worker(), today.id(), new AttendanceMark(anna, true, null, null));

		var door = mvc.perform(get("/sessions/" + today.id() + "/children/" + anna + "/check-out").with(as(world.volunteer())))
			.andReturn().getResponse();
		assertThat(door.getStatus()).isEqualTo(200);
		assertThat(door.getContentAsString()).contains("Oma Vos").contains("Ouder ").doesNotContain("alleen naar huis");
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'collectors' and object_id = :c")
			.param("c", anna.toString()).query(Integer.class).single()).as("the read is logged").isPositive();

		var saved = mvc.perform(post("/sessions/" + today.id() + "/children/" + anna + "/check-out")
			.param("choice", "ALLOWED:" + oma).with(as(world.volunteer())).with(csrf())).andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/sessions/" + today.id() + "#child-" + anna);
		var row = jdbc.sql("select collected_by_kind, collected_by_name, checked_out_at from attendance where session_id = :s and child_id = :c")
			.param("s", today.id()).param("c", anna).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + (rs.getTime(3) != null))
			.single();
		assertThat(row).isEqualTo("ALLOWED Oma Vos true");
		assertThat(attendance.sheet(world.worker(), today.id()).lines().get(0).collectedBy())
			.isEqualTo(new Collected(Collected.Kind.ALLOWED, "Oma Vos"));
		assertThat(attendance.sheet(world.volunteer(), today.id()).lines().get(0).collectedBy())
			.as("who collected goes to staff only").isNull();
	}

	@Test
	void goingHomeAloneOnlyWhenAllowedAndSomeoneElseOnlyWithAName() throws Exception {
		setUp();
		attendance.mark(world.worker(), today.id(), new AttendanceMark(bram, true, null, null));
		assertThatThrownBy(() -> checkOuts.checkOut(world.worker(), today.id(), bram,
				new CheckOuts.CheckOut(Collected.Kind.ALONE, null, null)))
			.isInstanceOfSatisfying(FieldRejected.class, it -> assertThat(it.messageKey()).isEqualTo("collection.error.alone"));
		var page = mvc.perform(post("/sessions/" + today.id() + "/children/" + bram + "/check-out").param("choice", "OTHER")
			.param("otherName", " ").with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Vul de naam in van wie het kind ophaalt.");
		var stranger = mvc.perform(post("/sessions/" + today.id() + "/children/" + bram + "/check-out")
			.param("choice", "ALLOWED:" + UUID.randomUUID()).with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(stranger.getContentAsString()).contains("Kies wie het kind ophaalt.");
		assertThat(jdbc.sql("select count(*) from attendance where session_id = :s and checked_out_at is not null")
			.param("s", today.id()).query(Integer.class).single()).as("nothing saved").isZero();

		collectors.goesHomeAlone(world.coordinator(), bram, true);
		assertThat(checkOuts.checkOut(world.worker(), today.id(), bram, new CheckOuts.CheckOut(Collected.Kind.ALONE, null,
				null))).isEqualTo(new Collected(Collected.Kind.ALONE, null));

		attendance.mark(world.worker(), today.id(), new AttendanceMark(cas, true, null, null));
		var other = mvc.perform(post("/sessions/" + today.id() + "/children/" + cas + "/check-out").param("choice", "OTHER")
			.param("otherName", "Buurman Piet").with(as(world.worker())).with(csrf())).andReturn();
		assertThat(other.getFlashMap().get("notice")).isEqualTo("collection.savedOther");
		var list = mvc.perform(get("/sessions/" + today.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("opgehaald door Buurman Piet").contains("niet op de lijst").contains("ging alleen naar huis");
	}

	@Test
	void theDoorIsOnlyForAChildPresentAtASessionOfTheOrganisationAndTheApiDoesTheSame() throws Exception {
		setUp();
		var other = programme.world();
		assertThatThrownBy(() -> checkOuts.door(world.worker(), today.id(), anna)).as("not present").isInstanceOf(NotFound.class);
		attendance.mark(world.worker(), today.id(), new AttendanceMark(anna, true, null, null));
		assertThatThrownBy(() -> checkOuts.door(other.coordinator(), today.id(), anna)).isInstanceOf(NotFound.class);

		var api = mvc.perform(post("/api/v1/sessions/" + today.id() + "/attendance/everyone-present").with(as(world.worker()))
			.with(csrf())).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(api.getContentAsString()).contains("Bram").contains("Cas").doesNotContain("Anna");
		var checkOut = mvc.perform(post("/api/v1/sessions/" + today.id() + "/attendance/" + bram + "/check-out")
			.contentType(MediaType.APPLICATION_JSON).content("{\"collectedBy\":\"OTHER\",\"otherName\":\"Tante Jo\"}")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(checkOut.getStatus()).isEqualTo(200);
		assertThat(checkOut.getContentAsString()).contains("Tante Jo");
		var refused = mvc.perform(post("/api/v1/sessions/" + today.id() + "/attendance/" + cas + "/check-out")
			.contentType(MediaType.APPLICATION_JSON).content("{\"collectedBy\":\"ALONE\"}")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
	}

	@Test
	void anErasedChildsAttendanceKeepsItsFactsButNotTheNameOfWhoCollectedTheChild() {
		setUp();
		attendance.mark(world.worker(), today.id(), new AttendanceMark(bram, true, null, null));
		attendance.mark(world.worker(), today.id(), new AttendanceMark(cas, true, null, null));
		checkOuts.checkOut(world.worker(), today.id(), bram, new CheckOuts.CheckOut(Collected.Kind.OTHER, null, "Tante Jo"));
		checkOuts.checkOut(world.worker(), today.id(), cas, new CheckOuts.CheckOut(Collected.Kind.OTHER, null, "Oom Kees"));

		privacy.erase(world.coordinator(), bram);
		delivered();

		assertThat(collected(bram)).isEqualTo("OTHER null true");
		assertThat(collected(cas)).as("another child's record stays").isEqualTo("OTHER Oom Kees true");
	}

	private String collected(UUID child) {
		return jdbc.sql("""
				select collected_by_kind, collected_by_name, present from attendance
				where session_id = :s and child_id = :c""").param("s", today.id()).param("c", child)
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3)).single();
	}
}
