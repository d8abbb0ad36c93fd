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

/** The first demo organisation's open round 'Zomervakantieweek': three approved ideas and one ballot. */
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

	ParticipationDemoData(DemoMode demo, UserManagement users, ChildManagement children, Rounds rounds, Ideas ideas,
			Ballots ballots, java.time.Clock clock) {
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
}
