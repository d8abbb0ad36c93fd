package nl.samenspel.network.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.network.ReferralInbox;
import nl.samenspel.network.ReferralStatus;
import nl.samenspel.ui.HomePanels;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/** The network module on a home: a WORKER's referrals that ask something of them, a PARTNER's waiting for an answer. */
@Component
class NetworkHome implements HomePanels {

	static final int LINES = 6;

	private final ReferralInbox inbox;

	NetworkHome(ReferralInbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public List<Panel> panels(CurrentUser user, Page page) {
		var panels = new ArrayList<Panel>();
		if (user.hasRole(Role.WORKER)) {
			panels.add(awaiting(user, page));
		}
		if (user.hasRole(Role.PARTNER)) {
			panels.add(partner(user, page));
		}
		return panels;
	}

	private Panel awaiting(CurrentUser user, Page page) {
		var today = DutchTime.today();
		var lines = inbox.awaiting(user, LINES).stream().map(row -> {
			String detail;
			Panel.Tone tone;
			if (row.status() == ReferralStatus.PROPOSED) {
				detail = page.t("home.referrals.toSend", row.service());
				tone = Panel.Tone.ATTENTION;
			}
			else if (row.followUpOn() != null && !row.followUpOn().isAfter(today)) {
				detail = page.t("home.referrals.followUp", row.service(), page.day(row.followUpOn()));
				tone = Panel.Tone.URGENT;
			}
			else {
				detail = page.t("home.referrals.answered", row.service(), page.date(row.changedAt()));
				tone = row.status() == ReferralStatus.ACCEPTED ? Panel.Tone.GOOD : Panel.Tone.NEUTRAL;
			}
			return new Panel.Line(row.childName(), detail, "/referrals/" + row.id(),
					new Panel.Badge(page.t("referral.status." + row.status().name()), tone));
		}).toList();
		return new Panel("referrals", page.t("home.referrals.title"), lines,
				new Panel.Link(page.t("home.referrals.more"), "/referrals"), page.t("home.referrals.empty"), 30);
	}

	private Panel partner(CurrentUser user, Page page) {
		var lines = inbox.waitingForPartner(user, LINES).stream()
			.map(row -> new Panel.Line(row.childFirstName(), page.t("home.partner.sent", page.date(row.sentAt())),
					"/partner/referrals/" + row.id(), new Panel.Badge(page.t("home.partner.answer"), Panel.Tone.ATTENTION)))
			.toList();
		return new Panel("partner-referrals", page.t("home.partner.title"), lines,
				new Panel.Link(page.t("home.partner.more"), "/partner/referrals"), page.t("home.partner.empty"), 10);
	}
}
