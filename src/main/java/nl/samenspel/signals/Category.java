package nl.samenspel.signals;

/** What a worry is about. */
public enum Category {
	SAFETY_AT_HOME, NEGLECT, POVERTY, BULLYING, HEALTH, DEVELOPMENT, OTHER
}
