package nl.samenspel.children;

/** Formats shared by the children module's forms. */
final class ChildDetailsRules {

	/** A phone number: optional +, then 8 to 15 digits, with spaces, dashes or brackets between them. */
	static final String PHONE = "\\s*(\\+?[0-9][0-9 ()-]{7,18}[0-9])?\\s*";

	/** Children of kinderwerk are 4 to 12; the registry keeps anyone under 18. */
	static final int MAX_AGE = 18;

	private ChildDetailsRules() {
	}
}
