package nl.samenspel.participation;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/**
 * The demo's child login (demo mode only): the first child of 8 to 12 of the first demo organisation gets the
 * guardian's consent and a login with the fixed code {@value #CODE} and the pictures Hond, Zon, Bal, Raket
 * (docs/participation.md, Child login), and an idea of theirs that is PLANNED as one of the organisation's
 * activities, so a new user sees at once what became of it (you said, we did).
 */
@Component
@Order(71)
class ChildLoginDemoData implements ApplicationRunner {

	static final String CODE = "TRAM 4794";
	static final List<Pictogram> PICTURES = List.of(Pictogram.DOG, Pictogram.SUN, Pictogram.BALL, Pictogram.ROCKET);

	private final DemoMode demo;
	private final UserManagement users;
	private final ChildManagement children;
	private final ChildLogins logins;
	private final Rounds rounds;
	private final Ideas ideas;
	private final Programme programme;

	ChildLoginDemoData(DemoMode demo, UserManagement users, ChildManagement children, ChildLogins logins, Rounds rounds,
			Ideas ideas, Programme programme) {
		this.demo = demo;
		this.users = users;
		this.children = children;
		this.logins = logins;
		this.rounds = rounds;
		this.ideas = ideas;
		this.programme = programme;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var user = ParticipationDemoData.demoWorker(demo, users).orElse(null);
		if (user == null || logins.demoCardIssued(CODE)) {
			return;
		}
		var kids = children.search(user, new ChildQuery(null, 8, 12, null, null, false), PageRequest.of(0, 1)).getContent();
		if (kids.isEmpty()) {
			return;
		}
		var childId = kids.get(0).id();
		var child = children.child(user, childId);
		if (child.allows(ConsentPurpose.CHILD_LOGIN) || children.guardians(child).isEmpty()) {
			// done on an earlier start (or nobody to consent)
			return;
		}
		children.giveConsent(user, childId, new ConsentRequest(children.guardians(child).get(0).getId(),
				ConsentPurpose.CHILD_LOGIN, ConsentMethod.PAPER));
		logins.issueForDemo(user, childId, CODE, PICTURES);
		var round = rounds.rounds(user).stream().filter(Round::open).findFirst();
		var activity = programme.activities(user.organisationId(), "", false, PageRequest.of(0, 1)).getContent();
		if (round.isEmpty() || activity.isEmpty()) {
			return;
		}
		var idea = ideas.propose(user, new IdeaProposal(round.get().id(), "Samen een moestuin maken bij het buurthuis",
				childId));
		ideas.approve(user, idea.id());
		ideas.changeStatus(user, idea.id(), new StatusChange(IdeaStatus.CHOSEN, null, null));
		ideas.changeStatus(user, idea.id(), new StatusChange(IdeaStatus.PLANNED, null, activity.get(0).id()));
	}
}
