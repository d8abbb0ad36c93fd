package nl.samenspel.participation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A worker's answer to a child's question, sealed when stored. */
public record QuestionAnswer(@NotBlank @Size(max = Questions.MAX_ANSWER) @PlainText(multiline = true) @Nullable String text) {
}
