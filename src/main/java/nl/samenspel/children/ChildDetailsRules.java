package nl.samenspel.children;

import nl.samenspel.kernel.DutchTime;

/** Formats shared by the children module's forms. */
final class ChildDetailsRules {

	/** A phone number: optional +, then 8 to 15 digits, with spaces, dashes or brackets between them. */
	static final String PHONE = "\\s*(\\+?[0-9][0-9 ()-]{7,18}[0-9])?\\s*";

	/** Children of kinderwerk are 4 to 12; the registry keeps anyone under 18. */
	static final int MAX_AGE = 18;

	/** Children's ages count on the Dutch calendar. */
	static final java.time.ZoneId ZONE = DutchTime.ZONE;

	private ChildDetailsRules() {
	}

	static java.time.LocalDate today(java.time.Clock clock) {
		return java.time.LocalDate.now(clock.withZone(ZONE));
	}

	/** What is wrong with a date of birth (a message key), or nothing: not in the future, and under 18. */
	static java.util.Optional<String> dateOfBirthProblem(java.time.LocalDate born, java.time.LocalDate today) {
		if (born.isAfter(today)) {
			return java.util.Optional.of("child.error.future");
		}
		if (!born.isAfter(today.minusYears(MAX_AGE))) {
			return java.util.Optional.of("child.error.tooOld");
		}
		return java.util.Optional.empty();
	}
}
