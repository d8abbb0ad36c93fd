package nl.samenspel.reporting.web;

import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.reporting.ReportFixtures;
import nl.samenspel.reporting.Reports;
import nl.samenspel.reporting.Targets;

import static nl.samenspel.Homes.hasPanel;
import static nl.samenspel.Homes.panel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The reporting module on a home: a coordinator's targets with the same result and forecast as /reports/targets; a
 * municipality user's last month with the same (suppressed) figures as /reports of that month, and the annual report.
 */
class ReportingHomeTests extends IntegrationTest {

	@Autowired
	ReportFixtures reportFixtures;

	@Autowired
	Targets targets;

	@Autowired
	Reports reports;

	private String home(CurrentUser user) throws Exception {
		return mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void showsACoordinatorTheTargetsAsTheTargetsPageCountsThem() throws Exception {
		var f = reportFixtures.handWorked();
		var coordinator = f.world().coordinator();
		var year = DutchTime.today().getYear();
		mvc.perform(post("/reports/targets").param("municipality", f.municipality()).param("year", String.valueOf(year))
			.param("figure", "PARTICIPATIONS").param("target", "1200").with(as(coordinator)).with(csrf()));

		var html = home(coordinator);

		var standing = targets.standings(coordinator, f.municipality(), year).get(0);
		var targetsPage = mvc.perform(get("/reports/targets?municipality=" + f.municipality() + "&year=" + year)
			.with(as(coordinator))).andReturn().getResponse().getContentAsString();
		assertThat(targetsPage).contains(">" + standing.forecast() + "<");
		assertThat(panel(html, "targets")).contains("Deelnames: " + standing.result() + " van 1200")
			.contains("Verwachting voor het jaar " + standing.forecast() + " (" + standing.percent() + "%)");
		assertThat(hasPanel(html, "figures")).isFalse();
		assertThat(hasPanel(home(f.world().worker()), "targets")).isFalse();
	}

	@Test
	void showsAMunicipalityTheLastMonthsFiguresSuppressedAsTheReportsAre() throws Exception {
		var f = reportFixtures.handWorked();
		var month = YearMonth.from(DutchTime.today()).minusMonths(1);

		var html = home(f.municipalityUser());

		var table = reports.figures(f.municipalityUser(), month.atDay(1), month.atEndOfMonth(), null);
		var figures = panel(html, "figures");
		for (var figure : ReportingHome.KEY_FIGURES) {
			assertThat(figures).contains(table.shown(figure, table.total(figure), Locale.forLanguageTag("nl"))
				.replace("<", "&lt;"));
		}
		assertThat(figures).contains("href=\"/reports?period=" + month + "\"")
			.contains("href=\"/reports/annual?year=" + month.getYear() + "\"");
		var page = mvc.perform(get("/reports?period=" + month).with(as(f.municipalityUser()))).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(hasPanel(html, "targets")).isFalse();
		assertThat(hasPanel(html, "today")).isFalse();
	}
}
