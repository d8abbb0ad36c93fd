package nl.samenspel.signals;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** What each step of a Meldcode case takes, as typed in its form or sent to the API. */
public final class StepRequests {

	private StepRequests() {
	}

	/** Step 1: an observation (a fact), or a hypothesis labelled as such. */
	public record Observation(@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String content,
			@Nullable Boolean hypothesis) {
	}

	/** Step 2: a consultation of a colleague, or advice of Veilig Thuis with its reference. */
	public record Consultation(@NotBlank @Size(max = 200) @PlainText @Nullable String withWhom,
			@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String content,
			@Nullable Boolean veiligThuis, @Size(max = 100) @PlainText @Nullable String reference) {
	}

	/** Step 3: the conversation with the parents and/or child, or why it was skipped for safety. */
	public record Conversation(@NotNull @Nullable Boolean held, @Size(max = 200) @PlainText @Nullable String withWhom,
			@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String content) {
	}

	/** Step 4: the answer to one question of the afwegingskader. */
	public record Answer(@NotNull @Min(1) @Max(5) @Nullable Integer question, @NotNull @Nullable Boolean answer,
			@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String explanation) {
	}

	/** Step 5: the two decisions. */
	public record Decision(@NotNull @Nullable Boolean reportRequired, @NotNull @Nullable Boolean helpPossible,
			@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String explanation) {
	}

	/** Step 5: the report to Veilig Thuis. */
	public record Report(@NotNull @Nullable LocalDate reportedOn, @Size(max = 100) @PlainText @Nullable String reference,
			@Size(max = 4000) @PlainText(multiline = true) @Nullable String content) {
	}

	/** Step 5: the help agreed, and when to follow up. */
	public record Help(@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String content,
			@NotNull @Nullable LocalDate followUpOn) {
	}

	/** Closing the case once the decisions are carried out. */
	public record Closure(@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String content) {
	}

	public record Member(@NotNull @Nullable UUID userId) {
	}

	public record HypothesisOutcome(@NotNull @Nullable Boolean confirmed) {
	}
}
