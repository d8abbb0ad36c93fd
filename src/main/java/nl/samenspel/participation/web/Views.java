package nl.samenspel.participation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.samenspel.participation.Idea;
import nl.samenspel.participation.Round;
import nl.samenspel.participation.RoundDetails;
import nl.samenspel.participation.Rounds;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;

/** What the participation pages show. */
public final class Views {

	private Views() {
	}

	public record RoundList(List<Round> rounds, RoundDetails form, FieldMessages errors, List<Option> methods) {
	}

	/** An idea on the round's page, with the proposing child's first name for staff (none for a group's idea). */
	public record IdeaRow(Idea idea, @Nullable String childName) {
	}

	/** The round's page; {@code ideaErrors} and {@code ballotErrors} belong to the form that was sent. */
	public record RoundPage(Round round, List<IdeaRow> ideas, Rounds.Results results, List<Option> children,
			@Nullable String ideaText, FieldMessages ideaErrors, FieldMessages ballotErrors) {
	}

	public record IdeaPage(Idea idea, Round round, @Nullable String childName, @Nullable String activityTitle,
			List<Option> statuses, List<Option> activities, FieldMessages errors) {
	}
}
