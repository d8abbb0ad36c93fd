package nl.samenspel.children.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.ui.DuePanel;
import nl.samenspel.ui.HomePanels;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/**
 * The children module on a home: for a PARENT what is left to sign for each of their children (consent to the
 * registration, and the questions about consent not answered yet); for a COORDINATOR, in the "due" panel, the records
 * listed for the retention review and the registrations waiting for approval, counted as the children's list counts
 * them.
 */
@Component
class ChildrenHome implements HomePanels {

	private final ChildManagement management;

	ChildrenHome(ChildManagement management) {
		this.management = management;
	}

	@Override
	public List<Panel> panels(CurrentUser user, Page page) {
		var panels = new ArrayList<Panel>();
		if (user.hasRole(Role.PARENT)) {
			panels.add(toSign(user, page));
		}
		if (user.hasRole(Role.COORDINATOR)) {
			panels.add(due(user, page));
		}
		return panels;
	}

	private Panel toSign(CurrentUser parent, Page page) {
		var lines = new ArrayList<Panel.Line>();
		var children = new ArrayList<>(management.childrenOf(parent));
		children.sort(java.util.Comparator.comparing(child -> child.getFirstName()));
		for (var child : children) {
			var href = "/portal/children/" + child.getId() + "#consents-heading";
			var answered = child.consentHistory().stream().map(consent -> consent.getPurpose()).distinct().toList();
			if (!answered.contains(ConsentPurpose.REGISTRATION)) {
				lines.add(new Panel.Line(page.t("home.sign.registration", child.getFirstName()), null, href,
						new Panel.Badge(page.t("home.sign.needed"), Panel.Tone.URGENT)));
				continue;
			}
			var open = (int) java.util.Arrays.stream(ConsentPurpose.values())
				.filter(purpose -> purpose != ConsentPurpose.CHILD_LOGIN && purpose != ConsentPurpose.BUDDY
					&& !answered.contains(purpose)).count();
			if (open > 0) {
				lines.add(new Panel.Line(page.t("home.sign.open", child.getFirstName(), open), null, href,
						new Panel.Badge(page.t("home.sign.todo"), Panel.Tone.ATTENTION)));
			}
		}
		return new Panel("to-sign", page.t("home.sign.title"), lines, new Panel.Link(page.t("home.sign.more"), "/portal"),
				page.t("home.sign.empty"), 20);
	}

	private Panel due(CurrentUser user, Page page) {
		var lines = new ArrayList<Panel.Line>();
		var review = management.search(user, new ChildQuery(null, null, null, null, null, false, true), PageRequest.of(0, 1))
			.getTotalElements();
		if (review > 0) {
			lines.add(new Panel.Line(page.t("home.due.review", review), null, "/children?review=true", null));
		}
		var pending = management.search(user, new ChildQuery(null, null, null, null, null, true, false), PageRequest.of(0, 1))
			.getTotalElements();
		if (pending > 0) {
			lines.add(new Panel.Line(page.t("home.due.pending", pending), null, "/children?pending=true", null));
		}
		return DuePanel.of(lines, page);
	}
}
