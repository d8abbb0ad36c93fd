package nl.samenspel;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Waiting for events to be delivered. Listeners ({@code @ApplicationModuleListener}) run after the publishing
 * transaction committed, on another thread: a test that acts and then looks at what a listener does (a rollup, a
 * mail, a cancelled place) waits here first. Delivered means the event publication registry holds no incomplete
 * publication any more; it polls, it never sleeps a fixed time.
 */
public final class Deliveries {

	private Deliveries() {
	}

	public static void await(EventPublicationRegistry publications) {
		Awaitility.await("every event publication completed").atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(10)).pollDelay(Duration.ZERO)
			.until(() -> publications.findIncompletePublications().isEmpty());
	}
}
