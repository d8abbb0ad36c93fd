package nl.samenspel.children;

/** Where a child's record stands: in use, registered by a parent and waiting for a worker's approval, or erased on request (only anonymous statistics remain). */
public enum ChildStatus {
	ACTIVE, PENDING, ERASED
}
