package nl.samenspel.participation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * A decision taken in one of the council's meetings: the text in the children's words, optionally the idea it is
 * about, and who will do what.
 */
public record DecisionDetails(@NotNull @Nullable UUID meetingId,
		@NotBlank @Size(max = DecisionDetails.TEXT) @PlainText(multiline = true) @Nullable String text,
		@Nullable UUID ideaId, @Size(max = DecisionDetails.ASSIGNEE) @PlainText @Nullable String assignee) {

	public static final int TEXT = 500;

	public static final int ASSIGNEE = 300;
}
