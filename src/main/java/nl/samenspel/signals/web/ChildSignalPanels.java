package nl.samenspel.signals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildPanels;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.signals.CaseStatus;
import nl.samenspel.signals.ChildConcerns;
import nl.samenspel.signals.Worry;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/**
 * The child's signals and Meldcode cases on the child's page, for the safeguarding officer only
 * ({@link ChildConcerns}): each line leads to the signal or the case, without its content.
 */
@Component
class ChildSignalPanels implements ChildPanels {

	static final int SIGNALS_ORDER = 40;
	static final int CASES_ORDER = 50;

	private final ChildConcerns concerns;

	ChildSignalPanels(ChildConcerns concerns) {
		this.concerns = concerns;
	}

	@Override
	public List<Panel> panels(CurrentUser viewer, UUID childId, Page page) {
		return concerns.of(viewer, childId).map(found -> List.of(signals(found, page), cases(found, page)))
			.orElse(List.of());
	}

	private static Panel signals(ChildConcerns.Concerns found, Page page) {
		var lines = new ArrayList<Panel.Line>();
		for (var signal : found.signals()) {
			var detail = page.t("childPanels.signal.raised", page.date(signal.raisedAt()));
			if (signal.caseId() != null) {
				detail = detail + " · " + page.t("childPanels.signal.inCase");
			}
			lines.add(new Panel.Line(page.t("signal.category." + signal.category().name()), detail,
					"/signals/" + signal.id(),
					new Panel.Badge(page.t("signal.worry." + signal.worry().name()), tone(signal.worry()))));
		}
		return new Panel("signals", page.t("childPanels.signals.title"), lines,
				found.moreSignals() ? new Panel.Link(page.t("childPanels.signals.more"), "/signals") : null,
				page.t("childPanels.signals.empty"), SIGNALS_ORDER);
	}

	private static Panel cases(ChildConcerns.Concerns found, Page page) {
		var lines = new ArrayList<Panel.Line>();
		for (var concern : found.cases()) {
			var open = concern.status() == CaseStatus.OPEN;
			String detail;
			if (!open) {
				detail = page.t("childPanels.case.closed", page.date(concern.closedAt()));
			}
			else if (concern.followUpOn() != null) {
				detail = page.t("childPanels.case.next", page.day(concern.followUpOn()));
			}
			else {
				detail = page.t("childPanels.case.opened", page.date(concern.openedAt()));
			}
			lines.add(new Panel.Line(page.t("childPanels.case.step", concern.step()), detail, "/cases/" + concern.id(),
					new Panel.Badge(page.t("case.status." + concern.status().name()),
							open ? Panel.Tone.ATTENTION : Panel.Tone.NEUTRAL)));
		}
		return new Panel("cases", page.t("childPanels.cases.title"), lines,
				found.moreCases() ? new Panel.Link(page.t("childPanels.cases.more"), "/signals") : null,
				page.t("childPanels.cases.empty"), CASES_ORDER);
	}

	private static Panel.Tone tone(Worry worry) {
		return switch (worry) {
			case HIGH -> Panel.Tone.URGENT;
			case MEDIUM -> Panel.Tone.ATTENTION;
			case LOW -> Panel.Tone.NEUTRAL;
		};
	}
}
