package nl.samenspel.participation;

/** Whether a round still takes ideas and votes. */
public enum RoundStatus {
	OPEN, CLOSED
}
