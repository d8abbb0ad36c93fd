package nl.samenspel.participation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** An idea proposed in a round, by a child ({@code childId}) or by a worker on behalf of a group (no child). */
public record IdeaProposal(@NotNull @Nullable UUID roundId,
		@NotBlank @Size(max = IdeaProposal.MAX_LENGTH) @PlainText(multiline = true) @Nullable String text,
		@Nullable UUID childId) {

	public static final int MAX_LENGTH = 500;
}
