package nl.samenspel.participation;

/** Where a council's decision stands: besloten, bezig, gedaan, or niet gelukt (with a reason a child understands). */
public enum DecisionStatus {
	DECIDED, IN_PROGRESS, DONE, FAILED
}
