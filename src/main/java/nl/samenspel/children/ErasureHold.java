package nl.samenspel.children;

import java.util.UUID;

/**
 * A reason to keep a child's record although erasure was asked for. The signals module registers one for children
 * under a Meldcode procedure, which must be kept until that procedure's own retention ends.
 */
public interface ErasureHold {

	/** Whether the child's record must be kept for now. */
	boolean holds(UUID childId);
}
