import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The kiosk benchmark's load (not a test): CLIENTS threads play children's turns on kiosks, as a tablet's browser
 * would, until TURNS turns are done. A turn: the name list, the child's menu (choosing an avatar the first time), the
 * vote page, a vote for two ideas, the feedback page, five smileys with a "what was fun" text, the thank-you page.
 * Every request carries the kiosk's cookie and the CSRF cookie and header, as the browser sends them.
 *
 *   java bench/KioskLoad.java BASE KIOSKS_FILE CLIENTS TURNS one|many [THINK_MS]
 *
 * KIOSKS_FILE has a line per kiosk: "token roundId ideaId ideaId childId childId ...". With "one" every turn is on the
 * first kiosk (a group of children at one tablet at once); with "many" the turns go round the kiosks.
 * THINK_MS is the mean time a child takes between two taps (each pause drawn between half and one and a half times
 * it); 0 (the default) sends the next request at once, which measures what the server can take, not how it answers.
 * Prints turns and requests per second, client-side median and p95 per request, and the failures (status 400 and up).
 */
public class KioskLoad {

	/** The heading of the lock page (participation.kiosk.locked.title): a turn that meets it was refused. */
	static final String LOCKED = "Deze tablet is op slot";

	record Kiosk(String token, String round, List<String> ideas, List<String> children, AtomicInteger next) {
	}

	public static void main(String[] args) throws Exception {
		var base = args[0];
		var kiosks = new ArrayList<Kiosk>();
		for (var line : Files.readAllLines(Path.of(args[1]))) {
			if (line.isBlank()) {
				continue;
			}
			var parts = List.of(line.trim().split("\\s+"));
			kiosks.add(new Kiosk(parts.get(0), parts.get(1), parts.subList(2, 4), parts.subList(4, parts.size()),
					new AtomicInteger()));
		}
		var clients = Integer.parseInt(args[2]);
		var turns = Integer.parseInt(args[3]);
		var one = "one".equals(args[4]);
		var think = args.length > 5 ? Integer.parseInt(args[5]) : 0;
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER)
			.build();
		var xsrf = csrf(http, base, kiosks.get(0).token());
		var next = new AtomicInteger();
		var requests = new AtomicInteger();
		var failures = new ConcurrentHashMap<String, AtomicInteger>();
		var times = Collections.synchronizedList(new ArrayList<Long>());
		var pool = Executors.newFixedThreadPool(clients);
		var start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				int turn;
				while ((turn = next.getAndIncrement()) < turns) {
					var kiosk = one ? kiosks.get(0) : kiosks.get(turn % kiosks.size());
					var child = kiosk.children().get(kiosk.next().getAndIncrement() % kiosk.children().size());
					var client = new Client(http, base, kiosk.token(), xsrf, think, requests, failures, times);
					try {
						client.get("/kiosk");
						var menu = client.get("/kiosk/child/" + child);
						if (menu.contains("name=\"avatar\"")) {
							client.post("/kiosk/child/" + child + "/avatar", "avatar=FOX");
						}
						client.get("/kiosk/child/" + child + "/vote");
						client.post("/kiosk/child/" + child + "/vote", "roundId=" + kiosk.round() + "&ideaIds="
								+ kiosk.ideas().get(0) + "&ideaIds=" + kiosk.ideas().get(turn % 2));
						client.get("/kiosk/child/" + child + "/feedback");
						client.post("/kiosk/child/" + child + "/feedback", "score=" + (1 + turn % 5) + "&fun="
								+ URLEncoder.encode("Samen bouwen was leuk", StandardCharsets.UTF_8));
						client.get("/kiosk/thanks?done=feedback");
					}
					catch (Exception e) {
						failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.MINUTES);
		var seconds = (System.nanoTime() - start) / 1e9;
		if (times.isEmpty()) {
			throw new IllegalStateException("no request was answered: " + failures);
		}
		var sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		System.out.printf("  %d turns, %d requests in %.1f s: %.0f turns/s, %.0f requests/s; client median %.1f ms, p95 %.1f ms;"
				+ " failures %s%n", turns, requests.get(), seconds, turns / seconds, requests.get() / seconds,
				sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
				failures.isEmpty() ? "none" : failures);
	}

	/** The CSRF cookie the kiosk's first page hands out (its name depends on the secure-cookies setting). */
	static String[] csrf(HttpClient http, String base, String token) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create(base + "/kiosk"))
			.header("Cookie", "SAMENSPEL_KIOSK=" + token).build(), HttpResponse.BodyHandlers.ofString());
		for (var cookie : response.headers().allValues("Set-Cookie")) {
			var pair = cookie.split(";", 2)[0];
			if (pair.contains("XSRF-TOKEN=")) {
				var parts = pair.split("=", 2);
				return new String[] { parts[0], parts[1] };
			}
		}
		throw new IllegalStateException("the kiosk page set no CSRF cookie (status " + response.statusCode() + ")");
	}

	record Client(HttpClient http, String base, String token, String[] xsrf, int think, AtomicInteger requests,
			ConcurrentHashMap<String, AtomicInteger> failures, List<Long> times) {

		String get(String path) throws Exception {
			return send(request(path).GET().build());
		}

		String post(String path, String form) throws Exception {
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", xsrf[1]).POST(HttpRequest.BodyPublishers.ofString(form)).build());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
				.header("Cookie", "SAMENSPEL_KIOSK=" + token + "; " + xsrf[0] + "=" + xsrf[1]);
		}

		private String send(HttpRequest request) throws Exception {
			if (think > 0) {
				Thread.sleep(think / 2 + java.util.concurrent.ThreadLocalRandom.current().nextInt(think + 1));
			}
			var sent = System.nanoTime();
			var response = http.send(request, HttpResponse.BodyHandlers.ofString());
			times.add(System.nanoTime() - sent);
			requests.incrementAndGet();
			if (response.statusCode() >= 400) {
				failures.computeIfAbsent(request.method() + " " + response.statusCode(), k -> new AtomicInteger())
					.incrementAndGet();
			}
			if (response.body().contains(LOCKED)) {
				failures.computeIfAbsent("locked", k -> new AtomicInteger()).incrementAndGet();
			}
			return response.body();
		}
	}
}
