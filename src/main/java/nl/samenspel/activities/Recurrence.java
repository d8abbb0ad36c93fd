package nl.samenspel.activities;

/** How often a schedule repeats between its first and last date. */
public enum Recurrence {
	ONCE, WEEKLY, FORTNIGHTLY
}
