package nl.samenspel.participation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.participation.Idea;
import nl.samenspel.participation.Project;
import nl.samenspel.participation.ProjectDetails;
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
			List<Option> statuses, List<Option> activities, FieldMessages errors, List<String> moderation,
			boolean hasPicture, FieldMessages pictureErrors) {
	}

	public record ProjectList(List<Project.Summary> projects, ProjectDetails form, FieldMessages errors,
			List<Option> activities) {
	}

	/**
	 * The forms of a project's page after one was sent and refused: which one ({@code details}, {@code progress},
	 * {@code member}, {@code task}, {@code photo}), its messages and what was typed, so that it shows again.
	 */
	public record ProjectForms(@Nullable String failed, FieldMessages errors, @Nullable ProjectDetails details,
			@Nullable String outcome, @Nullable String taskText) {

		static final ProjectForms NONE = new ProjectForms(null, FieldMessages.NONE, null, null, null);

		ProjectForms failed(String form, FieldMessages messages) {
			return new ProjectForms(form, messages, details, outcome, taskText);
		}

		ProjectForms withDetails(ProjectDetails sent) {
			return new ProjectForms(failed, errors, sent, outcome, taskText);
		}

		ProjectForms withOutcome(@Nullable String sent) {
			return new ProjectForms(failed, errors, details, sent, taskText);
		}

		ProjectForms withTask(@Nullable String sent) {
			return new ProjectForms(failed, errors, details, outcome, sent);
		}

		/** The messages for the named form, none for the others. */
		public FieldMessages errorsOf(String form) {
			return form.equals(failed) ? errors : FieldMessages.NONE;
		}
	}

	/** A project's page: the participants' names for staff, moderation flags, the choices of its forms. */
	public record ProjectPage(Project project, Map<UUID, String> names, @Nullable String activityTitle,
			List<String> moderation, List<Option> children, List<Option> members, List<Option> statuses,
			List<Option> activities, ProjectForms forms) {

		public String name(UUID childId) {
			return names.getOrDefault(childId, "?");
		}
	}
}
