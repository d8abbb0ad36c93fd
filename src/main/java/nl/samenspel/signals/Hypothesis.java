package nl.samenspel.signals;

/** A hypothesis is recorded as such, and later confirmed or refuted. */
public enum Hypothesis {
	OPEN, CONFIRMED, REFUTED
}
