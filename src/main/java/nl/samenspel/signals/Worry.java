package nl.samenspel.signals;

/** How worried the person who raised the signal is. */
public enum Worry {
	LOW, MEDIUM, HIGH
}
