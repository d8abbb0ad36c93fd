package nl.samenspel.volunteers.web;

import java.time.Clock;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.DutchTime;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.PdfDocuments;
import nl.samenspel.volunteers.YearOfHours;

/** The yearly statement of hours as a PDF download, named after the year. */
@Component
class HoursPdf {

	private final PdfDocuments pdfs;
	private final OrganisationManagement organisations;
	private final Clock clock;

	HoursPdf(PdfDocuments pdfs, OrganisationManagement organisations, Clock clock) {
		this.pdfs = pdfs;
		this.organisations = organisations;
		this.clock = clock;
	}

	ResponseEntity<byte[]> download(YearOfHours hours, Page page) {
		var organisation = organisations.organisation(hours.volunteer().organisationId()).getName();
		var statement = new HoursViews.Statement(organisation, hours, page.date(DutchTime.today(clock)));
		var pdf = pdfs.render("volunteers/hours/statementPdf", Map.of("messages", page.messages(), "statement", statement));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"" + filename(hours) + "\"")
			.body(pdf);
	}

	/** {@code urenverklaring-2026-vincent-vrijwilliger.pdf}: the year and the volunteer's name in plain letters. */
	static String filename(YearOfHours hours) {
		var name = java.text.Normalizer.normalize(hours.volunteer().name(), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return "urenverklaring-" + hours.year() + (name.isEmpty() ? "" : "-" + name) + ".pdf";
	}
}
