package nl.samenspel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: Debian's headless chromium through Playwright, axe-core run on every page a test
 * visits (with a screenshot under target/screenshots for a human look), and the demo login through both steps.
 * axe-core comes from the npm registry: the {@code browser} profile fetches the package into target/axe-core.
 */
abstract class BrowserTest {

	static final Path CHROMIUM = Paths.get(System.getProperty("samenspel.chromium", "/usr/bin/chromium"));
	static final Path AXE = Paths.get(System.getProperty("samenspel.axe", "target/axe-core/package/axe.min.js"));

	static String axe;

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	final List<String> violations = new ArrayList<>();

	@BeforeAll
	static void launch() {
		assertThat(Files.isExecutable(CHROMIUM)).as("Debian's chromium at " + CHROMIUM + " (apt-get install chromium)")
			.isTrue();
		assertThat(Files.isReadable(AXE)).as("axe-core from the npm registry at " + AXE + " (run with -Pbrowser)").isTrue();
		try {
			axe = Files.readString(AXE);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	/** How the screenshots of this test class begin, so that two classes do not write the same file. */
	String screenshots() {
		return "";
	}

	/** Runs axe-core on the page as it is now, and keeps a screenshot under target/screenshots for a human look. */
	void check(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target/screenshots", screenshots() + name.replaceAll("[^A-Za-z0-9]+", "-") + ".png")));
		// evaluated through the DevTools protocol, which the page's Content-Security-Policy does not restrict
		page.evaluate(axe);
		@SuppressWarnings("unchecked")
		var found = (List<String>) page.evaluate("""
				async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
				    .map(v => v.id + ' (' + v.impact + ') ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))
				""");
		found.forEach(violation -> violations.add(name + ": " + violation));
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** A demo user signs in through both steps (README: the password and the code from the demo hint). */
	void login(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord").fill("samenspel-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		secondStep(page, false);
		assertThat(page.locator("main h1")).isVisible();
	}

	/**
	 * The login's second step as a new user of the demo does it (README): the code from the page's demo hint. Each
	 * code works once; when two logins of the same user fall within one 30-second step, the hint offers the next
	 * step's, and when that is used as well the test waits for a fresh step. No code is guessed, so the code throttle
	 * never counts a failure here.
	 */
	void secondStep(Page page, boolean keyboard) {
		page.waitForURL(Pattern.compile(".*/login/second-factor$"));
		check(page, "second step");
		for (int attempt = 0; attempt < 3; attempt++) {
			var code = page.locator("[data-demo-code]").textContent().strip();
			if (!code.matches("[0-9]{6}")) {
				throw new AssertionError("the demo hint shows no code: " + code);
			}
			page.locator("#code").fill(code);
			if (keyboard) {
				page.locator("#code").press("Enter");
			}
			else {
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
			}
			page.waitForLoadState();
			if (!page.url().endsWith("/login/second-factor")) {
				return;
			}
			page.waitForTimeout(30_000);
			page.navigate(url("/login/second-factor"));
		}
		throw new AssertionError("no demo code was accepted at the second step");
	}

	/** Presses Tab until the focused element (or its label) says the text; fails after 60 presses. */
	void tabTo(Page page, String text) {
		for (int i = 0; i < 60; i++) {
			page.keyboard().press("Tab");
			var focused = (String) page.evaluate("""
					() => { const e = document.activeElement; if (!e) return '';
					  const label = e.closest('label') || (e.labels && e.labels[0]);
					  return ((label ? label.textContent : '') + ' ' + (e.textContent || '')).replace(/\\s+/g, ' ').trim(); }""");
			if (focused.contains(text)) {
				return;
			}
		}
		throw new AssertionError("no focusable element says '" + text + "' on " + page.url());
	}
}
