package nl.samenspel.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.PlainText;

/**
 * The children's council (kinderraad), kept by COORDINATORs and WORKERs of the organisation: its members (children of
 * the organisation, with a role; a child leaves on a day and stays in the history), its meetings with who was present,
 * and the decisions taken there with where they stand. A decision may be about an idea of the organisation; the idea's
 * page then shows it. Bad input throws a {@link FieldRejected} and saves nothing; the texts never go into a log or an
 * event, and the audit names only the row.
 */
@Service
@Transactional
public class Councils {

	private final CouncilStore store;
	private final Ideas ideas;
	private final ChildManagement children;
	private final Programme programme;
	private final AuditLog audit;
	private final Clock clock;

	Councils(CouncilStore store, Ideas ideas, ChildManagement children, Programme programme, AuditLog audit, Clock clock) {
		this.store = store;
		this.ideas = ideas;
		this.children = children;
		this.programme = programme;
		this.audit = audit;
		this.clock = clock;
	}

	/** A council with its members (current and former), meetings (latest first) and decisions (latest first). */
	public record Overview(Council council, List<CouncilMember> members, List<CouncilMeeting> meetings,
			List<CouncilDecision> decisions, LocalDate today) {

		public List<CouncilMember> current() {
			return members.stream().filter(member -> member.activeOn(today)).toList();
		}

		public List<CouncilMember> former() {
			return members.stream().filter(member -> !member.activeOn(today)).toList();
		}
	}

	/** A council's decision about an idea, as the idea's page shows it. */
	public record AboutIdea(UUID councilId, String councilName, LocalDate meetingDate, CouncilDecision decision) {
	}

	public Council create(CurrentUser user, CouncilDetails details) {
		Rounds.requireKeeper(user);
		var name = required("name", details.name(), 200, false);
		Rounds.checkActivity(programme, user.organisationId(), details.activityId());
		var id = UUID.randomUUID();
		store.insertCouncil(id, user.organisationId(), name, details.activityId(), user.id(), clock.instant());
		audit.record(AuditAction.CREATED, "participation_council", id, AuditResult.SUCCESS);
		return council(user, id);
	}

	@Transactional(readOnly = true)
	public List<Council> councils(CurrentUser user) {
		Rounds.requireKeeper(user);
		return store.councils(user.organisationId());
	}

	/** The organisation's council; another organisation's is not found. */
	@Transactional(readOnly = true)
	public Council council(CurrentUser user, UUID id) {
		Rounds.requireKeeper(user);
		return store.council(user.organisationId(), id).orElseThrow(NotFound::new);
	}

	/** Everything of the council, for its page; it names children, so the opening is audited. */
	public Overview overview(CurrentUser user, UUID id) {
		var council = council(user, id);
		audit.record(AuditAction.READ, "participation_council", id, AuditResult.SUCCESS);
		return new Overview(council, store.members(id), store.meetings(id), store.decisions(id), today());
	}

	/** A child of the organisation joins; a child who is a member already (and has not left) is refused. */
	public CouncilMember addMember(CurrentUser user, UUID councilId, MemberDetails details) {
		Rounds.requireKeeper(user);
		var council = store.lockedCouncil(user.organisationId(), councilId).orElseThrow(NotFound::new);
		if (details.childId() == null || children.cards(user, List.of(details.childId())).isEmpty()) {
			throw new FieldRejected("childId", "participation.council.error.child");
		}
		if (details.role() == null) {
			throw new FieldRejected("role", "participation.council.error.role");
		}
		var from = details.from() == null ? today() : details.from();
		if (details.until() != null && details.until().isBefore(from)) {
			throw new FieldRejected("until", "participation.council.error.untilBeforeFrom");
		}
		if (store.memberOn(council.id(), details.childId(), from)) {
			throw new FieldRejected("childId", "participation.council.error.alreadyMember");
		}
		var id = UUID.randomUUID();
		store.insertMember(id, council.id(), details.childId(), details.role(), from, details.until(), user.id(),
				clock.instant());
		audit.record(AuditAction.CREATED, "participation_council_member", id, AuditResult.SUCCESS);
		return store.member(council.id(), id).orElseThrow();
	}

	/** The child leaves the council on {@code until}; the membership stays, as history. */
	public CouncilMember endMember(CurrentUser user, UUID councilId, UUID memberId, MemberEnd end) {
		var council = council(user, councilId);
		var member = store.member(council.id(), memberId).orElseThrow(NotFound::new);
		if (end.until() == null) {
			throw new FieldRejected("until", "participation.council.error.untilRequired");
		}
		if (member.until() != null && !member.activeOn(today())) {
			throw new FieldRejected("until", "participation.council.error.alreadyLeft");
		}
		if (end.until().isBefore(member.from())) {
			throw new FieldRejected("until", "participation.council.error.untilBeforeFrom");
		}
		store.endMember(member.id(), end.until());
		audit.record(AuditAction.UPDATED, "participation_council_member", member.id(), AuditResult.SUCCESS);
		return store.member(council.id(), member.id()).orElseThrow();
	}

	/** A meeting, at most a year ahead, with the members of this council who were there. */
	public CouncilMeeting addMeeting(CurrentUser user, UUID councilId, MeetingDetails details) {
		var council = council(user, councilId);
		if (details.date() == null) {
			throw new FieldRejected("date", "participation.council.error.dateRequired");
		}
		if (details.date().isAfter(today().plusYears(1))) {
			throw new FieldRejected("date", "participation.council.error.dateTooFar");
		}
		var place = optional("place", details.place(), MeetingDetails.PLACE, false);
		var agenda = required("agenda", details.agenda(), MeetingDetails.AGENDA, true);
		var notes = optional("notes", details.notes(), MeetingDetails.NOTES, true);
		var present = details.present() == null ? List.<UUID>of() : List.copyOf(new HashSet<>(details.present()));
		var members = store.members(council.id()).stream().map(CouncilMember::id).toList();
		if (!members.containsAll(present)) {
			throw new FieldRejected("present", "participation.council.error.present");
		}
		var id = UUID.randomUUID();
		store.insertMeeting(id, council.id(), details.date(), place, agenda, notes, present, user.id(), clock.instant());
		audit.record(AuditAction.CREATED, "participation_council_meeting", id, AuditResult.SUCCESS);
		return store.meetings(council.id()).stream().filter(it -> it.id().equals(id)).findFirst().orElseThrow();
	}

	/** A decision taken in one of the council's meetings, optionally about an idea of the organisation. */
	public CouncilDecision recordDecision(CurrentUser user, UUID councilId, DecisionDetails details) {
		var council = council(user, councilId);
		if (details.meetingId() == null || !store.hasMeeting(council.id(), details.meetingId())) {
			throw new FieldRejected("meetingId", "participation.council.error.meeting");
		}
		var text = required("text", details.text(), DecisionDetails.TEXT, true);
		var assignee = optional("assignee", details.assignee(), DecisionDetails.ASSIGNEE, false);
		if (details.ideaId() != null) {
			try {
				ideas.idea(user, details.ideaId());
			}
			catch (NotFound notFound) {
				throw new FieldRejected("ideaId", "participation.council.error.idea");
			}
		}
		var id = UUID.randomUUID();
		store.insertDecision(id, council.id(), details.meetingId(), text, details.ideaId(), assignee, user.id(),
				clock.instant());
		audit.record(AuditAction.CREATED, "participation_council_decision", id, AuditResult.SUCCESS);
		return store.decision(council.id(), id).orElseThrow();
	}

	/** Where the decision stands now; FAILED (niet gelukt) needs a reason a child understands. */
	public CouncilDecision changeDecision(CurrentUser user, UUID councilId, UUID decisionId, DecisionChange change) {
		var council = council(user, councilId);
		var decision = store.decision(council.id(), decisionId).orElseThrow(NotFound::new);
		if (change.status() == null) {
			throw new FieldRejected("status", "participation.council.error.status");
		}
		var reason = change.status() == DecisionStatus.FAILED
				? required("reason", change.reason(), DecisionChange.REASON, false) : null;
		store.changeDecision(decision.id(), change.status(), reason, user.id(), clock.instant());
		audit.record(AuditAction.UPDATED, "participation_council_decision", decision.id(), AuditResult.SUCCESS);
		return store.decision(council.id(), decision.id()).orElseThrow();
	}

	/** The decisions of the organisation's councils about an idea of the organisation (another's is not found). */
	@Transactional(readOnly = true)
	public List<AboutIdea> aboutIdea(CurrentUser user, UUID ideaId) {
		var idea = ideas.idea(user, ideaId);
		return store.decisionsAbout(user.organisationId(), idea.id());
	}

	private LocalDate today() {
		return DutchTime.today(clock);
	}

	/** A required text: stripped, at most {@code max} characters, plain text. */
	private static String required(String field, @Nullable String text, int max, boolean multiline) {
		var checked = optional(field, text, max, multiline);
		if (checked == null) {
			throw new FieldRejected(field, "participation.council.error.required");
		}
		return checked;
	}

	private static @Nullable String optional(String field, @Nullable String text, int max, boolean multiline) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var stripped = text.strip();
		if (stripped.length() > max) {
			throw new FieldRejected(field, "participation.council.error.tooLong", max);
		}
		var checked = multiline ? stripped.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ') : stripped;
		if (!new PlainText.Validator().isValid(checked, null)) {
			throw new FieldRejected(field, "validation.plainText");
		}
		return stripped;
	}
}
