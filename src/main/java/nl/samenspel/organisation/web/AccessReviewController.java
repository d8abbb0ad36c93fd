package nl.samenspel.organisation.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.AccessReviews;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/** The yearly access review: every user with roles and last login, signed off by an ADMIN; past reviews as CSV. */
@Controller
@RequestMapping("/users/review")
@PreAuthorize("hasRole('ADMIN')")
class AccessReviewController {

	private final AccessReviews reviews;

	AccessReviewController(AccessReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	String show(Model model) {
		return view("", FieldMessages.NONE, model);
	}

	@PostMapping
	String signOff(@RequestParam(defaultValue = "") String note, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		try {
			reviews.signOff(CurrentUser.required(), note);
		}
		catch (FieldRejected rejected) {
			return view(note, FieldMessages.of(rejected, page.messages()), model);
		}
		redirect.addFlashAttribute("notice", "review.signed");
		return "redirect:/users/review";
	}

	@GetMapping("/{id}/review.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, @ModelAttribute("page") Page page) {
		var review = reviews.export(CurrentUser.required(), id);
		var out = new java.io.StringWriter();
		out.write('\ufeff');
		try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
			.get())) {
			csv.printRecord(page.t("review.csv.reviewedAt"), page.dateTime(review.reviewedAt()));
			csv.printRecord(page.t("review.csv.reviewer"), cell(review.reviewerName()));
			csv.printRecord(page.t("review.note"), cell(review.note()));
			csv.printRecord(page.t("user.username"), page.t("user.displayName"), page.t("user.roles"),
					page.t("common.status"), page.t("review.lastLogin"));
			for (var entry : review.entries()) {
				csv.printRecord(cell(entry.username()), cell(entry.displayName()),
						entry.roles().stream().map(role -> page.t(role.messageKey())).sorted()
							.collect(Collectors.joining(", ")),
						page.t("user.status." + entry.status().name()), page.dateTime(entry.lastLoginAt()));
			}
		}
		catch (java.io.IOException impossible) {
			throw new java.io.UncheckedIOException(impossible);
		}
		var name = "toegangsreview-" + review.reviewedAt().atZone(DutchTime.ZONE).toLocalDate() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String view(String note, FieldMessages errors, Model model) {
		var admin = CurrentUser.required();
		var due = reviews.nextDue(admin).orElse(null);
		model.addAttribute("review", new Views.ReviewView(reviews.current(admin), reviews.history(admin), due,
				due == null || !due.isAfter(DutchTime.today()), note, errors));
		return "users/review";
	}

	/** Text a spreadsheet would take for a formula gets a leading apostrophe. */
	static String cell(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}
