package nl.samenspel.children;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;

/** An erasure hold for the tests, standing in for the signals module's Meldcode procedures. */
@TestComponent
public class HeldChildren implements ErasureHold {

	static final Set<UUID> HELD = ConcurrentHashMap.newKeySet();

	@Override
	public boolean holds(UUID childId) {
		return HELD.contains(childId);
	}
}
