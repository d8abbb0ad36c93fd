package nl.samenspel.browser;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.samenspel.organisation.OrganisationFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child's page with everything the other modules add to it, in Debian's headless chromium on a phone (390x844) and
 * a desktop (1366x900): the demo's Ayşe has a place at the cooking club, a referral to the Jeugdfonds and a signal in
 * a Meldcode case (demo data), and came to a homework club session a week ago (set up here, as the tests' demo has no
 * past). The worker sees her places, attendance and referrals and no signals; the safeguarding officer sees her
 * referrals, signals and case and not the programme's panels. Each panel's links lead to their pages, nothing is wider
 * than the screen, and axe-core finds no violations. Run with {@code ./mvnw verify -Pbrowser}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChildPageBrowserTests extends BrowserTest {

	static final int PHONE_WIDTH = 390;
	static final int PHONE_HEIGHT = 844;
	static final int DESKTOP_WIDTH = 1366;
	static final int DESKTOP_HEIGHT = 900;

	@Autowired
	JdbcClient jdbc;

	@Override
	String screenshots() {
		return "childpage-";
	}

	/**
	 * A homework club session a week ago at which Ayşe was present and left at 16:10: written once, straight into the
	 * tables as the attendance page would have left it, without staff (so it is on nobody's list of sessions).
	 */
	UUID ayseCameLastWeek() {
		var organisation = OrganisationFixtures.DEMO_FIRST;
		var ayse = jdbc.sql("select id from child where organisation_id = :org and first_name = 'Ayşe' and last_name = 'Demir'")
			.param("org", organisation).query(UUID.class).single();
		var day = java.time.LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(7);
		var existing = jdbc.sql("""
				select s.id from activity_session s join attendance a on a.session_id = s.id
				where a.child_id = :child and s.session_date = :day""")
			.param("child", ayse).param("day", Date.valueOf(day)).query(UUID.class).list();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		var activity = jdbc.sql("select id, location_id from activity where organisation_id = :org and title = 'Huiswerkclub'")
			.param("org", organisation)
			.query((rs, n) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).single();
		var worker = jdbc.sql("select id from app_user where username = 'worker'").query(UUID.class).single();
		var session = UUID.randomUUID();
		jdbc.sql("""
				insert into activity_session (id, version, organisation_id, activity_id, session_date, weekday, starts_at,
				  ends_at, duration_minutes, location_id, status, held_at)
				values (:id, 0, :org, :activity, :day, :weekday, :start, :end, 60, :location, 'PLANNED', :held)""")
			.param("id", session).param("org", organisation).param("activity", activity.get(0))
			.param("day", Date.valueOf(day)).param("weekday", day.getDayOfWeek().getValue())
			.param("start", Time.valueOf(LocalTime.of(15, 15))).param("end", Time.valueOf(LocalTime.of(16, 15)))
			.param("location", activity.get(1)).param("held", Timestamp.from(Instant.now())).update();
		jdbc.sql("""
				insert into attendance (session_id, child_id, organisation_id, present, checked_in_at, checked_out_at,
				  recorded_by, recorded_at)
				values (:session, :child, :org, true, :in, :out, :by, :at)""")
			.param("session", session).param("child", ayse).param("org", organisation)
			.param("in", Time.valueOf(LocalTime.of(15, 15))).param("out", Time.valueOf(LocalTime.of(16, 10)))
			.param("by", worker).param("at", Timestamp.from(Instant.now())).update();
		return session;
	}

	/** Signs in, finds Ayşe in the register and opens her page on a phone; returns the page. */
	Page openAyse(String username) {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
			.setLocale("nl-NL"));
		var page = context.newPage();
		login(page, username);
		page.navigate(url("/children?q=ayse"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ayşe Demir")).click();
		assertThat(page.locator("main h1")).hasText("Ayşe Demir");
		return page;
	}

	/** Nothing is wider than the screen, and every panel lies within it. */
	void fits(Page page, int width) {
		assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as("no horizontal scroll")
			.isLessThanOrEqualTo(width);
		for (var panel : page.locator(".panel").all()) {
			var box = panel.boundingBox();
			assertThat(box.x).isGreaterThanOrEqualTo(0);
			assertThat(box.x + box.width).as("panel inside the viewport").isLessThanOrEqualTo(width);
		}
	}

	/** Follows a link in a panel, checks the page it leads to, and comes back. */
	void follows(Page page, String panel, String linkText, String path, String name) {
		var link = page.locator("#panel-" + panel).getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName(Pattern.compile(linkText)))
			.first();
		assertThat(link.boundingBox().height).as("a tap target").isGreaterThanOrEqualTo(44);
		link.click();
		page.waitForURL(Pattern.compile(".*" + path + "/[0-9a-f-]{36}$"));
		assertThat(page.locator("main h1")).isVisible();
		check(page, name);
		page.goBack();
		assertThat(page.locator("main h1")).hasText("Ayşe Demir");
	}

	@Test
	void theWorkerSeesAyşesPlacesAttendanceAndReferralsButNoSignals() {
		var session = ayseCameLastWeek();
		var page = openAyse("worker");
		for (var size : List.of(new int[] { PHONE_WIDTH, PHONE_HEIGHT }, new int[] { DESKTOP_WIDTH, DESKTOP_HEIGHT })) {
			page.setViewportSize(size[0], size[1]);
			page.reload();
			var where = size[0] == PHONE_WIDTH ? "phone" : "desktop";
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inschrijvingen"))).isVisible();
			assertThat(page.locator("#panel-enrolments")).containsText("Kookclub");
			assertThat(page.locator("#panel-enrolments")).containsText("Ingeschreven");
			assertThat(page.locator("#panel-attendance")).containsText("Huiswerkclub");
			assertThat(page.locator("#panel-attendance")).containsText("Vertrokken om 16:10");
			assertThat(page.locator("#panel-attendance")).containsText("aanwezig in de laatste 3 maanden");
			assertThat(page.locator("#panel-attendance a[href='/sessions/" + session + "']")).isVisible();
			assertThat(page.locator("#panel-referrals")).containsText("Jeugdfonds");
			assertThat(page.locator("#panel-signals")).hasCount(0);
			assertThat(page.locator("#panel-cases")).hasCount(0);
			fits(page, size[0]);
			check(page, "worker child " + where);
		}
		follows(page, "enrolments", "Kookclub", "/activities", "worker activity from child");
		follows(page, "attendance", "Huiswerkclub", "/sessions", "worker session from child");
		follows(page, "referrals", "Jeugdfonds", "/referrals", "worker referral from child");
		page.context().close();
		assertThat(violations).as("axe-core violations").isEmpty();
	}

	@Test
	void theOfficerSeesAyşesReferralsSignalsAndCaseButNotTheProgramme() {
		ayseCameLastWeek();
		var page = openAyse("safeguarding");
		for (var size : List.of(new int[] { PHONE_WIDTH, PHONE_HEIGHT }, new int[] { DESKTOP_WIDTH, DESKTOP_HEIGHT })) {
			page.setViewportSize(size[0], size[1]);
			page.reload();
			var where = size[0] == PHONE_WIDTH ? "phone" : "desktop";
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Signalen").setExact(true)))
				.isVisible();
			assertThat(page.locator("#panel-signals")).containsText("Ontwikkeling");
			assertThat(page.locator("#panel-signals")).containsText("in een Meldcode-zaak");
			assertThat(page.locator("#panel-signals")).not().containsText("speelde ze alleen");
			assertThat(page.locator("#panel-cases")).containsText("Meldcode, stap 1 van 5");
			assertThat(page.locator("#panel-referrals")).containsText("Jeugdfonds");
			assertThat(page.locator("#panel-enrolments")).hasCount(0);
			assertThat(page.locator("#panel-attendance")).hasCount(0);
			fits(page, size[0]);
			check(page, "officer child " + where);
		}
		follows(page, "signals", "Ontwikkeling", "/signals", "officer signal from child");
		follows(page, "cases", "Meldcode, stap", "/cases", "officer case from child");
		follows(page, "referrals", "Jeugdfonds", "/referrals", "officer referral from child");
		page.context().close();
		assertThat(violations).as("axe-core violations").isEmpty();
	}
}
