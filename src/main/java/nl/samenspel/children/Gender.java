package nl.samenspel.children;

/** A child's gender, as the family states it; recording it is optional. */
public enum Gender {
	GIRL, BOY, OTHER, NOT_RECORDED
}
