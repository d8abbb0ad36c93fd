package nl.samenspel.participation;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/**
 * The first demo organisation's open round 'Zomervakantieweek': three ideas (two approved) and one ballot; the children's
 * council of its 'Kinderraad' activity: its (up to five) oldest children as members with their roles, a meeting with
 * notes and who was there, and a decision about the round's first idea; and the children's project
 * 'Zwerfafval-actie in de Bloemenwijk'.
 */
@Component
@Order(70)
class ParticipationDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final UserManagement users;
	private final ChildManagement children;
	private final Rounds rounds;
	private final Ideas ideas;
	private final Ballots ballots;
	private final java.time.Clock clock;
	private final Councils councils;
	private final nl.samenspel.activities.Programme programme;
	private final Projects projects;

	ParticipationDemoData(DemoMode demo, UserManagement users, ChildManagement children, Rounds rounds, Ideas ideas,
			Ballots ballots, java.time.Clock clock, Councils councils, nl.samenspel.activities.Programme programme,
			Projects projects) {
		this.projects = projects;
		this.demo = demo;
		this.users = users;
		this.children = children;
		this.rounds = rounds;
		this.ideas = ideas;
		this.ballots = ballots;
		this.clock = clock;
		this.councils = councils;
		this.programme = programme;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var user = demoWorker(demo, users).orElse(null);
		if (user == null) {
			return;
		}
		project(user);
		if (!rounds.rounds(user).isEmpty()) {
			council(user);
			return;
		}
		var kids = children.search(user, new ChildQuery(null, 6, 12, null, null, false), PageRequest.of(0, 3)).getContent();
		if (kids.size() < 2) {
			return;
		}
		var today = nl.samenspel.kernel.DutchTime.today(clock);
		var round = rounds.open(user, new RoundDetails("Zomervakantieweek", null, VotingMethod.APPROVAL, null, today,
				today.plusWeeks(3)));
		var waterfight = ideas.propose(user, new IdeaProposal(round.id(), "Een waterballonnengevecht op het plein", kids.get(0).id()));
		var cinema = ideas.propose(user, new IdeaProposal(round.id(), "Een filmavond met popcorn in het buurthuis", kids.get(1).id()));
		ideas.approve(user, waterfight.id());
		ideas.approve(user, cinema.id());
		ideas.propose(user, new IdeaProposal(round.id(), "Een speurtocht door de wijk", null));
		ballots.cast(user, round.id(), new Ballot(kids.get(0).id(), List.of(waterfight.id(), cinema.id()), null));
		council(user);
	}

	/** The demo's worker (or else its coordinator) in the first demo organisation, as whom the demo is made. */
	static java.util.Optional<CurrentUser> demoWorker(DemoMode demo, UserManagement users) {
		var organisation = demo.firstOrganisation();
		return users.actingAs(organisation, "worker", Role.WORKER);
	}

	/** The council of the 'Kinderraad' activity, once: up to five children, a meeting two weeks ago and one decision. */
	private void council(CurrentUser user) {
		if (!councils.councils(user).isEmpty()) {
			return;
		}
		var activity = programme.activities(user.organisationId(), "Kinderraad", false, PageRequest.of(0, 10))
			.getContent().stream().filter(it -> it.title().equals("Kinderraad")).findFirst().orElse(null);
		// the oldest children of the organisation (the demo has few), the oldest chairs
		var kids = children.search(user, new ChildQuery(null, null, null, null, null, false), PageRequest.of(0, 50))
			.getContent().stream().sorted(java.util.Comparator.comparing(nl.samenspel.children.ChildSummary::dateOfBirth))
			.limit(5).toList();
		if (activity == null || kids.size() < 2) {
			return;
		}
		var today = nl.samenspel.kernel.DutchTime.today(clock);
		var council = councils.create(user, new CouncilDetails("Kinderraad De Kroon", activity.id()));
		var members = new java.util.ArrayList<CouncilMember>();
		for (var i = 0; i < kids.size(); i++) {
			var role = i == 0 ? CouncilRole.CHAIR : i == 1 ? CouncilRole.SECRETARY : CouncilRole.MEMBER;
			members.add(councils.addMember(user, council.id(),
					new MemberDetails(kids.get(i).id(), role, today.minusMonths(3), null)));
		}
		var present = members.subList(0, Math.min(4, members.size())).stream().map(CouncilMember::id).toList();
		var meeting = councils.addMeeting(user, council.id(), new MeetingDetails(today.minusWeeks(2), "Buurthuis De Kroon",
				"1. Welkom\n2. Ideeën voor de zomervakantie\n3. De speeltuin", "Iedereen wil iets met water in de zomer. "
						+ "Het klimrek in de speeltuin is kapot: de voorzitter schrijft een brief aan de gemeente.",
				present));
		var idea = rounds.rounds(user).stream().filter(it -> it.title().equals("Zomervakantieweek")).findFirst()
			.map(round -> ideas.ofRound(user, round.id())).flatMap(list -> list.stream().findFirst()).orElse(null);
		var decision = councils.recordDecision(user, council.id(), new DecisionDetails(meeting.id(),
				"We doen een waterballonnengevecht op het plein in de zomervakantie!", idea == null ? null : idea.id(),
				"De secretaris maakt een poster. De werker koopt de ballonnen."));
		councils.changeDecision(user, council.id(), decision.id(), new DecisionChange(DecisionStatus.IN_PROGRESS, null));
	}

	/** The children's project 'Zwerfafval-actie in de Bloemenwijk': three children with roles, tasks, an outcome. */
	private void project(CurrentUser user) {
		if (!projects.projects(user).isEmpty()) {
			return;
		}
		var kids = children.search(user, new ChildQuery(null, 8, 12, null, null, false), PageRequest.of(0, 3)).getContent();
		if (kids.size() < 3) {
			return;
		}
		var project = projects.create(user, new ProjectDetails("Zwerfafval-actie in de Bloemenwijk",
				"We willen dat het speelveldje en de stoepen in de Bloemenwijk schoon zijn, zodat iedereen er fijn kan spelen.",
				null));
		projects.addMember(user, project.id(), new ProjectMember(kids.get(0).id(), "bedenker"));
		projects.addMember(user, project.id(), new ProjectMember(kids.get(1).id(), "penningmeester"));
		projects.addMember(user, project.id(), new ProjectMember(kids.get(2).id(), "fotograaf"));
		projects.addTask(user, project.id(), new ProjectTask("Grijpers en vuilniszakken lenen bij de gemeente", kids.get(1).id()));
		projects.addTask(user, project.id(), new ProjectTask("Posters maken en ophangen in de buurt", kids.get(0).id()));
		projects.addTask(user, project.id(), new ProjectTask("Samen het speelveldje opruimen", null));
		var tasks = projects.project(user, project.id()).tasks();
		projects.markTask(user, project.id(), tasks.get(0).id(), true);
		projects.markTask(user, project.id(), tasks.get(2).id(), true);
		projects.progress(user, project.id(), new ProjectProgress(ProjectStatus.BUSY,
				"We hebben 14 zakken afval opgeraapt. De buurvrouw kwam ons limonade brengen!"));
	}
}
