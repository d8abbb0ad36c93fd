package nl.samenspel.organisation;

/** The school-holiday region an organisation lies in (noord, midden, zuid). */
public enum Region {
	NORTH, MIDDLE, SOUTH
}
