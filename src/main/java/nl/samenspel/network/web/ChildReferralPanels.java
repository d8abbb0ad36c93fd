package nl.samenspel.network.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildPanels;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.network.ReferralStatus;
import nl.samenspel.network.Referrals;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/**
 * The child's referrals on the child's page, for the staff the referral pages are for (COORDINATOR, WORKER,
 * SAFEGUARDING_OFFICER): what the referrals list shows (the service, the status, the date), never the reason or the
 * contact, which only the referral's own page opens and logs.
 */
@Component
class ChildReferralPanels implements ChildPanels {

	static final int ORDER = 30;

	static final int LIMIT = 10;

	private final Referrals referrals;

	ChildReferralPanels(Referrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public List<Panel> panels(CurrentUser viewer, UUID childId, Page page) {
		if (!viewer.hasAnyRole(Role.staff())) {
			return List.of();
		}
		var found = referrals.list(viewer, childId);
		var lines = found.stream().limit(LIMIT).map(referral -> {
			var detail = page.t("childPanels.referral.made", page.date(referral.createdAt()));
			if (referral.status().open() && referral.followUpOn() != null) {
				detail = detail + " · " + page.t("childPanels.referral.followUp", page.day(referral.followUpOn()));
			}
			return new Panel.Line(referral.service(), detail, "/referrals/" + referral.id(),
					new Panel.Badge(page.t("referral.status." + referral.status().name()), tone(referral.status())));
		}).toList();
		return List.of(new Panel("referrals", page.t("childPanels.referrals.title"), lines,
				found.size() > LIMIT ? new Panel.Link(page.t("childPanels.referrals.more"), "/referrals") : null,
				page.t("childPanels.referrals.empty"), ORDER));
	}

	private static Panel.Tone tone(ReferralStatus status) {
		return switch (status) {
			case ACCEPTED, IN_PROGRESS, COMPLETED -> Panel.Tone.GOOD;
			case DECLINED -> Panel.Tone.URGENT;
			case PROPOSED, SENT -> Panel.Tone.ATTENTION;
			case NO_LONGER_NEEDED -> Panel.Tone.NEUTRAL;
		};
	}
}
