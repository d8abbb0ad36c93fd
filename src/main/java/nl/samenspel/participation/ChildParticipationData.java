package nl.samenspel.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.children.ChildDataSections;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.NotFound;

/**
 * What participation holds about one child, for the access request ({@code children/ChildPrivacy.export}, which has
 * checked that the viewer is a COORDINATOR of the child's organisation): the ideas they proposed, the questions asked
 * with their name with the answers (opened, every read logged; {@link Questions#named}), the feedback given with their
 * name, and their council and project memberships. What the child said without their name stays anonymous towards
 * staff, so it is not in an export a coordinator makes, nor is a question that reads like danger. Only the
 * child's own rows of the viewer's organisation; no other child's name (a council or project shows its name and the
 * child's role, never its other members).
 */
@Component
@Order(100)
class ChildParticipationData implements ChildDataSections {

	private final IdeaStore ideas;
	private final Questions questions;
	private final FeedbackStore feedback;
	private final CouncilStore councils;
	private final ProjectStore projects;
	private final Programme programme;

	ChildParticipationData(IdeaStore ideas, Questions questions, FeedbackStore feedback, CouncilStore councils,
			ProjectStore projects, Programme programme) {
		this.ideas = ideas;
		this.questions = questions;
		this.feedback = feedback;
		this.councils = councils;
		this.projects = projects;
		this.programme = programme;
	}

	@Override
	@Transactional
	public List<Section> sections(CurrentUser viewer, UUID childId) {
		var organisationId = viewer.organisationId();
		var ideaRows = ideas.ideasOf(organisationId, childId).stream()
			.map(it -> new Row(day(it.idea().createdAt()), null, "participation.export.idea",
					"participation.ideas.status." + it.idea().status().name(), it.idea().text() + " (" + it.roundTitle() + ")"))
			.toList();
		var questionRows = new ArrayList<Row>();
		for (var question : questions.named(organisationId, childId, AuditLog.Actor.of(viewer))) {
			questionRows.add(new Row(day(question.askedAt()), null, "participation.export.question", null,
					question.text()));
			if (question.answer() != null) {
				questionRows.add(new Row(question.answeredAt() == null ? null : day(question.answeredAt()), null,
						"participation.export.answer", null, question.answer()));
			}
		}
		var sessions = new HashMap<UUID, Optional<Session>>();
		var feedbackRows = feedback.named(organisationId, childId).stream().map(it -> {
			var session = sessions.computeIfAbsent(it.sessionId(), id -> session(viewer, id));
			var texts = new ArrayList<String>();
			session.ifPresent(found -> texts.add(found.title()));
			if (it.fun() != null) {
				texts.add(it.fun());
			}
			if (it.better() != null) {
				texts.add(it.better());
			}
			return new Row(session.map(Session::date).orElse(day(it.recordedAt())), null, "participation.export.feedback",
					"participation.export.score." + it.score(), String.join(" · ", texts));
		}).toList();
		var councilRows = councils.membershipsOf(organisationId, childId).stream()
			.map(it -> new Row(it.from(), it.until(), "participation.export.council",
					"participation.council.role." + it.role().name(), it.council()))
			.toList();
		var projectRows = projects.membershipsOf(organisationId, childId).stream()
			.map(it -> new Row(day(it.since()), null, "participation.export.project", null, it.project() + " · " + it.role()))
			.toList();
		return List.of(new Section("participation.export.ideas", ideaRows),
				new Section("participation.export.questions", questionRows),
				new Section("participation.export.feedbacks", feedbackRows),
				new Section("participation.export.councils", councilRows),
				new Section("participation.export.projects", projectRows));
	}

	private Optional<Session> session(CurrentUser viewer, UUID id) {
		try {
			return Optional.of(programme.session(viewer, id));
		}
		catch (NotFound gone) {
			return Optional.empty();
		}
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(DutchTime.ZONE).toLocalDate();
	}
}
