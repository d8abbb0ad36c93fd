package nl.samenspel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/**
 * Wide tables (coverage, reports) as a coordinator and a municipality see them: on a desktop (1366 x 900) the table
 * uses the page's width, its last column can be scrolled to with the keyboard while the first column stays in place,
 * and the task codes of the coverage table are explained in the headers and in a legend; on a phone (390 x 844) every
 * row is a card, so the page never scrolls sideways. axe-core finds no violations.
 * Run with {@code ./mvnw verify -Pbrowser -Dtest=ReportTablesBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportTablesBrowserTests extends BrowserTest {

	private static final List<String> COORDINATOR_PAGES = List.of("/coverage", "/reports", "/reports/annual");

	@Override
	String screenshots() {
		return "report-tables-";
	}

	@Test
	void onADesktopTheWideTablesUseThePageAndKeepTheirFirstColumnWhileScrolling() {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
		var page = context.newPage();
		login(page, "coordinator");
		for (var path : COORDINATOR_PAGES) {
			page.navigate(url(path));
			var region = widest(page);
			assertThat(region).isVisible();
			// the page's width, not the 70rem measure of running text (1120 px), holds the table
			assertThat(region.boundingBox().width).as(path + ": the table's width").isGreaterThan(1200);
			scrolledToTheEnd(page, region, path);
			check(page, "desktop " + path);
		}
		// the coverage table's task numbers say which task they stand for: a tooltip, an abbreviation and a legend
		page.navigate(url("/coverage"));
		var header = page.locator("table.coverage thead th abbr").first();
		assertThat(header).hasAttribute("title", "Samen opvoeden");
		assertThat(page.locator("main .legend")).containsText("Samen opvoeden");
		context.close();
		assertThat(violations).as("axe-core violations").isEmpty();
	}

	@Test
	void aMunicipalitySeesItsWholeFigureTableOnADesktopAndAsCardsOnAPhone() {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
		var page = context.newPage();
		login(page, "municipality");
		page.navigate(url("/reports"));
		var region = page.locator("main .table-wrap[role=region]").first();
		assertThat(region.boundingBox().width).as("the table's width").isGreaterThan(1200);
		scrolledToTheEnd(page, region, "/reports");
		check(page, "municipality desktop reports");
		page.setViewportSize(390, 844);
		page.reload();
		noSidewaysScrolling(page, "/reports");
		check(page, "municipality phone reports");
		context.close();
		assertThat(violations).as("axe-core violations").isEmpty();
	}

	@Test
	void onAPhoneEveryRowOfAWideTableIsACardAndThePageDoesNotScrollSideways() {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var page = context.newPage();
		login(page, "coordinator");
		for (var path : COORDINATOR_PAGES) {
			page.navigate(url(path));
			noSidewaysScrolling(page, path);
			check(page, "phone " + path);
		}
		// a card names each value: the task's full name beside its hours, inside the screen
		page.navigate(url("/coverage"));
		var cell = page.locator("table.coverage tbody tr").first().locator("td").first();
		assertThat(cell).hasAttribute("data-label", java.util.regex.Pattern.compile("Samen opvoeden"));
		var box = cell.boundingBox();
		assertThat(box.x).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).isLessThanOrEqualTo(390);
		context.close();
		assertThat(violations).as("axe-core violations").isEmpty();
	}

	/** The keyboard user's way: focus the scrolling region, press the right arrow; the last column comes into view. */
	private void scrolledToTheEnd(Page page, Locator region, String path) {
		var table = region.locator("table").first();
		var first = table.locator("tbody tr, tfoot tr").first().locator("th, td").first();
		var last = table.locator("thead th").last();
		BoundingBox before = first.boundingBox();
		region.focus();
		assertThat(region).isFocused();
		var overflow = (Number) region.evaluate("r => r.scrollWidth - r.clientWidth");
		for (int press = 0; press < 200 && ((Number) region.evaluate("r => r.scrollWidth - r.clientWidth - r.scrollLeft"))
			.doubleValue() > 1; press++) {
			region.press("ArrowRight");
		}
		if (overflow.doubleValue() > 0) {
			assertThat(((Number) region.evaluate("r => r.scrollLeft")).doubleValue()).as(path + ": scrolled").isPositive();
		}
		BoundingBox after = first.boundingBox();
		BoundingBox area = region.boundingBox();
		BoundingBox lastBox = last.boundingBox();
		assertThat(after.x).as(path + ": the first column stays in place").isCloseTo(before.x,
				org.assertj.core.data.Offset.offset(1.0));
		assertThat(lastBox.x + lastBox.width).as(path + ": the last column is in view")
			.isLessThanOrEqualTo(area.x + area.width + 1);
		assertThat(lastBox.x).as(path + ": the last column is not under the first").isGreaterThanOrEqualTo(after.x + after.width - 1);
		assertThat(lastBox.x + lastBox.width).isLessThanOrEqualTo(1366);
	}

	/** The table that is widest by its content (on the annual overview the one per neighbourhood and month). */
	private static Locator widest(Page page) {
		var index = (Number) page.evaluate("""
				() => { const all = [...document.querySelectorAll('main .table-wrap[role=region]')];
				        const widths = all.map(r => r.scrollWidth); return widths.indexOf(Math.max(...widths)); }""");
		return page.locator("main .table-wrap[role=region]").nth(index.intValue());
	}

	private static void noSidewaysScrolling(Page page, String path) {
		var widths = (List<?>) page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
		assertThat(((Number) widths.get(0)).intValue()).as(path + ": the page's width")
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
		// and no table hides columns in a scrolling box: each row is a card of labelled lines
		for (var region : page.locator("main .table-wrap[role=region]").all()) {
			var overflow = (Number) region.evaluate("r => r.scrollWidth - r.clientWidth");
			assertThat(overflow.intValue()).as(path + ": a table scrolls sideways on a phone: "
					+ region.getAttribute("aria-label")).isLessThanOrEqualTo(1);
		}
	}
}
