import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small closed-loop load generator for the benchmarks (not a test): CLIENTS threads send REQUESTS requests in all,
 * round-robin over the lines of a file ("METHOD URL [JSON body]"), with a bearer token, each thread waiting for its
 * answer before it sends the next. Prints requests per second and the client-side median and p95.
 *
 *   java bench/Load.java requests.txt TOKEN CLIENTS REQUESTS
 */
public class Load {

	public static void main(String[] args) throws Exception {
		var lines = Files.readAllLines(Path.of(args[0])).stream().filter(line -> !line.isBlank()).toList();
		var token = args[1];
		var clients = Integer.parseInt(args[2]);
		var total = Integer.parseInt(args[3]);
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		var next = new AtomicInteger();
		var failures = new AtomicInteger();
		var times = Collections.synchronizedList(new ArrayList<Long>());
		var pool = Executors.newFixedThreadPool(clients);
		var start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < total) {
					var parts = lines.get(i % lines.size()).split(" ", 3);
					var builder = HttpRequest.newBuilder(URI.create(parts[1])).header("Authorization", "Bearer " + token)
						.header("Accept", "application/json");
					if (parts.length > 2) {
						builder.header("Content-Type", "application/json")
							.method(parts[0], HttpRequest.BodyPublishers.ofString(parts[2]));
					}
					else {
						builder.method(parts[0], HttpRequest.BodyPublishers.noBody());
					}
					var sent = System.nanoTime();
					try {
						var response = http.send(builder.build(), HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() >= 300) {
							failures.incrementAndGet();
						}
					}
					catch (Exception e) {
						failures.incrementAndGet();
					}
					times.add(System.nanoTime() - sent);
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(10, TimeUnit.MINUTES);
		var seconds = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		System.out.printf("%d requests by %d clients in %.1f s: %.0f requests/s; client median %.1f ms, p95 %.1f ms; %d failed%n",
				sorted.size(), clients, seconds, sorted.size() / seconds, sorted.get(sorted.size() / 2) / 1e6,
				sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6, failures.get());
	}
}
