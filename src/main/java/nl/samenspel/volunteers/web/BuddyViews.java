package nl.samenspel.volunteers.web;

import java.time.LocalDate;
import java.util.List;

import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;
import nl.samenspel.volunteers.BuddyMeeting;
import nl.samenspel.volunteers.BuddyMeetingDetails;
import nl.samenspel.volunteers.BuddyPair;
import nl.samenspel.volunteers.BuddyPairDetails;
import nl.samenspel.volunteers.BuddyPairEnd;

/** What the buddy pair pages show. Names of children and residents are on them: the pages are for coordinators only. */
public final class BuddyViews {

	private BuddyViews() {
	}

	/** A pair with the buddy's and the partner's names, and how many meetings it logged. */
	public record PairRow(BuddyPair pair, String buddy, String partner, int meetings) {
	}

	/** The list: running pairs, or the ended ones. */
	public record PairList(List<PairRow> pairs, boolean ended) {
	}

	/** The form for a new pair, with its choices and the last input. */
	public record PairForm(BuddyPairDetails details, List<Option> volunteers, List<Option> ageBands,
			List<Option> children, List<Option> activities, FieldMessages errors) {
	}

	/**
	 * A pair's page: the pair with its names, its meetings, the meeting form and the end form; {@code errors} belong
	 * to the form named {@code failed} ("meeting" or "end").
	 */
	public record PairPage(PairRow row, List<BuddyMeeting> meetings, BuddyMeetingDetails meeting, BuddyPairEnd end,
			List<Option> reasons, String failed, FieldMessages errors, LocalDate today) {

		public FieldMessages errorsFor(String form) {
			return form.equals(failed) ? errors : FieldMessages.NONE;
		}
	}
}
