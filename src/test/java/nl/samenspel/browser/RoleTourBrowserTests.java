package nl.samenspel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every demo role's everyday pages (the same as {@code bench/roles.sh} measures), on a phone (390x844) and a desktop
 * (1366x900) in Debian's headless chromium: each page answers 200, axe-core finds nothing, and nothing makes the page
 * wider than the screen (a table that scrolls does so inside its own region). The screenshots under
 * target/screenshots/tour-* are the ones compared before and after a change to the pages (issue 18).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleTourBrowserTests extends BrowserTest {

	static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

	static {
		PAGES.put("worker", List.of("/", "/sessions", "/activities", "/children", "/signals", "/referrals",
				"/participation/rounds", "/participation/questions", "/account"));
		PAGES.put("coordinator", List.of("/", "/coverage", "/holidays", "/reports", "/reports/targets",
				"/reports/participation", "/consent-texts"));
		PAGES.put("safeguarding", List.of("/", "/signals", "/children", "/referrals"));
		PAGES.put("parent", List.of("/", "/portal", "/portal/activities"));
		PAGES.put("volunteer", List.of("/", "/sessions"));
		PAGES.put("partner", List.of("/", "/partner/referrals"));
		PAGES.put("municipality", List.of("/", "/reports", "/reports/annual"));
	}

	@Override
	String screenshots() {
		return "tour-";
	}

	@Test
	void everyRolesEverydayPagesFitAPhoneAndADesktopAndPassAxe() {
		var problems = new ArrayList<String>();
		PAGES.forEach((role, paths) -> {
			var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
			var page = context.newPage();
			login(page, role);
			for (var size : List.of(new int[] { 390, 844 }, new int[] { 1366, 900 })) {
				page.setViewportSize(size[0], size[1]);
				for (var path : paths) {
					var response = page.navigate(url(path));
					var name = role + " " + size[0] + " " + path;
					if (response.status() != 200) {
						problems.add(name + ": HTTP " + response.status());
						continue;
					}
					check(page, name);
					var overflow = (Number) page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth");
					if (overflow.intValue() > 0) {
						problems.add(name + ": the page is " + overflow + " px wider than the screen");
					}
				}
			}
			context.close();
		});
		assertThat(problems).as("pages that fail or do not fit").isEmpty();
		assertThat(violations).as("axe-core violations").isEmpty();
	}
}
