package nl.samenspel.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The children's council: only COORDINATOR and WORKER of the organisation keep it; members are the organisation's
 * children with a history; meetings and decisions follow their rules, and bad input saves nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class CouncilTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Councils councils;

	@Autowired
	Rounds rounds;

	@Autowired
	Ideas ideas;

	record Setup(ActivityFixtures.World world, Council council, UUID noor, UUID sem, Idea idea) {
	}

	Setup setup() {
		var world = programme.world();
		var activity = programme.activity(world, Mode.SERIES, 10, 8, 12);
		var council = councils.create(world.worker(), new CouncilDetails("Kinderraad Noord", activity.id()));
		var noor = programme.child(world, "Noor", 10, true);
		var sem = programme.child(world, "Sem", 11, true);
		var round = rounds.open(world.worker(), new RoundDetails("Herfstweek", null, VotingMethod.APPROVAL, null, null, null));
		var idea = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Een nieuwe schommel", null));
		return new Setup(world, council, noor, sem, idea);
	}

	static LocalDate today() {
		return ActivityFixtures.today();
	}

	int count(String table, UUID councilId) {
		return jdbc.sql("select count(*) from " + table + " where council_id = :c").param("c", councilId)
			.query(Integer.class).single();
	}

	/** Everything the council holds, to show that a refused request changed nothing. */
	String snapshot(UUID councilId) {
		return jdbc.sql("""
				select (select count(*) from participation_council_member where council_id = :c) || '/'
				  || (select count(*) from participation_council_member where council_id = :c and member_until is not null) || '/'
				  || (select count(*) from participation_council_meeting where council_id = :c) || '/'
				  || (select count(*) from participation_council_presence p join participation_council_meeting m
				       on m.id = p.meeting_id where m.council_id = :c) || '/'
				  || (select count(*) from participation_council_decision where council_id = :c) || '/'
				  || (select coalesce(max(status), '-') from participation_council_decision where council_id = :c)""")
			.param("c", councilId).query(String.class).single();
	}

	String page(MockHttpServletRequestBuilder request, CurrentUser user, int status) throws Exception {
		var response = mvc.perform(request.with(as(user)).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(status);
		return response.getContentAsString();
	}

	String councilPath(Setup s) {
		return "/participation/councils/" + s.council().id();
	}

	@Test
	void onlyCoordinatorsAndWorkersOfTheOrganisationKeepTheCouncil() throws Exception {
		var s = setup();
		var world = s.world();
		var list = page(get("/participation/councils"), world.worker(), 200);
		assertThat(list).contains("Kinderraad Noord").contains("href=\"/participation/councils\"");
		page(get(councilPath(s)), world.coordinator(), 200);
		var others = List.of(world.volunteer(), fixtures.user(world.organisationId(), "beheer", Role.ADMIN),
				fixtures.user(world.organisationId(), "veilig", Role.SAFEGUARDING_OFFICER));
		for (var other : others) {
			page(get("/participation/councils"), other, 403);
			page(get(councilPath(s)), other, 403);
			page(post(councilPath(s) + "/meetings").param("date", today().toString()).param("agenda", "Speeltuin"), other,
					403);
			assertThatThrownBy(() -> councils.councils(other)).isInstanceOf(AccessDeniedException.class);
			// no navigation entry for who cannot open it
			assertThat(page(get("/"), other, 200)).doesNotContain("href=\"/participation/councils\"");
		}
		assertThat(count("participation_council_meeting", s.council().id())).isZero();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATED' and object_type = 'participation_council'"
				+ " and object_id = :id").param("id", s.council().id().toString()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anotherOrganisationsCouncilIsNotFoundAndItsChildrenAndIdeasCannotBeUsed() throws Exception {
		var s = setup();
		var member = councils.addMember(s.world().worker(), s.council().id(),
				new MemberDetails(s.noor(), CouncilRole.CHAIR, null, null));
		var meeting = councils.addMeeting(s.world().worker(), s.council().id(),
				new MeetingDetails(today(), null, "Speeltuin", null, List.of(member.id())));
		var decision = councils.recordDecision(s.world().worker(), s.council().id(),
				new DecisionDetails(meeting.id(), "Een schommel", null, null));
		var other = setup();
		var stranger = other.world().worker();
		var before = snapshot(s.council().id());

		assertThatThrownBy(() -> councils.overview(stranger, s.council().id())).isInstanceOf(NotFound.class);
		page(get(councilPath(s)), stranger, 404);
		page(post(councilPath(s) + "/members").param("childId", other.noor().toString()).param("role", "MEMBER"), stranger, 404);
		page(post(councilPath(s) + "/members/" + member.id() + "/end").param("until", today().toString()), stranger, 404);
		page(post(councilPath(s) + "/meetings").param("date", today().toString()).param("agenda", "Iets"), stranger, 404);
		page(post(councilPath(s) + "/decisions").param("meetingId", meeting.id().toString()).param("text", "Iets"), stranger,
				404);
		page(post(councilPath(s) + "/decisions/" + decision.id() + "/status").param("status", "DONE"), stranger, 404);
		// another council's member or decision through one's own council is not found either
		page(post(councilPath(other) + "/members/" + member.id() + "/end").param("until", today().toString()), stranger, 404);
		page(post(councilPath(other) + "/decisions/" + decision.id() + "/status").param("status", "DONE"), stranger, 404);
		assertThat(page(get("/participation/councils"), stranger, 200)).doesNotContain(s.council().id().toString());
		assertThat(snapshot(s.council().id())).isEqualTo(before);

		// the other organisation's child, idea and meeting are refused next to their field
		assertThatThrownBy(() -> councils.addMember(s.world().worker(), s.council().id(),
				new MemberDetails(other.noor(), CouncilRole.MEMBER, null, null)))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "childId");
		assertThatThrownBy(() -> councils.recordDecision(s.world().worker(), s.council().id(),
				new DecisionDetails(meeting.id(), "Een schommel", other.idea().id(), null)))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "ideaId");
		var otherMeeting = councils.addMeeting(stranger, other.council().id(),
				new MeetingDetails(today(), null, "Iets", null, null));
		assertThatThrownBy(() -> councils.recordDecision(s.world().worker(), s.council().id(),
				new DecisionDetails(otherMeeting.id(), "Een schommel", null, null)))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "meetingId");
		var otherMember = councils.addMember(stranger, other.council().id(),
				new MemberDetails(other.sem(), CouncilRole.MEMBER, null, null));
		assertThatThrownBy(() -> councils.addMeeting(s.world().worker(), s.council().id(),
				new MeetingDetails(today(), null, "Iets", null, List.of(otherMember.id()))))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "present");
		var idea = page(post(councilPath(s) + "/decisions").param("meetingId", meeting.id().toString())
			.param("text", "Een schommel").param("ideaId", other.idea().id().toString()), s.world().worker(), 200);
		assertThat(idea).contains("id=\"ideaId-error\"").contains("Dit idee kennen we niet");
		var child = page(post(councilPath(s) + "/members").param("childId", other.noor().toString()).param("role", "MEMBER"),
				s.world().worker(), 200);
		assertThat(child).contains("id=\"childId-error\"").contains("Kies een kind van deze organisatie");
		assertThat(snapshot(s.council().id())).isEqualTo(before);
	}

	@Test
	void aMemberIsAChildOfTheOrganisationOnceAtATimeAndLeavesNotBeforeJoining() throws Exception {
		var s = setup();
		var worker = s.world().worker();
		var before = snapshot(s.council().id());
		assertThatThrownBy(() -> councils.addMember(worker, s.council().id(),
				new MemberDetails(s.noor(), CouncilRole.MEMBER, today(), today().minusDays(1))))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "until")
			.hasFieldOrPropertyWithValue("messageKey", "participation.council.error.untilBeforeFrom");
		assertThatThrownBy(() -> councils.addMember(worker, s.council().id(),
				new MemberDetails(UUID.randomUUID(), CouncilRole.MEMBER, null, null)))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "childId");
		assertThat(page(post(councilPath(s) + "/members").param("role", "MEMBER"), worker, 200))
			.contains("id=\"childId-error\"");
		assertThat(page(post(councilPath(s) + "/members").param("childId", s.noor().toString()).param("role", "LID"), worker,
				200)).contains("id=\"role-error\"");
		var inverted = page(post(councilPath(s) + "/members").param("childId", s.noor().toString()).param("role", "MEMBER")
			.param("from", today().toString()).param("until", today().minusDays(3).toString()), worker, 200);
		assertThat(inverted).contains("id=\"until-error\"").contains("niet voor de begindatum");
		assertThat(snapshot(s.council().id())).isEqualTo(before);

		councils.addMember(worker, s.council().id(), new MemberDetails(s.noor(), CouncilRole.CHAIR, null, null));
		var twice = page(post(councilPath(s) + "/members").param("childId", s.noor().toString()).param("role", "MEMBER"),
				worker, 200);
		assertThat(twice).contains("id=\"childId-error\"").contains("al lid van deze kinderraad");
		assertThat(count("participation_council_member", s.council().id())).isEqualTo(1);
	}

	@Test
	void aMemberWhoLeftIsNoLongerActiveButStaysListedAsFormer() throws Exception {
		var s = setup();
		var worker = s.world().worker();
		var noor = councils.addMember(worker, s.council().id(),
				new MemberDetails(s.noor(), CouncilRole.SECRETARY, today().minusMonths(2), null));
		councils.addMember(worker, s.council().id(), new MemberDetails(s.sem(), CouncilRole.CHAIR, null, null));

		var before = snapshot(s.council().id());
		var early = page(post(councilPath(s) + "/members/" + noor.id() + "/end")
			.param("until", today().minusMonths(3).toString()), worker, 200);
		assertThat(early).contains("id=\"m" + noor.id() + "-until-error\"").contains("niet voor de begindatum");
		var empty = page(post(councilPath(s) + "/members/" + noor.id() + "/end").param("until", ""), worker, 200);
		assertThat(empty).contains("id=\"m" + noor.id() + "-until-error\"");
		assertThat(snapshot(s.council().id())).isEqualTo(before);

		mvc.perform(post(councilPath(s) + "/members/" + noor.id() + "/end").param("until", today().toString())
			.with(as(worker)).with(csrf()));
		var overview = councils.overview(worker, s.council().id());
		assertThat(overview.current()).extracting(CouncilMember::childId).containsExactly(s.sem());
		assertThat(overview.former()).extracting(CouncilMember::childId).containsExactly(s.noor());
		assertThat(overview.former().get(0).until()).isEqualTo(today());
		var shown = page(get(councilPath(s)), worker, 200);
		assertThat(shown.substring(shown.indexOf("Oud-leden"))).contains("Noor").contains("Secretaris");
		assertThatThrownBy(() -> councils.endMember(worker, s.council().id(), noor.id(), new MemberEnd(today())))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("messageKey", "participation.council.error.alreadyLeft");

		// she may join again; both memberships are kept
		councils.addMember(worker, s.council().id(), new MemberDetails(s.noor(), CouncilRole.MEMBER, today(), null));
		assertThat(count("participation_council_member", s.council().id())).isEqualTo(3);
		assertThat(councils.overview(worker, s.council().id()).current()).hasSize(2);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPDATED'"
				+ " and object_type = 'participation_council_member' and object_id = :id").param("id", noor.id().toString())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aMeetingNeedsADateAtMostAYearAheadAndABoundedAgenda() throws Exception {
		var s = setup();
		var worker = s.world().worker();
		var member = councils.addMember(worker, s.council().id(), new MemberDetails(s.noor(), CouncilRole.CHAIR, null, null));
		var before = snapshot(s.council().id());
		var path = councilPath(s) + "/meetings";

		assertThat(page(post(path).param("agenda", "Speeltuin"), worker, 200)).contains("id=\"date-error\"");
		assertThat(page(post(path).param("date", "morgen").param("agenda", "Speeltuin"), worker, 200))
			.contains("id=\"date-error\"");
		assertThat(page(post(path).param("date", today().plusYears(1).plusDays(1).toString()).param("agenda", "Speeltuin"),
				worker, 200)).contains("id=\"date-error\"").contains("hoogstens een jaar vooruit");
		assertThat(page(post(path).param("date", today().toString()).param("agenda", "  "), worker, 200))
			.contains("id=\"agenda-error\"");
		assertThat(page(post(path).param("date", today().toString()).param("agenda", "a".repeat(1001)), worker, 200))
			.contains("id=\"agenda-error\"");
		assertThat(page(post(path).param("date", today().toString()).param("agenda", "Speeltuin")
			.param("notes", "<script>alert(1)</script>"), worker, 200)).contains("id=\"notes-error\"");
		assertThat(page(post(path).param("date", today().toString()).param("agenda", "Speeltuin")
			.param("present", UUID.randomUUID().toString()), worker, 200)).contains("id=\"present-error\"");
		assertThatThrownBy(() -> councils.addMeeting(worker, s.council().id(),
				new MeetingDetails(today(), "x".repeat(201), "Speeltuin", null, null)))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "place");
		assertThatThrownBy(() -> councils.addMeeting(worker, s.council().id(),
				new MeetingDetails(null, null, "Speeltuin", null, null)))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "date");
		assertThat(snapshot(s.council().id())).isEqualTo(before);

		// a year ahead exactly is fine, and who was there is kept
		page(post(path).param("date", today().plusYears(1).toString()).param("place", "Buurthuis")
			.param("agenda", "1. Welkom\n2. Speeltuin").param("notes", "Iedereen wil een schommel.")
			.param("present", member.id().toString()), worker, 302);
		var meeting = councils.overview(worker, s.council().id()).meetings().get(0);
		assertThat(meeting.presentMemberIds()).containsExactly(member.id());
		assertThat(meeting.agenda()).isEqualTo("1. Welkom\n2. Speeltuin");
		assertThat(page(get(councilPath(s)), worker, 200)).contains("Iedereen wil een schommel.").contains("Buurthuis");
	}

	@Test
	void aDecisionNeedsItsTextAndAFailedOneAReason(CapturedOutput output) throws Exception {
		var s = setup();
		var worker = s.world().worker();
		var meeting = councils.addMeeting(worker, s.council().id(),
				new MeetingDetails(today(), null, "Speeltuin", null, null));
		var before = snapshot(s.council().id());
		var path = councilPath(s) + "/decisions";

		assertThat(page(post(path).param("meetingId", meeting.id().toString()).param("text", ""), worker, 200))
			.contains("id=\"text-error\"");
		assertThat(page(post(path).param("meetingId", meeting.id().toString()).param("text", "b".repeat(501)), worker, 200))
			.contains("id=\"text-error\"");
		assertThat(page(post(path).param("meetingId", meeting.id().toString()).param("text", "Goed")
			.param("assignee", "<b>Sem</b>"), worker, 200)).contains("id=\"assignee-error\"");
		assertThat(page(post(path).param("text", "Goed"), worker, 200)).contains("id=\"meetingId-error\"");
		assertThat(page(post(path).param("meetingId", "geen-id").param("text", "Goed"), worker, 200))
			.contains("id=\"meetingId-error\"");
		assertThat(snapshot(s.council().id())).isEqualTo(before);

		var secret = "Geheim-schommel-besluit van de raad";
		page(post(path).param("meetingId", meeting.id().toString()).param("text", secret)
			.param("assignee", "Sem vraagt het aan de gemeente"), worker, 302);
		var decision = councils.overview(worker, s.council().id()).decisions().get(0);
		assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
		var statusPath = path + "/" + decision.id() + "/status";
		var failed = page(post(statusPath).param("status", "FAILED").param("reason", " "), worker, 200);
		assertThat(failed).contains("id=\"d" + decision.id() + "-reason-error\"");
		assertThat(page(post(statusPath).param("status", "KAPOT"), worker, 200))
			.contains("id=\"d" + decision.id() + "-status-error\"");
		assertThat(councils.overview(worker, s.council().id()).decisions().get(0).status()).isEqualTo(DecisionStatus.DECIDED);

		page(post(statusPath).param("status", "FAILED").param("reason", "De gemeente had geen geld."), worker, 302);
		var changed = councils.overview(worker, s.council().id()).decisions().get(0);
		assertThat(changed.status()).isEqualTo(DecisionStatus.FAILED);
		assertThat(changed.reason()).isEqualTo("De gemeente had geen geld.");
		assertThat(page(get(councilPath(s)), worker, 200)).contains(secret).contains("Niet gelukt")
			.contains("De gemeente had geen geld.");
		councils.changeDecision(worker, s.council().id(), decision.id(), new DecisionChange(DecisionStatus.DONE, "weg"));
		assertThat(councils.overview(worker, s.council().id()).decisions().get(0).reason()).as("only FAILED keeps a reason")
			.isNull();

		// the texts stay in the council's tables: not in the log, not in the audit
		delivered();
		assertThat(output.getAll()).doesNotContain("Geheim-schommel");
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'participation_council_decision'"
				+ " and object_id = :id").param("id", decision.id().toString()).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void aDecisionAboutAnIdeaShowsOnTheIdeasPage() throws Exception {
		var s = setup();
		var worker = s.world().worker();
		var meeting = councils.addMeeting(worker, s.council().id(),
				new MeetingDetails(today().minusDays(1), null, "Ideeën", null, null));
		assertThat(page(get("/participation/ideas/" + s.idea().id()), worker, 200))
			.doesNotContain("Besluiten van de kinderraad");
		page(post(councilPath(s) + "/decisions").param("meetingId", meeting.id().toString())
			.param("text", "We kopen een schommel!").param("ideaId", s.idea().id().toString())
			.param("assignee", "Noor maakt een tekening"), worker, 302);

		var idea = page(get("/participation/ideas/" + s.idea().id()), s.world().coordinator(), 200);
		assertThat(idea).contains("Besluiten van de kinderraad over dit idee").contains("We kopen een schommel!")
			.contains("Kinderraad Noord").contains("Besloten").contains("Noor maakt een tekening")
			.contains("href=\"/participation/councils/" + s.council().id() + "#decisions\"");
		assertThat(councils.aboutIdea(worker, s.idea().id())).hasSize(1);
		var council = page(get(councilPath(s)), worker, 200);
		assertThat(council).contains("href=\"/participation/ideas/" + s.idea().id() + "\"");
		var other = setup();
		page(get("/participation/ideas/" + s.idea().id()), other.world().worker(), 404);
		assertThatThrownBy(() -> councils.aboutIdea(worker, other.idea().id())).isInstanceOf(NotFound.class);
	}

	@Test
	void theDemoKinderraadHasACouncilWithMembersAMeetingAndADecisionAboutAnIdea() {
		var councilIds = jdbc.sql("""
				select c.id from participation_council c join activity a on a.id = c.activity_id
				where c.organisation_id = :o and a.title = 'Kinderraad'""")
			.param("o", OrganisationFixtures.DEMO_FIRST).query(UUID.class).list();
		assertThat(councilIds).hasSize(1);
		var council = councilIds.get(0);
		var roles = jdbc.sql("select role from participation_council_member where council_id = :c and member_until is null")
			.param("c", council).query(String.class).list();
		assertThat(roles).hasSizeBetween(4, 5).contains("CHAIR", "SECRETARY", "MEMBER");
		assertThat(jdbc.sql("""
				select count(*) from participation_council_meeting m where m.council_id = :c and m.notes is not null
				and exists (select 1 from participation_council_presence p where p.meeting_id = m.id)""")
			.param("c", council).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from participation_council_decision d join participation_idea i on i.id = d.idea_id
				join participation_round r on r.id = i.round_id
				where d.council_id = :c and r.title = 'Zomervakantieweek' and r.organisation_id = :o""")
			.param("c", council).param("o", OrganisationFixtures.DEMO_FIRST).query(Integer.class).single()).isEqualTo(1);
	}
}
