package nl.samenspel.participation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * A question as a worker records it on a child's behalf: the child (none when the child asks anonymously, or when
 * {@code anonymous} is ticked) and the text, sealed when stored.
 */
public record QuestionRequest(@Nullable UUID childId, @Nullable Boolean anonymous,
		@NotBlank @Size(max = Questions.MAX_TEXT) @PlainText(multiline = true) @Nullable String text) {
}
