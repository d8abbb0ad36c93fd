package nl.samenspel.children.web;

import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.children.ChildExport;
import nl.samenspel.children.ChildPrivacy;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.PdfDocuments;

/** A child's privacy rights, for the coordinator: the access request's export (JSON and PDF) and erasure. */
@Controller
@RequestMapping("/children")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
class PrivacyController {

	private final ChildPrivacy privacy;
	private final ChildPages pages;
	private final PdfDocuments pdfs;

	PrivacyController(ChildPrivacy privacy, ChildPages pages, PdfDocuments pdfs) {
		this.privacy = privacy;
		this.pages = pages;
		this.pdfs = pdfs;
	}

	@GetMapping(path = "/{id}/export", produces = "application/json")
	@PreAuthorize("hasRole('COORDINATOR')")
	@ResponseBody
	ResponseEntity<ChildExport> export(@PathVariable UUID id) {
		var export = privacy.export(CurrentUser.required(), id);
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"samenspel-kind-" + id + ".json\"")
			.body(export);
	}

	@GetMapping(path = "/{id}/export.pdf", produces = "application/pdf")
	@PreAuthorize("hasRole('COORDINATOR')")
	@ResponseBody
	ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, @ModelAttribute("page") Page page) {
		var user = CurrentUser.required();
		var export = privacy.export(user, id);
		var neighbourhood = export.neighbourhoodId() == null ? "–"
				: pages.neighbourhoodNames(user.organisationId()).getOrDefault(export.neighbourhoodId(), "–");
		var pdf = pdfs.render("children/exportPdf", Map.of("messages", page.messages(), "export", export,
				"neighbourhood", neighbourhood));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"samenspel-kind-" + id + ".pdf\"")
			.body(pdf);
	}

	@PostMapping("/{id}/erase")
	@PreAuthorize("hasRole('COORDINATOR')")
	String erase(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			privacy.erase(CurrentUser.required(), id);
		}
		catch (FieldRejected rejected) {
			return pages.showAgain(id, FieldMessages.global(page.t(rejected.messageKey())), "erase", null, null, page,
					model);
		}
		redirect.addFlashAttribute("notice", "children.erased");
		return "redirect:/children";
	}
}
