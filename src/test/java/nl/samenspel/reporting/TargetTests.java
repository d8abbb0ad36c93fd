package nl.samenspel.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Performance agreements: a target per figure, municipality and year, and a linear forecast worked out by hand. */
class TargetTests extends IntegrationTest {

	@Test
	void theForecastScalesTheResultToTheWholeYear() {
		var first = LocalDate.of(2027, 1, 1);
		var last = LocalDate.of(2027, 12, 31);

		// 14 March is day 73 of 365: 30 so far becomes 30 * 365 / 73 = 150
		assertThat(Targets.forecast(30, first, last, LocalDate.of(2027, 3, 14))).isEqualTo(150);
		// on 1 July (day 182): 91 * 365 / 182 = 182.5, rounded to 183
		assertThat(Targets.forecast(91, first, last, LocalDate.of(2027, 7, 1))).isEqualTo(183);
		assertThat(Targets.forecast(400, first, last, LocalDate.of(2028, 2, 1))).as("after the year: the result").isEqualTo(400);
		assertThat(Targets.forecast(7, first, last, last)).isEqualTo(7);
	}

	@Test
	void aCoordinatorSetsATargetAndSeesIt() throws Exception {
		var organisation = fixtures.organisation();
		var coordinator = fixtures.user(organisation, "coord", Role.COORDINATOR);
		var municipality = fixtures.municipality(organisation);
		var year = LocalDate.now().getYear();

		var saved = mvc.perform(post("/reports/targets").param("municipality", municipality.getCode())
			.param("year", String.valueOf(year)).param("figure", "PARTICIPATIONS").param("target", "1200")
			.with(as(coordinator)).with(csrf())).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		mvc.perform(post("/reports/targets").param("municipality", municipality.getCode()).param("year", String.valueOf(year))
			.param("figure", "PARTICIPATIONS").param("target", "1500").with(as(coordinator)).with(csrf()));

		var page = mvc.perform(get("/reports/targets?municipality=" + municipality.getCode() + "&year=" + year)
			.with(as(coordinator))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Deelnames").contains(">1500<").doesNotContain(">1200<");
		assertThat(jdbc.sql("select count(*) from performance_target where organisation_id = :o").param("o", organisation)
			.query(Integer.class).single()).as("changed, not added").isEqualTo(1);

		var negative = mvc.perform(post("/reports/targets").param("municipality", municipality.getCode())
			.param("year", String.valueOf(year)).param("figure", "PARTICIPATIONS").param("target", "-5")
			.with(as(coordinator)).with(csrf())).andReturn().getResponse();
		var words = mvc.perform(post("/reports/targets").param("municipality", municipality.getCode())
			.param("year", String.valueOf(year)).param("figure", "WALK_INS").param("target", "veel")
			.with(as(coordinator)).with(csrf())).andReturn().getResponse();
		var elsewhere = mvc.perform(post("/reports/targets").param("municipality", "GM0001").param("year", String.valueOf(year))
			.param("figure", "WALK_INS").param("target", "10").with(as(coordinator)).with(csrf())).andReturn().getResponse();
		assertThat(negative.getContentAsString()).contains("kan niet kleiner zijn dan 0");
		assertThat(words.getContentAsString()).contains("Vul een heel getal in");
		assertThat(elsewhere.getContentAsString()).contains("Kies een gemeente waar jullie werken");
		assertThat(jdbc.sql("select target from performance_target where organisation_id = :o").param("o", organisation)
			.query(Long.class).list()).containsExactly(1500L);
	}
}
