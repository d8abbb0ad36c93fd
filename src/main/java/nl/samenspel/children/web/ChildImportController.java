package nl.samenspel.children.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.children.ChildImport;
import nl.samenspel.kernel.CurrentUser;

/** A COORDINATOR migrates children from a previous system: upload, check the preview, confirm. */
@Controller
@RequestMapping("/children/import")
@PreAuthorize("hasRole('COORDINATOR')")
class ChildImportController {

	private final ChildImport imports;

	ChildImportController(ChildImport imports) {
		this.imports = imports;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new Views.ImportForm(null));
		return "children/import";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("form", new Views.ImportForm("cbs.error.noFile"));
			return "children/import";
		}
		model.addAttribute("preview", imports.preview(CurrentUser.required(), file.getBytes()));
		return "children/importPreview";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		var count = imports.confirm(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "import.done");
		redirect.addFlashAttribute("importCount", count);
		return "redirect:/children";
	}
}
