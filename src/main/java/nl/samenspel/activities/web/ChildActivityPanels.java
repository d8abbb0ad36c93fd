package nl.samenspel.activities.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.samenspel.activities.ChildHistory;
import nl.samenspel.activities.EnrolmentStatus;
import nl.samenspel.children.ChildPanels;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/**
 * The child's places and attendance on the child's page, for the staff of the programme ({@link ChildHistory}): each
 * place leads to its activity, each session to its attendance list.
 */
@Component
class ChildActivityPanels implements ChildPanels {

	static final int ENROLMENTS_ORDER = 10;
	static final int ATTENDANCE_ORDER = 20;

	private final ChildHistory history;

	ChildActivityPanels(ChildHistory history) {
		this.history = history;
	}

	@Override
	public List<Panel> panels(CurrentUser viewer, UUID childId, Page page) {
		return history.of(viewer, childId).map(found -> List.of(enrolments(found, page), attendance(found, page)))
			.orElse(List.of());
	}

	private static Panel enrolments(ChildHistory.Overview found, Page page) {
		var lines = new ArrayList<Panel.Line>();
		for (var place : found.places()) {
			var text = place.sessionDate() == null ? place.activity()
					: page.t("childPanels.enrolment.session", place.activity(), page.day(place.sessionDate()));
			var badge = place.status() == EnrolmentStatus.WAITING
					? new Panel.Badge(page.t("childPanels.enrolment.waiting", place.waitingPosition()), Panel.Tone.ATTENTION)
					: new Panel.Badge(page.t("childPanels.enrolment.enrolled"), Panel.Tone.GOOD);
			lines.add(new Panel.Line(text, page.t("childPanels.enrolment.since", page.date(place.since())),
					"/activities/" + place.activityId(), badge));
		}
		return new Panel("enrolments", page.t("childPanels.enrolments.title"), lines,
				found.morePlaces() ? new Panel.Link(page.t("childPanels.enrolments.more"), "/activities") : null,
				page.t("childPanels.enrolments.empty"), ENROLMENTS_ORDER);
	}

	private static Panel attendance(ChildHistory.Overview found, Page page) {
		var lines = new ArrayList<Panel.Line>();
		if (!found.visits().isEmpty()) {
			lines.add(Panel.Line.of(page.t("childPanels.attendance.recent", found.presentRecently(),
					ChildHistory.RECENT_MONTHS), page.t("childPanels.attendance.recentSince", page.day(found.recentSince())),
					null));
		}
		for (var visit : found.visits()) {
			var detail = visit.present() && visit.leftAt() != null
					? page.t("childPanels.attendance.left", page.time(visit.leftAt())) : null;
			lines.add(new Panel.Line(page.t("childPanels.attendance.session", page.day(visit.date()), visit.activity()),
					detail, "/sessions/" + visit.sessionId(),
					visit.present() ? new Panel.Badge(page.t("attendance.present"), Panel.Tone.GOOD)
							: new Panel.Badge(page.t("attendance.absent"), Panel.Tone.NEUTRAL)));
		}
		return new Panel("attendance", page.t("childPanels.attendance.title"), lines, null,
				page.t("childPanels.attendance.empty"), ATTENDANCE_ORDER);
	}
}
