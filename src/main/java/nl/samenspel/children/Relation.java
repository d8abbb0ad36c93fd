package nl.samenspel.children;

/** How a guardian is related to a child. */
public enum Relation {
	MOTHER, FATHER, PARENT, FOSTER_PARENT, GUARDIAN, GRANDPARENT, OTHER
}
