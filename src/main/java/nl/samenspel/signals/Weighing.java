package nl.samenspel.signals;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The afwegingskader: five questions, answered in order. The answers so far decide what comes next: close (no
 * suspicion), report to Veilig Thuis, or help without a report (with monitoring).
 */
public final class Weighing {

	public enum Outcome {
		/** Not all needed questions are answered yet. */
		PENDING,
		/** Question 1 answered no: close the case and record it. */
		NO_SUSPICION,
		/** A report to Veilig Thuis is needed. */
		REPORT,
		/** Help achieves safety: no report, close with monitoring agreements. */
		HELP
	}

	private Weighing() {
	}

	/** The answer to each question in order (index 0 is question 1), as far as answered. */
	public static Outcome outcome(List<Boolean> answers) {
		for (int i = 0; i < answers.size(); i++) {
			var yes = answers.get(i);
			switch (i + 1) {
				case 1 -> {
					if (!yes) {
						return Outcome.NO_SUSPICION;
					}
				}
				case 2 -> {
					if (yes) {
						return Outcome.REPORT;
					}
				}
				case 3, 4 -> {
					if (!yes) {
						return Outcome.REPORT;
					}
				}
				case 5 -> {
					return yes ? Outcome.HELP : Outcome.REPORT;
				}
				default -> throw new IllegalStateException("five questions");
			}
		}
		return Outcome.PENDING;
	}

	/** The next question to answer (1-5), or none when the weighing is concluded. */
	public static @Nullable Integer next(List<Boolean> answers) {
		return outcome(answers) == Outcome.PENDING ? answers.size() + 1 : null;
	}
}
