package nl.samenspel.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import nl.samenspel.IntegrationTest;

/**
 * The reports on paper: the figures and the annual report name the municipality (not only its CBS code), number
 * their pages ("Pagina 1 van 2"), keep a chart on one page, and render with the embedded font alone: nothing in the
 * log about a font that was missing or replaced.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReportPdfTests extends IntegrationTest {

	@Autowired
	ReportFixtures reportFixtures;

	ReportFixtures.Fixture named() {
		var f = reportFixtures.handWorked();
		jdbc.sql("update municipality set name = 'Demostad' where code = :code").param("code", f.municipality()).update();
		return f;
	}

	@Test
	void theFiguresNameTheMunicipalityAndNumberTheirPages() throws Exception {
		var f = named();
		var year = ReportFixtures.year();

		var dutch = text(mvc.perform(get("/reports/figures.pdf?period=" + year.code()).with(as(f.municipalityUser())))
			.andReturn().getResponse().getContentAsByteArray());
		var english = text(mvc.perform(get("/reports/figures.pdf?period=" + year.code() + "&lang=en")
			.with(as(f.municipalityUser()))).andReturn().getResponse().getContentAsByteArray());

		assertThat(dutch).contains("Gemeente Demostad (" + f.municipality() + ")");
		assertThat(pages(dutch)).containsPattern("Pagina 1 van [1-9]");
		assertThat(english).contains("Demostad (" + f.municipality() + ")").containsPattern("Page 1 of [1-9]");
	}

	@Test
	void theAnnualReportNamesTheMunicipalityNumbersItsPagesAndKeepsEachChartOnOnePage() throws Exception {
		var f = named();
		var year = ReportFixtures.year();

		var bytes = mvc.perform(get("/reports/annual.pdf?year=" + year.from().getYear()).with(as(f.municipalityUser()))).andReturn()
			.getResponse().getContentAsByteArray();

		try (var document = Loader.loadPDF(bytes)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Gemeente Demostad (" + f.municipality() + ")");
			var count = document.getNumberOfPages();
			assertThat(count).isGreaterThan(1);
			for (int number = 1; number <= count; number++) {
				assertThat(page(document, number)).contains("Pagina " + number + " van " + count);
			}
			// the month chart: its heading, January and December on one page
			var chart = pageWith(document, "Deelnames per maand");
			assertThat(chart).contains("januari").contains("december");
		}
	}

	@Test
	void aPdfIsRenderedWithTheEmbeddedFontAloneAndTheLogSaysNothingAboutFonts(CapturedOutput output) throws Exception {
		var f = named();
		var year = ReportFixtures.year();
		var before = output.getAll().length();

		mvc.perform(get("/reports/figures.pdf?period=" + year.code()).with(as(f.world().coordinator()))).andReturn();
		mvc.perform(get("/reports/annual.pdf?year=" + year.from().getYear()).with(as(f.municipalityUser()))).andReturn();

		var logged = output.getAll().substring(before);
		assertThat(logged).doesNotContainPattern(Pattern.compile("(?i)font")).doesNotContainPattern("(?i)glyph");
	}

	private static String text(byte[] pdf) throws java.io.IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String pages(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static String page(PDDocument document, int number) throws java.io.IOException {
		var stripper = new PDFTextStripper();
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		return stripper.getText(document).replaceAll("\\s+", " ");
	}

	private static String pageWith(PDDocument document, String heading) throws java.io.IOException {
		for (int number = 1; number <= document.getNumberOfPages(); number++) {
			var text = page(document, number);
			if (text.contains(heading)) {
				return text;
			}
		}
		throw new AssertionError("no page has " + heading);
	}
}
