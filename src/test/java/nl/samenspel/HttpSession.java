package nl.samenspel;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.samenspel.organisation.SecondFactorCodes;

/**
 * A browser without the browser: a real HTTP client against the running application, keeping cookies (the session
 * and the XSRF-TOKEN) and following no redirects, so tests see exactly what a browser would be told.
 */
public class HttpSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;
	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
	private final HttpClient client;
	private String userAgent = "Samenspel-Tests";

	public HttpSession(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5)).build();
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
	}

	/** Sends this User-Agent header from now on, as a browser would. */
	public HttpSession userAgent(String value) {
		this.userAgent = value;
		return this;
	}

	/** Posts a form with the CSRF token taken from the page at {@code formPage}. */
	public HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
		return post(csrf(formPage), path, fields);
	}

	/** The CSRF token of the form at {@code formPage}, to post later with {@link #post(Optional, String, Map)}. */
	public Optional<String> csrf(String formPage) {
		var matcher = CSRF_FIELD.matcher(get(formPage).body());
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	public HttpResponse<String> post(Optional<String> csrf, String path, Map<String, String> fields) {
		var form = new LinkedHashMap<>(fields);
		csrf.ifPresent(token -> form.put("_csrf", token));
		var body = form.entrySet().stream()
			.map(it -> encode(it.getKey()) + "=" + encode(it.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts a multipart form (as a form with {@code enctype="multipart/form-data"} does) with the CSRF token as a hidden
	 * field first, the fields, and one file.
	 */
	public HttpResponse<String> postMultipart(Optional<String> csrf, String path, Map<String, String> fields,
			String fileField, String fileName, String contentType, byte[] content) {
		return postMultipart(csrf, path, fields, fileField, fileName, contentType, content, false);
	}

	/**
	 * The same; {@code chunked}: sent without a Content-Length (chunked transfer encoding), as a script can and a
	 * browser's form never does.
	 */
	public HttpResponse<String> postMultipart(Optional<String> csrf, String path, Map<String, String> fields,
			String fileField, String fileName, String contentType, byte[] content, boolean chunked) {
		var boundary = "----SamenspelTest" + Long.toHexString(System.nanoTime());
		var body = new java.io.ByteArrayOutputStream();
		var form = new LinkedHashMap<String, String>();
		csrf.ifPresent(token -> form.put("_csrf", token));
		form.putAll(fields);
		form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.toByteArray()))
					: HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Posts a form body exactly as given, percent-encoding and all (broken or not), with the CSRF token first. */
	public HttpResponse<String> postRaw(Optional<String> csrf, String path, String body) {
		var raw = csrf.map(token -> "_csrf=" + encode(token) + "&").orElse("") + body;
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(raw, StandardCharsets.ISO_8859_1))
			.build());
	}

	/**
	 * The code a user enters at the login's second step: by default the current code of the demo's documented secret
	 * (which the demo users and the fixture users of roles that require a second factor have). {@link IntegrationTest}
	 * sets one that also lets the same user sign in again within the same 30 seconds.
	 */
	public static volatile Function<String, String> secondFactorCode = username -> SecondFactorCodes
		.now(SecondFactorCodes.SECRET);

	/**
	 * Signs in through the form: the password, and the second step's code when the application asks for one. The
	 * answer is the last step's (a redirect to the page asked for, or to {@code /login?error} and the like).
	 */
	public HttpResponse<String> login(String username, String password) {
		var answer = post("/login", "/login", Map.of("username", username, "password", password));
		if (location(answer).endsWith("/login/second-factor")) {
			answer = secondStep(username);
		}
		return answer;
	}

	/** The password only: the answer of the first step. */
	public HttpResponse<String> passwordOnly(String username, String password) {
		return post("/login", "/login", Map.of("username", username, "password", password));
	}

	/** Enters the user's code at the second step. */
	public HttpResponse<String> secondStep(String username) {
		return post("/login/second-factor", "/login/second-factor", Map.of("code", secondFactorCode.apply(username)));
	}

	public Optional<String> cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(it -> it.getName().equals(name))
			.map(java.net.HttpCookie::getValue).findFirst();
	}

	/** A second client holding the same session cookie, as if the session were stolen or used in another tab. */
	public HttpSession copy() {
		var copy = new HttpSession(baseUrl);
		cookies.getCookieStore().getCookies().forEach(cookie -> copy.cookies.getCookieStore().add(URI.create(baseUrl), cookie));
		return copy;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			request = HttpRequest.newBuilder(request, (name, value) -> true).setHeader("User-Agent", userAgent).build();
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}
}
