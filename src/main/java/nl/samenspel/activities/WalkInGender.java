package nl.samenspel.activities;

/** How walk-ins are counted: girls, boys, and everyone else or not known. */
public enum WalkInGender {
	GIRL, BOY, OTHER
}
