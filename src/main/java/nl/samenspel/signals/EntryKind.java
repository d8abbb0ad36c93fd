package nl.samenspel.signals;

/** What was recorded in a step of a Meldcode case. */
public enum EntryKind {
	OBSERVATION(1), HYPOTHESIS(1), CONSULTATION(2), VEILIG_THUIS_ADVICE(2), CONVERSATION(3), CONVERSATION_SKIPPED(3),
	WEIGHING(4), DECISION(5), REPORT(5), HELP(5), CLOSURE(5);

	private final int step;

	EntryKind(int step) {
		this.step = step;
	}

	public int step() {
		return step;
	}
}
