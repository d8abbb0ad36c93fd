package nl.samenspel.children;

/** How a consent was given: on a signed form, in the parent portal, or spoken (recorded by a worker). */
public enum ConsentMethod {
	PAPER, PORTAL, SPOKEN
}
