package nl.samenspel.participation;

/** Where a children's project stands: still an idea, busy, or done. */
public enum ProjectStatus {
	IDEA, BUSY, DONE
}
