package nl.samenspel.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import nl.samenspel.kernel.FieldRejected;

/**
 * Runs actions at the same moment on threads of their own (released together by a latch), as requests arriving at
 * once do, and gives what became of each: {@code "stored"}, or the message key of its refusal.
 */
final class AtOnce {

	static final String STORED = "stored";

	interface Action {
		void run() throws Exception;
	}

	private AtOnce() {
	}

	static List<String> outcomes(List<Action> actions) throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(actions.size());
		try {
			var futures = actions.stream().map(action -> pool.submit(() -> {
				start.await();
				try {
					action.run();
					return STORED;
				}
				catch (FieldRejected rejected) {
					return rejected.messageKey();
				}
			})).toList();
			start.countDown();
			var outcomes = new ArrayList<String>();
			for (var future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
