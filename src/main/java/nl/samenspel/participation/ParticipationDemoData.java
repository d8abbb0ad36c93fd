package nl.samenspel.participation;

import java.util.EnumSet;
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
 * The first demo organisation's open round 'Zomervakantieweek' (three ideas, two approved, and one ballot) and the
 * children's project 'Zwerfafval-actie in de Bloemenwijk'.
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
	private final Projects projects;

	ParticipationDemoData(DemoMode demo, UserManagement users, ChildManagement children, Rounds rounds, Ideas ideas,
			Ballots ballots, java.time.Clock clock, Projects projects) {
		this.projects = projects;
		this.demo = demo;
		this.users = users;
		this.children = children;
		this.rounds = rounds;
		this.ideas = ideas;
		this.ballots = ballots;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var worker = users.userId(organisation, "worker").or(() -> users.userId(organisation, "coordinator")).orElse(null);
		if (worker == null) {
			return;
		}
		var user = new CurrentUser(worker, organisation, "worker", "Demo", EnumSet.of(Role.WORKER), "nl", null);
		project(user);
		if (!rounds.rounds(user).isEmpty()) {
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
