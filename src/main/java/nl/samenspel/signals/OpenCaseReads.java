package nl.samenspel.signals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.children.ReadsWithheld;

/**
 * Tells the children module whose reads of a child to hold back from its parents: for every open Meldcode case of the
 * child, from its first signal (or its opening, if earlier), those who raised its signals, opened it or were added
 * to it. The children module adds every SAFEGUARDING_OFFICER. Once the case is closed, nothing is held back.
 */
@Component
class OpenCaseReads implements ReadsWithheld {

	private final CaseStore cases;
	private final SignalStore signals;

	OpenCaseReads(CaseStore cases, SignalStore signals) {
		this.cases = cases;
		this.signals = signals;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Restriction> restrictions(UUID organisationId, UUID childId) {
		var restrictions = new ArrayList<Restriction>();
		for (var open : cases.open(organisationId, childId)) {
			var users = new HashSet<UUID>();
			users.add(open.openedBy());
			users.addAll(signals.raisersIn(open.id()));
			users.addAll(cases.members(open.id()));
			var since = open.sinceFirstSignal().isBefore(open.openedAt()) ? open.sinceFirstSignal() : open.openedAt();
			restrictions.add(new Restriction(since, Set.copyOf(users)));
		}
		return restrictions;
	}
}
