package nl.samenspel.participation.web;

import java.util.List;

import nl.samenspel.participation.Question;
import nl.samenspel.participation.QuestionRequest;
import nl.samenspel.participation.Questions;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;

/** What the children's-questions templates show. Public because jte's generated classes live in another package. */
public final class QuestionViews {

	private QuestionViews() {
	}

	public record QuestionList(List<Questions.Summary> questions) {
	}

	/** The form to record a question; {@code helpNow} after a question that matched the danger list was recorded. */
	public record QuestionForm(QuestionRequest request, List<Option> children, FieldMessages errors, boolean helpNow,
			boolean saved) {
	}

	/** {@code moderation}: what the question's text seems to hold (a name, a phone number), for whoever publishes it. */
	public record QuestionPage(Question question, String answer, FieldMessages errors, boolean mayOpenSignal,
			List<String> moderation) {
	}
}
