package nl.samenspel.participation.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.samenspel.participation.Council;
import nl.samenspel.participation.CouncilDecision;
import nl.samenspel.participation.CouncilDetails;
import nl.samenspel.participation.CouncilMeeting;
import nl.samenspel.participation.CouncilMember;
import nl.samenspel.participation.DecisionDetails;
import nl.samenspel.participation.MeetingDetails;
import nl.samenspel.participation.MemberDetails;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;

/** What the children's council pages show. Children's names are on them: the pages are for staff only. */
public final class CouncilViews {

	private CouncilViews() {
	}

	public record CouncilList(List<Council> councils, CouncilDetails form, FieldMessages errors, List<Option> activities) {
	}

	/** A member with the child's name (for staff of the organisation). */
	public record MemberRow(CouncilMember member, String name) {
	}

	/** A meeting with the names of the members who were there. */
	public record MeetingRow(CouncilMeeting meeting, List<String> present) {
	}

	/** A decision with its meeting's day, the idea it is about (if any) and the statuses to choose from. */
	public record DecisionRow(CouncilDecision decision, @Nullable LocalDate meetingDate, @Nullable String ideaText,
			List<Option> statuses) {
	}

	/**
	 * The council's page. The forms' last input ({@code member}, {@code meeting}, {@code decision}) is shown again;
	 * {@code errors} belong to the form named {@code failed}: "member", "meeting", "decision", "end-{member id}" or
	 * "status-{decision id}".
	 */
	public record CouncilPage(Council council, @Nullable String activityTitle, List<MemberRow> current,
			List<MemberRow> former, List<MeetingRow> meetings, List<DecisionRow> decisions, List<Option> children,
			List<Option> roles, List<Option> presentOptions, List<Option> meetingOptions, List<Option> ideaOptions,
			MemberDetails member, MeetingDetails meeting, DecisionDetails decision, String failed, FieldMessages errors,
			LocalDate today) {

		public FieldMessages errorsFor(String form) {
			return form.equals(failed) ? errors : FieldMessages.NONE;
		}
	}
}
