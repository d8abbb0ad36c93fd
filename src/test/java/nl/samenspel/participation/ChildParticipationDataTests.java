package nl.samenspel.participation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Session;
import nl.samenspel.kernel.Images;
import nl.samenspel.reporting.ParticipationFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A child's participation on the access request (children's export, through the {@code ChildDataSections} SPI) and on
 * erasure ({@code ChildErased}): everything about the child and nothing of another child in the export; after erasure
 * no avatar, photo, link or membership of the child is left, a second delivery changes nothing, and the figures stay.
 */
class ChildParticipationDataTests extends IntegrationTest {

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
	ChildVoice voice;

	@Autowired
	Attendance attendance;

	@Autowired
	Councils councils;

	@Autowired
	Projects projects;

	@Autowired
	KioskStore kioskStore;

	@Autowired
	ProjectStore projectStore;

	@Autowired
	ChildLoginConsent listener;

	@Autowired
	ParticipationFigures figures;

	record Setup(ActivityFixtures.World world, UUID sem, UUID noor, Round round, Session session, UUID photo,
			UUID neighbourhood) {
	}

	/** Sem and Noor, each with an idea, a named and an anonymous question, feedback, a council and a project. */
	Setup setup() {
		var world = programme.world();
		var neighbourhood = fixtures.neighbourhood(world.organisationId()).getId();
		var sem = programme.child(world, "Sem", 10, true);
		var noor = programme.child(world, "Noor", 10, true);
		jdbc.sql("update child set neighbourhood_id = :n where id in (:ids)").param("n", neighbourhood)
			.param("ids", List.of(sem, noor)).update();
		var round = rounds.open(world.worker(), new RoundDetails("Zomerronde", null, VotingMethod.APPROVAL, null, null,
				null));
		var semIdea = ideas.approve(world.worker(),
				ideas.propose(world.worker(), new IdeaProposal(round.id(), "Een waterglijbaan", sem)).id());
		ideas.propose(world.worker(), new IdeaProposal(round.id(), "Paardrijden op het plein", noor));
		ideas.propose(world.worker(), new IdeaProposal(round.id(), "Een groepsidee", null));
		ballots.cast(world.worker(), round.id(), new Ballot(sem, List.of(semIdea.id()), null));
		ballots.cast(world.worker(), round.id(), new Ballot(noor, List.of(semIdea.id()), null));

		questions.ask(world.organisationId(), sem, "Mag ik mijn broertje meenemen?", world.worker().id());
		voice.ask(new Speaker(world.organisationId(), sem, Channel.LOGIN), "Waarom moet ik altijd opruimen?", true);
		voice.ask(new Speaker(world.organisationId(), noor, Channel.LOGIN), "Noors geheime vraag", true);
		voice.ask(new Speaker(world.organisationId(), sem, Channel.LOGIN), "Mijn vader slaat mij", false);

		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var session = programme.session(world, activity, ActivityFixtures.today());
		attendance.mark(world.worker(), session.id(), new AttendanceMark(sem, true, null, null));
		attendance.mark(world.worker(), session.id(), new AttendanceMark(noor, true, null, null));
		voice.feedback(new Speaker(world.organisationId(), sem, Channel.LOGIN), session.id(), 4, "Het springkussen",
				"Meer limonade", false);
		voice.feedback(new Speaker(world.organisationId(), noor, Channel.LOGIN), session.id(), 2, "Noors plezier",
				"Noors verbetering", true);
		var earlier = programme.session(world, activity, ActivityFixtures.today().minusDays(1));
		attendance.mark(world.worker(), earlier.id(), new AttendanceMark(sem, true, null, null));
		voice.feedback(new Speaker(world.organisationId(), sem, Channel.LOGIN), earlier.id(), 1, "Stiekem saai", null,
				true);

		var council = councils.create(world.worker(), new CouncilDetails("Kinderraad De Vlinder", null));
		councils.addMember(world.worker(), council.id(), new MemberDetails(sem, CouncilRole.CHAIR, null, null));
		var noorMember = councils.addMember(world.worker(), council.id(), new MemberDetails(noor, CouncilRole.MEMBER, null,
				null));
		var project = projects.create(world.worker(), new ProjectDetails("Zwerfafval-actie", "De straat schoon", null));
		projects.addMember(world.worker(), project.id(), new ProjectMember(sem, "bedenker"));
		projects.addMember(world.worker(), project.id(), new ProjectMember(noor, "fotograaf"));
		var photo = UUID.randomUUID();
		projectStore.addPhoto(photo, project.id(), world.organisationId(), new Images.Image(new byte[] { 1, 2, 3 },
				"image/jpeg", 1, 1), List.of(sem, noor), world.worker().id(), Instant.now());
		projectStore.addPhoto(UUID.randomUUID(), project.id(), world.organisationId(), new Images.Image(new byte[] { 4 },
				"image/jpeg", 1, 1), List.of(noor), world.worker().id(), Instant.now());
		kioskStore.insertAvatar(world.organisationId(), sem, "FOX", Instant.now());
		kioskStore.insertAvatar(world.organisationId(), noor, "OWL", Instant.now());
		assertThat(noorMember.id()).isNotNull();
		return new Setup(world, sem, noor, round, session, photo, neighbourhood);
	}

	@Test
	void theAccessRequestHoldsTheChildsParticipationAndNothingOfAnotherChild() throws Exception {
		var s = setup();
		var coordinator = s.world().coordinator();
		var readsBefore = questionReads(coordinator.id());

		var json = mvc.perform(get("/children/" + s.sem() + "/export").with(as(coordinator))).andReturn().getResponse();

		assertThat(json.getStatus()).isEqualTo(200);
		var body = json.getContentAsString();
		assertThat(body).contains("\"otherModules\"").contains("participation.export.ideas").contains("Een waterglijbaan")
			.contains("Zomerronde").contains("participation.ideas.status.NEW")
			.contains("Mag ik mijn broertje meenemen?").contains("Het springkussen").contains("Meer limonade")
			.contains("participation.export.score.4").contains("Kinderraad De Vlinder")
			.contains("participation.council.role.CHAIR").contains("Zwerfafval-actie · bedenker");
		assertThat(body).doesNotContain("Noor").doesNotContain("Paardrijden").doesNotContain("fotograaf")
			.doesNotContain("Een groepsidee");
		// what Sem said without his name stays anonymous towards staff, and a question that reads like danger is not
		// handed to whoever asked for the export
		assertThat(body).doesNotContain("Waarom moet ik altijd opruimen?").doesNotContain("Mijn vader slaat mij")
			.doesNotContain("Stiekem saai");
		assertThat(questionReads(coordinator.id())).as("each question opened is logged as read")
			.isEqualTo(readsBefore + 1);

		var pdf = mvc.perform(get("/children/" + s.sem() + "/export.pdf").with(as(coordinator))).andReturn().getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Ideeën van het kind").contains("Een waterglijbaan (Zomerronde)")
				.contains("Vragen van het kind").contains("Mag ik mijn broertje meenemen?")
				.contains("Wat het kind van een activiteit vond").contains("Het springkussen").contains("4 van 5")
				.contains("Kinderraad De Vlinder").contains("Voorzitter").contains("Zwerfafval-actie · bedenker");
			assertThat(text).doesNotContain("Noor").doesNotContain("Paardrijden").doesNotContain("Waarom moet ik altijd")
				.doesNotContain("Mijn vader slaat mij").doesNotContain("Stiekem saai");
		}
	}

	@Test
	void erasureLetsGoOfTheChildAndKeepsTheFigures() throws Exception {
		var s = setup();
		var coordinator = s.world().coordinator();
		var municipality = jdbc.sql("select municipality_code from organisation_neighbourhood_facts where neighbourhood_id = :n")
			.param("n", s.neighbourhood()).query(String.class).single();
		var from = ActivityFixtures.today().minusDays(1);
		var to = ActivityFixtures.today();
		var before = figures.figures(coordinator, from, to, null);
		var inMunicipalityBefore = figures.figures(coordinator, from, to, municipality);

		var erased = mvc.perform(post("/children/" + s.sem() + "/erase").with(as(coordinator)).with(csrf())).andReturn()
			.getResponse();
		assertThat(erased.getStatus()).isEqualTo(302);
		delivered();

		var sem = s.sem();
		assertThat(count("select count(*) from participation_avatar where child_id = :c", sem)).as("avatar").isZero();
		assertThat(count("select count(*) from participation_project_photo where id = :c", s.photo()))
			.as("the photo showing Sem (and Noor)").isZero();
		assertThat(count("select count(*) from participation_project_photo_child where child_id = :c", s.noor()))
			.as("Noor's own photo stays").isEqualTo(1);
		assertThat(count("select count(*) from participation_idea where child_id = :c", sem)).isZero();
		assertThat(count("select count(*) from participation_question where child_id = :c or asker_child_id = :c", sem))
			.isZero();
		assertThat(count("select count(*) from participation_feedback where child_id = :c or giver_child_id = :c", sem))
			.isZero();
		assertThat(count("select count(*) from participation_council_member where child_id = :c", sem)).isZero();
		assertThat(count("select count(*) from participation_project_member where child_id = :c", sem)).isZero();
		assertThat(count("select count(*) from participation_ballot where child_id = :c", sem))
			.as("the ballot keeps the anonymous record's id").isEqualTo(1);
		assertThat(count("select count(*) from participation_council_member where child_id = :c", s.noor()))
			.as("Noor stays").isEqualTo(1);
		assertThat(count("select count(*) from participation_avatar where child_id = :c", s.noor())).isEqualTo(1);
		assertThat(count("select count(*) from participation_idea where round_id = :c", s.round().id()))
			.as("the ideas stay").isEqualTo(3);
		assertThat(count("select count(*) from participation_question where organisation_id = :c",
				s.world().organisationId())).as("the questions stay").isEqualTo(4);
		assertThat(count("select count(*) from participation_feedback where session_id = :c", s.session().id()))
			.as("the feedback stays").isEqualTo(2);

		assertThat(figures.figures(coordinator, from, to, null)).usingRecursiveComparison().isEqualTo(before);
		assertThat(figures.figures(coordinator, from, to, municipality)).usingRecursiveComparison()
			.isEqualTo(inMunicipalityBefore);

		var snapshot = snapshot(s);
		listener.on(new nl.samenspel.children.ChildErased(s.world().organisationId(), sem, s.neighbourhood()));
		assertThat(snapshot(s)).as("a second delivery changes nothing").isEqualTo(snapshot);
	}

	private int count(String sql, UUID id) {
		return jdbc.sql(sql).param("c", id).query(Integer.class).single();
	}

	private int questionReads(UUID userId) {
		return jdbc.sql("select count(*) from audit_event where user_id = :u and action = 'READ' and object_type = 'question'")
			.param("u", userId).query(Integer.class).single();
	}

	private List<String> snapshot(Setup s) {
		return jdbc.sql("""
				select 'idea ' || text || ' ' || coalesce(cast(child_id as varchar), '-') || ' '
				  || cast(erased_child as varchar) || ' ' || coalesce(cast(erased_neighbourhood_id as varchar), '-')
				from participation_idea where organisation_id = :o
				union all select 'question ' || coalesce(cast(child_id as varchar), '-') || ' '
				  || coalesce(cast(asker_child_id as varchar), '-') || ' '
				  || coalesce(cast(erased_neighbourhood_id as varchar), '-')
				from participation_question where organisation_id = :o
				union all select 'feedback ' || coalesce(cast(child_id as varchar), '-') || ' '
				  || coalesce(cast(giver_child_id as varchar), '-') from participation_feedback where organisation_id = :o
				union all select 'photo ' || cast(id as varchar) from participation_project_photo where organisation_id = :o
				union all select 'avatar ' || cast(child_id as varchar) from participation_avatar where organisation_id = :o
				union all select 'member ' || cast(child_id as varchar) from participation_project_member
				union all select 'council ' || cast(m.child_id as varchar) from participation_council_member m
				  join participation_council c on c.id = m.council_id where c.organisation_id = :o
				order by 1""")
			.param("o", s.world().organisationId()).query(String.class).list();
	}
}
