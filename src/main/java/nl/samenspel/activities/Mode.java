package nl.samenspel.activities;

/** How children join: just come in, register for each session, or join a series as a whole. */
public enum Mode {
	DROP_IN, PER_SESSION, SERIES;

	public boolean takesEnrolments() {
		return this != DROP_IN;
	}
}
